package io.meridian.calendar.internal.holidays;

import io.meridian.api.calendar.Holiday;
import io.meridian.calendar.internal.holidays.DateRule.Fixed;
import io.meridian.calendar.internal.holidays.DateRule.Listed;
import io.meridian.calendar.internal.holidays.DateRule.NthWeekday;
import io.meridian.calendar.internal.holidays.HolidaySet.Definition;
import io.meridian.calendar.internal.holidays.HolidaySet.Names;
import io.meridian.calendar.internal.holidays.HolidaySet.Observance;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidaySetTest {

    private static Definition def(String id, DateRule rule, Observance observance) {
        return new Definition(id, new Names(id, id), Holiday.Type.PUBLIC, rule, observance);
    }

    private static Definition fixed(String id, int month, int day, Observance observance) {
        return def(id, new Fixed(MonthDay.of(month, day)), observance);
    }

    /** Every day off: the days holidays fall on and the days they are observed on; none of them twice. */
    private static TreeSet<LocalDate> daysOff(HolidaySet set, int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        List<LocalDate> all = new java.util.ArrayList<>();
        for (Holiday h : set.holidays(year)) {
            if (h.date().getYear() == year) all.add(h.date());
            h.observedOn().filter(d -> d.getYear() == year).ifPresent(all::add);
        }
        days.addAll(all);
        assertEquals(days.size(), all.size(), "a day off counted twice: " + all);
        return days;
    }

    private static TreeSet<LocalDate> dates(int year, String... monthDays) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String md : monthDays) days.add(MonthDay.parse("--" + md).atYear(year));
        return days;
    }

    /** Japan's national holidays; the equinoxes are set each February by the National Astronomical Observatory, so listed. */
    private static HolidaySet japan() {
        Observance sub = Observance.SUNDAY_TO_NEXT_FREE_DAY;
        return new HolidaySet(List.of(
                fixed("new-year", 1, 1, sub),
                def("coming-of-age", new NthWeekday(Month.JANUARY, DayOfWeek.MONDAY, 2), sub),
                fixed("foundation", 2, 11, sub),
                fixed("emperor", 2, 23, sub),
                def("vernal-equinox", new Listed(Map.of(2025, List.of(LocalDate.of(2025, 3, 20)), 2026, List.of(LocalDate.of(2026, 3, 20))), false), sub),
                fixed("showa", 4, 29, sub),
                fixed("constitution", 5, 3, sub),
                fixed("greenery", 5, 4, sub),
                fixed("children", 5, 5, sub),
                def("marine", new NthWeekday(Month.JULY, DayOfWeek.MONDAY, 3), sub),
                fixed("mountain", 8, 11, sub),
                def("respect-for-the-aged", new NthWeekday(Month.SEPTEMBER, DayOfWeek.MONDAY, 3), sub),
                def("autumnal-equinox", new Listed(Map.of(2025, List.of(LocalDate.of(2025, 9, 23)), 2026, List.of(LocalDate.of(2026, 9, 23))), false), sub),
                def("sports", new NthWeekday(Month.OCTOBER, DayOfWeek.MONDAY, 2), sub),
                fixed("culture", 11, 3, sub),
                fixed("labour-thanksgiving", 11, 23, sub)),
                true, new Names("国民の休日", "Citizens' Holiday"));
    }

    @Test
    void japanSubstituteAndCitizensHolidays() {
        // the Cabinet Office lists, as reported at https://mdpr.jp/news/amp/4176662 (2025) and
        // https://news.livedoor.com/article/detail/30154617/ (2026)
        assertEquals(dates(2025, "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
                "07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23", "11-24"), daysOff(japan(), 2025));
        assertEquals(dates(2026, "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
                "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"), daysOff(japan(), 2026));
        Holiday citizens = japan().holidays(2026).stream().filter(h -> h.date().equals(LocalDate.of(2026, 9, 22))).findFirst().orElseThrow();
        assertEquals("Citizens' Holiday", citizens.englishName());
        Holiday constitution = japan().holidays(2026).stream().filter(h -> h.englishName().equals("constitution")).findFirst().orElseThrow();
        // 3 May 2026 is a Sunday; 4 and 5 May are holidays already, so the substitute is the 6th
        assertEquals(Optional.of(LocalDate.of(2026, 5, 6)), constitution.observedOn());
    }

    @Test
    void unitedStatesFederalHolidaysMoveToTheNearestWeekday() {
        HolidaySet us = new HolidaySet(List.of(
                fixed("new-year", 1, 1, Observance.NEAREST_WEEKDAY),
                fixed("independence", 7, 4, Observance.NEAREST_WEEKDAY),
                fixed("christmas", 12, 25, Observance.NEAREST_WEEKDAY)), false, new Names("", ""));
        // https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/: 4 July 2026 is a Saturday, observed on Friday the 3rd
        Holiday july = us.holidays(2026).stream().filter(h -> h.englishName().equals("independence")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 7, 3)), july.observedOn());
        // 2027: 4 July is a Sunday (observed Monday the 5th), Christmas a Saturday (Friday the 24th), and
        // New Year's Day 2028 a Saturday, observed on Friday 31 December 2027
        assertEquals(dates(2027, "01-01", "07-04", "07-05", "12-24", "12-25", "12-31"), daysOff(us, 2027));
        assertTrue(us.holidays(2027).stream().anyMatch(h -> h.date().equals(LocalDate.of(2028, 1, 1))));
    }

    @Test
    void anObservanceStopsNoWorkSoItIsNotMovedOffASundayAndTakesNoDayFromAHolidayThatIs() {
        // 1 February 2026 is a Sunday
        Definition eve = new Definition("eve", new Names("eve", "eve"), Holiday.Type.OBSERVANCE, new Fixed(MonthDay.of(2, 2)),
                Observance.SUNDAY_TO_NEXT_FREE_DAY);
        Definition marked = new Definition("marked", new Names("marked", "marked"), Holiday.Type.OBSERVANCE, new Fixed(MonthDay.of(2, 1)),
                Observance.SUNDAY_TO_NEXT_FREE_DAY);
        HolidaySet set = new HolidaySet(List.of(fixed("territory-day", 2, 1, Observance.SUNDAY_TO_NEXT_FREE_DAY), eve, marked), false,
                new Names("", ""));
        Holiday territory = set.holidays(2026).stream().filter(h -> h.englishName().equals("territory-day")).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 2, 2)), territory.observedOn(), "the observance on the 2nd does not push the day off to the 3rd");
        Holiday sunday = set.holidays(2026).stream().filter(h -> h.englishName().equals("marked")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), sunday.observedOn(), "an observance on a Sunday is not moved");
    }

    @Test
    void weekendHolidaysOfTheUnitedKingdomMoveToTheNextFreeWeekday() {
        // https://www.gov.uk/bank-holidays: in 2021, Christmas (Saturday) and Boxing Day (Sunday) were observed on 27 and 28 December
        HolidaySet uk = new HolidaySet(List.of(
                fixed("christmas", 12, 25, Observance.NEXT_FREE_WEEKDAY),
                fixed("boxing-day", 12, 26, Observance.NEXT_FREE_WEEKDAY)), false, new Names("", ""));
        assertEquals(dates(2021, "12-25", "12-26", "12-27", "12-28"), daysOff(uk, 2021));
    }

    @Test
    void announcedDatesReplaceEstimatesAndOneOffDaysAreKept() {
        HolidaySet china = new HolidaySet(List.of(def("spring-festival", new DateRule.Chinese(1, 1, false), Observance.NONE)), false,
                new Names("", ""),
                // ICU4J 77.1 computes 2027-02-07; China keeps the 6th (https://topmarks.co.uk/ChineseNewYear/WhenIsChineseNewYear.aspx)
                Map.of("spring-festival", Map.of(2027, List.of(LocalDate.of(2027, 2, 6)))),
                List.of(new HolidaySet.Declared(LocalDate.of(2027, 2, 12), new Names("", "bridge day"), Holiday.Type.PUBLIC)));
        List<Holiday> y2027 = china.holidays(2027);
        assertEquals(List.of(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 12)), y2027.stream().map(Holiday::date).toList());
        assertEquals(List.of(true, true), y2027.stream().map(Holiday::confirmed).toList());
        // other years keep the rule's estimate
        assertEquals(List.of(false), china.holidays(2026).stream().map(Holiday::confirmed).toList());
    }

    @Test
    void aHolidayDefinedAsAnOffsetFollowsTheAnnouncedDateOfItsBase() {
        DateRule newYear = new DateRule.Chinese(1, 1, false);
        HolidaySet china = new HolidaySet(List.of(def("spring-festival", newYear, Observance.NONE),
                def("new-years-eve", new DateRule.Offset(newYear, -1), Observance.NONE)), false, new Names("", ""),
                Map.of("spring-festival", Map.of(2027, List.of(LocalDate.of(2027, 2, 6)))), List.of());
        List<Holiday> y2027 = china.holidays(2027);
        assertEquals(List.of(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6)), y2027.stream().map(Holiday::date).toList());
        assertTrue(y2027.stream().allMatch(Holiday::confirmed));
    }

    @Test
    void aDeclaredPublicDayCountsForTheDaysBetweenAndForSubstitutes() {
        // 2019: the enthronement on 1 May made 30 April and 2 May citizens' holidays, and 5 May (a Sunday) moved to the 6th
        // (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html)
        HolidaySet set = japan();
        HolidaySet y2019 = new HolidaySet(set.definitions(), true, set.sandwichName(), Map.of(),
                List.of(new HolidaySet.Declared(LocalDate.of(2019, 5, 1), new Names("即位の日", "Enthronement Day"), Holiday.Type.PUBLIC)));
        TreeSet<LocalDate> goldenWeek = new TreeSet<>(daysOff(y2019, 2019).subSet(LocalDate.of(2019, 4, 27), LocalDate.of(2019, 5, 8)));
        assertEquals(dates(2019, "04-29", "04-30", "05-01", "05-02", "05-03", "05-04", "05-05", "05-06"), goldenWeek);
    }

    @Test
    void aSubstituteNeverLandsOnAHolidayOfTheNextYear() {
        HolidaySet uk = new HolidaySet(List.of(fixed("new-years-eve", 12, 31, Observance.NEXT_FREE_WEEKDAY),
                fixed("new-year", 1, 1, Observance.NEXT_FREE_WEEKDAY)), false, new Names("", ""));
        // 31 December 2022 was a Saturday, 1 January 2023 a Sunday: Monday the 2nd and Tuesday the 3rd
        // (and 31 December 2023, a Sunday, is observed on 2 January 2024, after New Year's Day)
        assertEquals(dates(2023, "01-01", "01-02", "01-03", "12-31"), daysOff(uk, 2023));
        assertEquals(dates(2024, "01-01", "01-02", "12-31"), daysOff(uk, 2024));
        HolidaySet japanLike = new HolidaySet(List.of(fixed("new-years-eve", 12, 31, Observance.SUNDAY_TO_NEXT_FREE_DAY),
                fixed("new-year", 1, 1, Observance.SUNDAY_TO_NEXT_FREE_DAY)), false, new Names("", ""));
        // 31 December 2023 was a Sunday; 1 January 2024 is a holiday itself, so the substitute is the 2nd
        assertEquals(dates(2024, "01-01", "01-02", "12-31"), daysOff(japanLike, 2024));
    }

    @Test
    void inconsistentDeclarationsAreRefusedByName() {
        Definition eid = def("eid-al-fitr", new DateRule.Hijri(10, 1), Observance.NONE);
        IllegalArgumentException twice = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HolidaySet(List.of(eid, eid), false, new Names("", "")));
        assertEquals("holiday 'eid-al-fitr' is defined twice", twice.getMessage());
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HolidaySet(List.of(eid), false, new Names("", ""), Map.of("eid", Map.of(2026, List.of(LocalDate.of(2026, 3, 20)))),
                        List.of()));
        assertEquals("dates are confirmed for holiday 'eid', which is not defined", unknown.getMessage());
        IllegalArgumentException year = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HolidaySet(List.of(eid), false, new Names("", ""),
                        Map.of("eid-al-fitr", Map.of(2026, List.of(LocalDate.of(2025, 3, 30)))), List.of()));
        assertEquals("holiday 'eid-al-fitr': 2025-03-30 is confirmed for 2026", year.getMessage());
    }

    @Test
    void estimatedRulesGiveUnconfirmedHolidays() {
        HolidaySet gulf = new HolidaySet(List.of(def("eid-al-fitr", new DateRule.Hijri(10, 1), Observance.NONE),
                fixed("national-day", 9, 23, Observance.NONE)), false, new Names("", ""));
        List<Holiday> year = gulf.holidays(2026);
        assertEquals(List.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 9, 23)), year.stream().map(Holiday::date).toList());
        assertEquals(List.of(false, true), year.stream().map(Holiday::confirmed).toList());
    }

    @Test
    void anAnnouncementConfirmsTheOccurrenceItIsAboutAndKeepsTheOtherOneInTheYear() {
        // Eid al-Fitr falls twice in 2033 (Umm al-Qura: 1 Shawwal 1454 and 1455); announcing the January one keeps December's
        Definition eid = def("eid", new DateRule.Hijri(10, 1), Observance.NONE);
        List<LocalDate> rule = new DateRule.Hijri(10, 1).datesIn(2033);
        assertEquals(2, rule.size(), rule.toString());
        LocalDate announced = rule.get(0).minusDays(1);
        HolidaySet set = new HolidaySet(List.of(eid), false, new Names("", ""), Map.of("eid", Map.of(2033, List.of(announced))), List.of());
        List<Holiday> holidays = set.holidays(2033);
        assertEquals(List.of(announced, rule.get(1)), holidays.stream().map(Holiday::date).toList());
        assertTrue(holidays.get(0).confirmed());
        assertFalse(holidays.get(1).confirmed(), "December's is still an estimate");
    }

    @Test
    void anOffsetHolidayFollowsItsBaseOnlyWhereTheAnnouncementReaches() {
        DateRule lunarNewYear = new DateRule.Chinese(1, 1, false);
        Definition newYear = def("lny", lunarNewYear, Observance.NONE);
        Definition eve = def("lny-eve", new DateRule.Offset(lunarNewYear, -1), Observance.NONE);
        HolidaySet set = new HolidaySet(List.of(newYear, eve), false, new Names("", ""),
                Map.of("lny", Map.of(2026, List.of(LocalDate.of(2026, 2, 17)))), List.of());
        assertTrue(set.holidays(2026).stream().anyMatch(h -> h.date().equals(LocalDate.of(2026, 2, 16)) && h.confirmed()));
        // 2025 and 2027 have no announcement: the eve keeps its rule's date rather than vanishing
        assertTrue(set.holidays(2025).stream().anyMatch(h -> h.localName().equals("lny-eve") && h.date().equals(LocalDate.of(2025, 1, 28))),
                set.holidays(2025).toString());
        assertEquals(2, set.holidays(2027).size(), set.holidays(2027).toString());
    }

    @Test
    void aWeekdayAnchoredNearNewYearStaysInItsYear() {
        DateRule fridayAfter = new DateRule.WeekdayNear(java.time.MonthDay.of(12, 30), java.time.DayOfWeek.FRIDAY, true);
        // 30 December 2025 is a Tuesday: the Friday after is in 2026, so 2025 has none from that anchor, and 2026 has both
        assertEquals(List.of(), fridayAfter.datesIn(2025).stream().filter(d -> d.getYear() != 2025).toList());
        assertEquals(List.of(LocalDate.of(2026, 1, 2)), fridayAfter.datesIn(2026).stream().filter(d -> d.getMonthValue() == 1).toList());
        assertTrue(fridayAfter.datesIn(2025).isEmpty() || fridayAfter.datesIn(2025).stream().allMatch(d -> d.getYear() == 2025));
    }
}
