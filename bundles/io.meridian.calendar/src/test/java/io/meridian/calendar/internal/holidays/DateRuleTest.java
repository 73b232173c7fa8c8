package io.meridian.calendar.internal.holidays;

import io.meridian.calendar.internal.holidays.DateRule.Chinese;
import io.meridian.calendar.internal.holidays.DateRule.Fixed;
import io.meridian.calendar.internal.holidays.DateRule.Hebrew;
import io.meridian.calendar.internal.holidays.DateRule.HebrewMonth;
import io.meridian.calendar.internal.holidays.DateRule.Hijri;
import io.meridian.calendar.internal.holidays.DateRule.Listed;
import io.meridian.calendar.internal.holidays.DateRule.NthWeekday;
import io.meridian.calendar.internal.holidays.DateRule.Offset;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dates checked against sources independent of ICU4J, named at each assertion. The official
 * pages of China's State Council and Japan's Cabinet Office are cited through the reprints
 * that carry their text.
 */
class DateRuleTest {

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private static List<LocalDate> in(DateRule rule, int from, int to) {
        List<LocalDate> all = new java.util.ArrayList<>();
        for (int y = from; y <= to; y++) all.addAll(rule.datesIn(y));
        return all;
    }

    @Test
    void fixedDaysAndNthWeekdays() {
        // United States federal holidays: https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/
        assertEquals(dates("2025-11-27", "2026-11-26", "2027-11-25"), in(new NthWeekday(Month.NOVEMBER, DayOfWeek.THURSDAY, 4), 2025, 2027));
        assertEquals(dates("2025-05-26", "2026-05-25", "2027-05-31"), in(new NthWeekday(Month.MAY, DayOfWeek.MONDAY, -1), 2025, 2027));
        // Japan's Coming of Age Day, the second Monday of January: https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html
        assertEquals(dates("2025-01-13", "2026-01-12", "2027-01-11"), in(new NthWeekday(Month.JANUARY, DayOfWeek.MONDAY, 2), 2025, 2027));
        assertEquals(dates("2026-07-04"), new Fixed(MonthDay.of(7, 4)).datesIn(2026));
        assertEquals(List.of(), new Fixed(MonthDay.of(2, 29)).datesIn(2026));
        assertEquals(dates("2028-02-29"), new Fixed(MonthDay.of(2, 29)).datesIn(2028));
        // a fifth Friday of February only in some years
        assertEquals(List.of(), new NthWeekday(Month.FEBRUARY, DayOfWeek.FRIDAY, 5).datesIn(2026));
        assertFalse(new Fixed(MonthDay.of(1, 1)).estimated());
    }

    @Test
    void chineseLunarDays() {
        // Spring Festival, Dragon Boat and Mid-Autumn: the State Council's notices for 2025 (国办发明电〔2024〕12号,
        // reprinted at http://www.gbitcoin.cn/20241113/eef049eea4e94ef591c5bde42aec1c87/c.html) and 2026
        // (https://politics.gmw.cn/2025-11/04/content_38391083.htm)
        assertEquals(dates("2025-01-29", "2026-02-17"), in(new Chinese(1, 1, false), 2025, 2026));
        assertEquals(dates("2025-05-31", "2026-06-19"), in(new Chinese(5, 5, false), 2025, 2026));
        assertEquals(dates("2025-10-06", "2026-09-25"), in(new Chinese(8, 15, false), 2025, 2026));
        // New Year's Eve is the day before, whether the twelfth month has 29 days or 30
        assertEquals(dates("2025-01-28", "2026-02-16"), in(new Offset(new Chinese(1, 1, false), -1), 2025, 2026));
        // a 30th in a 29-day month, and a leap month the year lacks, give no date rather than a wrong one
        assertEquals(List.of(), new Chinese(12, 30, false).datesIn(2026));
        assertEquals(List.of(), new Chinese(3, 1, true).datesIn(2026));
        assertTrue(new Chinese(1, 1, false).estimated());
        // China keeps 2027-02-06 (https://topmarks.co.uk/ChineseNewYear/WhenIsChineseNewYear.aspx): the new moon
        // is minutes before midnight in Beijing, and ICU4J 77.1 counts it a day late. Hence "estimated", and region
        // content confirms the date. Should this fail after an ICU4J upgrade, ICU has fixed it: say so in DateRule.
        assertEquals(dates("2027-02-07"), new Chinese(1, 1, false).datesIn(2027));
    }

    @Test
    void hijriDaysByUmmAlQura() {
        // Eid al-Fitr and Eid al-Adha 1446 as Saudi Arabia's Supreme Court announced them
        // (https://economymiddleeast.com/news/saudi-arabia-announces-sunday-eid-al-fitr/,
        // https://www.zawya.com/en/life/culture/saudi-supreme-court-announces-arafat-day-on-june-5-first-day-of-eid-al-adha-on),
        // and 1 Muharram 1447 by Umm al-Qura, which the UAE then moved to Friday the 27th
        // (https://filipinotimes.net/latest-news/2025/06/16/uae-declares-june-27-hijri-new-year-holiday-for-federal-government/)
        assertEquals(dates("2025-03-30"), new Hijri(10, 1).datesIn(2025));
        assertEquals(dates("2025-06-06"), new Hijri(12, 10).datesIn(2025));
        assertEquals(dates("2025-06-26"), new Hijri(1, 1).datesIn(2025));
        assertTrue(new Hijri(10, 1).estimated());
        // a Hijri year is eleven days shorter, so a date can come twice in one Gregorian year (1 Shawwal in 2033)
        assertEquals(2, new Hijri(10, 1).datesIn(2033).size());
    }

    @Test
    void hijriDaysMatchTheJdksUmmAlQuraCalendarInEveryYear() {
        // the JDK's HijrahChronology is an independent implementation of the Umm al-Qura tables
        for (int[] monthDay : new int[][] {{9, 1}, {10, 1}, {12, 10}, {1, 1}, {3, 12}}) {
            Map<Integer, List<LocalDate>> expected = new java.util.TreeMap<>();
            for (int h = 1317; h <= 1525; h++) {
                LocalDate d = LocalDate.from(java.time.chrono.HijrahDate.of(h, monthDay[0], monthDay[1]));
                expected.computeIfAbsent(d.getYear(), y -> new java.util.ArrayList<>()).add(d);
            }
            Hijri rule = new Hijri(monthDay[0], monthDay[1]);
            for (int year = DateRule.FIRST_YEAR; year <= DateRule.LAST_YEAR; year++) {
                assertEquals(expected.getOrDefault(year, List.of()), rule.datesIn(year), monthDay[0] + "/" + monthDay[1] + " in " + year);
            }
        }
    }

    @Test
    void hebrewDays() {
        // Rosh Hashanah, Yom Kippur and the first day of Passover: https://judaic.unl.edu/jewish-holidays (2025, 2026),
        // https://rodephsholom.org/holidays/ (2025), https://qctemple.org/jewish-holidays-2/ (Passover 2026) and, for
        // Rosh Hashanah 2027, https://gvsu.edu/interfaith/ (its list of the coming high holy days)
        assertEquals(dates("2025-09-23", "2026-09-12", "2027-10-02"), in(new Hebrew(HebrewMonth.TISHRI, 1), 2025, 2027));
        assertEquals(dates("2025-10-02", "2026-09-21"), in(new Hebrew(HebrewMonth.TISHRI, 10), 2025, 2026));
        assertEquals(dates("2025-04-13", "2026-04-02"), in(new Hebrew(HebrewMonth.NISAN, 15), 2025, 2026));
        // Adar I exists only in leap years (5787 is one: Purim Katan on 14 Adar I falls in February 2027)
        assertEquals(List.of(), new Hebrew(HebrewMonth.ADAR_I, 14).datesIn(2026));
        assertEquals(1, new Hebrew(HebrewMonth.ADAR_I, 14).datesIn(2027).size());
        assertFalse(new Hebrew(HebrewMonth.TISHRI, 1).estimated());
    }

    @Test
    void easterWesternAndOrthodox() {
        // https://en.wikipedia.org/wiki/List_of_dates_for_Easter
        assertEquals(dates("2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21"),
                in(new DateRule.Easter(false), 2024, 2030));
        assertEquals(dates("2024-05-05", "2025-04-20", "2026-04-12", "2027-05-02", "2028-04-16", "2029-04-08", "2030-04-28"),
                in(new DateRule.Easter(true), 2024, 2030));
        // Good Friday and Whit Monday as offsets
        assertEquals(dates("2026-04-03"), new Offset(new DateRule.Easter(false), -2).datesIn(2026));
        assertEquals(dates("2026-05-25"), new Offset(new DateRule.Easter(false), 50).datesIn(2026));
        // every year of the range is a Sunday, whatever the JVM's time zone
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo")) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(zone));
                assertEquals(dates("2026-04-05"), new DateRule.Easter(false).datesIn(2026), zone);
                assertEquals(dates("2027-05-02"), new DateRule.Easter(true).datesIn(2027), zone);
            }
        } finally {
            java.util.TimeZone.setDefault(saved);
            com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(saved.getID()));
        }
        // every year of the range, against the published computus (Meeus for the Gregorian, Meeus's Julian + 13 days)
        for (int year = DateRule.FIRST_YEAR; year <= DateRule.LAST_YEAR; year++) {
            assertEquals(List.of(gregorianEaster(year)), new DateRule.Easter(false).datesIn(year), "Easter " + year);
            assertEquals(List.of(julianEaster(year)), new DateRule.Easter(true).datesIn(year), "Orthodox Easter " + year);
        }
    }

    /** The anonymous Gregorian computus (Meeus, Astronomical Algorithms, chapter 8), for checking only. */
    private static LocalDate gregorianEaster(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** Meeus's Julian computus, moved to the Gregorian calendar (13 days, 1900 to 2099; 14 in 2100), for checking only. */
    private static LocalDate julianEaster(int y) {
        int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
        return LocalDate.of(y, month, day).plusDays(y >= 2100 && LocalDate.of(y, month, day).isAfter(LocalDate.of(y, 2, 28)) ? 14 : 13);
    }

    @Test
    void listedDaysAreTakenAsListed() {
        Listed diwali = new Listed(Map.of(2025, dates("2025-10-20"), 2026, dates("2026-11-08")), false);
        assertEquals(dates("2026-11-08"), diwali.datesIn(2026));
        assertEquals(List.of(), diwali.datesIn(2027));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Listed(Map.of(2026, dates("2025-10-20")), false));
        assertEquals("2025-10-20 is listed under 2026", e.getMessage());
    }

    @Test
    void badRulesAndYearsAreRefusedWithWhatIsAllowed() {
        assertEquals("nth is 6; use 1 to 5, or -1 for the last",
                assertThrows(IllegalArgumentException.class, () -> new NthWeekday(Month.MAY, DayOfWeek.MONDAY, 6)).getMessage());
        assertEquals("Hijri month 13 does not exist; use 1 to 12", assertThrows(IllegalArgumentException.class, () -> new Hijri(13, 1)).getMessage());
        assertEquals("Chinese day 31 does not exist; use 1 to 30", assertThrows(IllegalArgumentException.class, () -> new Chinese(1, 31, false)).getMessage());
        assertEquals("year 2200 is outside the years holidays are worked out for (1900 to 2100)",
                assertThrows(IllegalArgumentException.class, () -> new Hijri(10, 1).datesIn(2200)).getMessage());
    }
}
