package io.meridian.calendar.internal.plan;

import io.meridian.calendar.internal.service.FixedCalendars;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.meridian.calendar.internal.content.TestCalendars.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Planner scenarios. The holidays are the few each scenario needs, written here so the
 * scenario reads whole: Japan's Golden Week (Cabinet Office, 国民の祝日について), Germany's
 * Labour Day, Saudi Arabia's Sunday-to-Thursday week (Council of Ministers, 2013).
 */
class MeetingPlannerTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");


    private static final MeetingPlanner PLANNER = new MeetingPlanner(new Days(new FixedCalendars(List.of(
            calendar("JP", """
                    "observance": "sunday-to-next-free-day", "daysBetweenHolidays": {"name": "国民の休日", "english": "Citizens' Holiday"},
                    "holidays": [
                     {"id": "showa-day", "name": "昭和の日", "english": "Showa Day", "type": "public", "on": "04-29"},
                     {"id": "constitution-day", "name": "憲法記念日", "english": "Constitution Memorial Day", "type": "public", "on": "05-03"},
                     {"id": "greenery-day", "name": "みどりの日", "english": "Greenery Day", "type": "public", "on": "05-04"},
                     {"id": "childrens-day", "name": "こどもの日", "english": "Children's Day", "type": "public", "on": "05-05"}]"""),
            calendar("DE", """
                    "holidays": [{"id": "labour-day", "name": "Tag der Arbeit", "english": "Labour Day", "type": "public", "on": "05-01"}]"""),
            calendar("US", """
                    "observance": "nearest-weekday",
                    "holidays": [{"id": "memorial-day", "name": "Memorial Day", "english": "Memorial Day", "type": "public", "on": "last MON of MAY"},
                                 {"id": "new-year", "name": "New Year's Day", "english": "New Year's Day", "type": "public", "on": "01-01"}]"""),
            calendar("GB", "\"holidays\": []"),
            calendar("SA", """
                    "workWeeks": [{"days": ["SUN", "MON", "TUE", "WED", "THU"]}], "holidays": []""")))));

    private static MeetingPlanner.Attendee person(String name, ZoneId zone, String country) {
        return new MeetingPlanner.Attendee(name, zone, country, Optional.empty(), LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.empty(), List.of());
    }

    private static MeetingPlanner.Request request(List<MeetingPlanner.Attendee> who, LocalDate from, LocalDate to, ZoneId organiser) {
        return new MeetingPlanner.Request(who, Duration.ofHours(1), from, to, organiser, Optional.empty(), Optional.empty(), false, 5, 1, false);
    }

    private static MeetingPlanner.Local local(MeetingPlanner.Slot slot, String name) {
        return slot.locals().stream().filter(l -> l.attendee().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aHolidayOfNextYearObservedInTheRangeIsNamed() {
        // 1 January 2028 is a Saturday: New York takes Friday 31 December 2027 off instead
        MeetingPlanner.Plan plan = PLANNER.plan(request(List.of(person("Kenji", TOKYO, "JP"), person("Sam", NEW_YORK, "US")),
                LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 31), BERLIN));
        String why = String.join("\n", plan.why());
        assertTrue(why.contains("Sam (US) has holidays in the range: New Year's Day (1 Jan, observed 31 Dec)"), why);
    }

    @Test
    void tokyoBerlinAndNewYorkInGoldenWeekGetTheLeastBadOptionsAndWhy() {
        MeetingPlanner.Plan plan = PLANNER.plan(request(List.of(person("Kenji", TOKYO, "JP"), person("Anna", BERLIN, "DE"),
                person("Sam", NEW_YORK, "US")), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 8), BERLIN));
        assertFalse(plan.fits(), "Tokyo's and New York's working days never overlap");
        String why = String.join("\n", plan.why());
        assertTrue(why.contains("Kenji (JP) has holidays in the range: Showa Day (29 Apr), Constitution Memorial Day (3 May, observed 6 May)"), why);
        assertTrue(why.contains("Greenery Day (4 May)") && why.contains("Children's Day (5 May)"), why);
        assertTrue(why.contains("Anna (DE) has holidays in the range: Labour Day (1 May)"), why);
        assertTrue(why.contains("the working hours of Kenji (09:00-17:00 Asia/Tokyo) and Sam (09:00-17:00 America/New_York) never overlap"), why);
        assertFalse(plan.slots().isEmpty());
        Set<LocalDate> tokyoOff = Set.of(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6));
        for (MeetingPlanner.Slot slot : plan.slots()) {
            assertTrue(slot.cost() > 0);
            assertFalse(slot.payers().isEmpty(), "each least-bad option names who pays");
            for (MeetingPlanner.Local l : slot.locals()) {
                assertTrue(l.fit() == MeetingPlanner.Fit.WORKING || l.fit() == MeetingPlanner.Fit.EARLY_OR_LATE, l.toString());
                assertFalse(l.start().getDayOfWeek() == DayOfWeek.SATURDAY || l.start().getDayOfWeek() == DayOfWeek.SUNDAY, l.toString());
            }
            assertFalse(tokyoOff.contains(local(slot, "Kenji").start().toLocalDate()), slot.toString());
            assertFalse(local(slot, "Anna").start().toLocalDate().equals(LocalDate.of(2026, 5, 1)), slot.toString());
        }
        MeetingPlanner.Slot best = plan.slots().get(0);
        // Tokyo is 7 hours ahead of Berlin and 13 ahead of New York in May: the local times follow from one instant
        assertEquals(local(best, "Anna").start().plusHours(7), local(best, "Kenji").start());
        assertEquals(local(best, "Anna").start().minusHours(6), local(best, "Sam").start());
    }

    @Test
    void riyadhAndLondonOnAFridayMeetOnThursdayInstead() {
        List<MeetingPlanner.Attendee> who = List.of(person("Faisal", RIYADH, "SA"), person("Emma", LONDON, "GB"));
        MeetingPlanner.Plan friday = PLANNER.plan(request(who, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), LONDON));
        assertFalse(friday.fits());
        assertTrue(String.join("\n", friday.why()).contains("Faisal (SA) does not work in the range: Friday"), friday.why().toString());
        assertTrue(friday.slots().stream().allMatch(s -> local(s, "Faisal").fit() == MeetingPlanner.Fit.DAY_OFF), "Faisal pays with his weekend");

        MeetingPlanner.Plan thursdayToo = PLANNER.plan(request(who, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27), LONDON));
        assertTrue(thursdayToo.fits());
        for (MeetingPlanner.Slot s : thursdayToo.slots()) {
            assertEquals(DayOfWeek.THURSDAY, local(s, "Emma").start().getDayOfWeek());
            assertEquals(local(s, "Emma").start().plusHours(3), local(s, "Faisal").start());
            LocalTime london = local(s, "Emma").start().toLocalTime();
            assertFalse(london.isBefore(LocalTime.of(9, 0)) || london.isAfter(LocalTime.of(13, 0)), "Riyadh stops at 17:00 = 14:00 London: " + s);
        }
    }

    @Test
    void aWeekAcrossTheUsClockChangeShowsTheRightLocalTimesAndSaysSo() {
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(person("Sam", NEW_YORK, "US"), person("Emma", LONDON, "GB")),
                Duration.ofMinutes(30), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13), LONDON, Optional.empty(), Optional.empty(), false, 20, 1, false));
        assertTrue(plan.fits());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("Clocks in America/New_York go forward on 2026-03-08")), plan.notes().toString());
        for (MeetingPlanner.Slot s : plan.slots()) {
            LocalDateTime ny = local(s, "Sam").start();
            long gap = Duration.between(ny, local(s, "Emma").start()).toHours();
            assertEquals(ny.toLocalDate().isBefore(LocalDate.of(2026, 3, 8)) ? 5 : 4, gap, s.toString());
            assertEquals(ny.isBefore(LocalDateTime.of(2026, 3, 8, 3, 0)) ? "-05:00" : "-04:00", local(s, "Sam").offset());
        }
    }

    @Test
    void aWeeklyMeetingKeepsTheOrganisersLocalTimeAcrossBothClockChanges() {
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(person("Sam", NEW_YORK, "US"), person("Anna", BERLIN, "DE")),
                Duration.ofHours(1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), NEW_YORK, Optional.empty(), Optional.empty(), false, 5, 5, false));
        assertEquals(5, plan.occurrences().size());
        LocalTime first = local(plan.occurrences().get(0).slot(), "Sam").start().toLocalTime();
        for (MeetingPlanner.Occurrence o : plan.occurrences()) {
            assertEquals(first, local(o.slot(), "Sam").start().toLocalTime(), "never silently moved an hour in New York");
        }
        // Berlin sees it an hour later in the weeks between the US change (8 March) and the EU one (29 March)
        long[] gaps = plan.occurrences().stream().mapToLong(o -> Duration.between(local(o.slot(), "Sam").start(), local(o.slot(), "Anna").start()).toHours()).toArray();
        assertEquals(List.of(6L, 5L, 5L, 5L, 6L), java.util.Arrays.stream(gaps).boxed().toList());
    }

    @Test
    void rotationSharesTheInconvenienceOfAWeeklyCallThatFitsNoOne() {
        List<MeetingPlanner.Attendee> who = List.of(person("Kenji", TOKYO, "JP"), person("Sam", NEW_YORK, "US"));
        MeetingPlanner.Request same = new MeetingPlanner.Request(who, Duration.ofHours(1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), NEW_YORK,
                Optional.empty(), Optional.empty(), false, 5, 4, false);
        MeetingPlanner.Plan fixed = PLANNER.plan(same);
        MeetingPlanner.Plan rotating = PLANNER.plan(new MeetingPlanner.Request(who, same.duration(), same.from(), same.to(), NEW_YORK,
                Optional.empty(), Optional.empty(), false, 5, 4, true));
        assertFalse(rotating.fits());
        Map<String, Integer> burden = rotating.burden();
        assertTrue(burden.get("Kenji") > 0 && burden.get("Sam") > 0, "both take a turn: " + burden);
        int fixedWorst = fixed.burden().values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int rotatingWorst = burden.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(rotatingWorst <= fixedWorst, "rotating never burdens one person more: " + burden + " vs " + fixed.burden());
    }

    @Test
    void aWeeklyMeetingIsNeverHeldOnSomeonesBusyTime() {
        // Emma is at an offsite the whole second week
        MeetingPlanner.Busy offsite = new MeetingPlanner.Busy(LocalDate.of(2026, 6, 8).atStartOfDay(LONDON).toInstant(),
                LocalDate.of(2026, 6, 13).atStartOfDay(LONDON).toInstant(), "offsite");
        List<MeetingPlanner.Attendee> who = List.of(person("Anna", BERLIN, "DE"), new MeetingPlanner.Attendee("Emma", LONDON, "GB", Optional.empty(),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.empty(), List.of(offsite)));
        for (boolean rotate : new boolean[]{false, true}) {
            MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(who, Duration.ofHours(1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1),
                    LONDON, Optional.empty(), Optional.empty(), false, 5, 4, rotate));
            assertFalse(plan.fits(), "rotate " + rotate);
            for (MeetingPlanner.Occurrence o : plan.occurrences()) {
                assertTrue(o.slot().locals().stream().noneMatch(l -> l.fit() == MeetingPlanner.Fit.BUSY), "rotate " + rotate + ": " + o);
            }
            if (!rotate) {
                // the same working-hours time every week, and week 2 left out and said
                assertEquals(List.of(1, 3, 4), plan.occurrences().stream().map(MeetingPlanner.Occurrence::week).toList());
                assertTrue(plan.occurrences().stream().allMatch(o -> o.slot().cost() == 0), plan.occurrences().toString());
                assertTrue(plan.why().contains("the weekly time is left out where someone is busy then: week 2 (Emma is busy)"), plan.why().toString());
            } else {
                // week 2 moves out of the offsite's days, to a time that costs someone
                assertEquals(4, plan.occurrences().size());
                assertTrue(plan.occurrences().get(1).slot().cost() > 0, plan.occurrences().get(1).toString());
            }
        }
    }

    @Test
    void oddOffsetsAndHalfDaysAreRespected() {
        MeetingPlanner.Attendee kathmandu = new MeetingPlanner.Attendee("Sita", ZoneId.of("Asia/Kathmandu"), "NP", Optional.empty(),
                LocalTime.of(10, 0), LocalTime.of(17, 0), Optional.of(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)), List.of());
        MeetingPlanner.Plan plan = PLANNER.plan(request(List.of(kathmandu, person("Anna", BERLIN, "DE")), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 5), BERLIN));
        assertTrue(plan.fits());
        for (MeetingPlanner.Slot s : plan.slots()) {
            assertEquals("+05:45", local(s, "Sita").offset());
            assertEquals(local(s, "Anna").start().plusMinutes(3 * 60 + 45), local(s, "Sita").start());
        }
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("no holiday calendar covers NP")), "says what the answer rests on");
    }

    @Test
    void badRequestsAreRefusedWithWhatToDo() {
        List<MeetingPlanner.Attendee> who = List.of(person("Anna", BERLIN, "DE"));
        IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
                () -> PLANNER.plan(request(who, LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 1), BERLIN)));
        assertTrue(reversed.getMessage().contains("swap the dates"), reversed.getMessage());
        IllegalArgumentException rotateOnce = assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(new MeetingPlanner.Request(who,
                Duration.ofHours(1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), BERLIN, Optional.empty(), Optional.empty(), false, 5, 1, true)));
        assertTrue(rotateOnce.getMessage().contains("give weeks 2 or more"), rotateOnce.getMessage());
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(new MeetingPlanner.Request(who,
                Duration.ofHours(8).plusMinutes(15), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), BERLIN, Optional.empty(), Optional.empty(),
                false, 5, 1, false)));
        assertTrue(tooLong.getMessage().contains("from 15 to 480"), tooLong.getMessage());
        IllegalArgumentException longerThanDay = assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(new MeetingPlanner.Request(who,
                Duration.ofHours(8).plusMinutes(15).minusMinutes(15).plusHours(0), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), BERLIN,
                Optional.of(LocalTime.of(10, 0)), Optional.of(LocalTime.of(16, 0)), false, 5, 1, false)));
        assertTrue(longerThanDay.getMessage().contains("does not fit between 10:00 and 16:00"), longerThanDay.getMessage());
        MeetingPlanner.Attendee shortDay = new MeetingPlanner.Attendee("Ben", LONDON, "GB", Optional.empty(), LocalTime.of(10, 0), LocalTime.of(12, 0),
                Optional.empty(), List.of());
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class, () -> PLANNER.plan(new MeetingPlanner.Request(List.of(shortDay),
                Duration.ofHours(3), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), LONDON, Optional.empty(), Optional.empty(), false, 5, 1, false)));
        assertTrue(beyond.getMessage().contains("longer than Ben's working day (10:00-12:00)"), beyond.getMessage());
    }

    @Test
    void earliestAndLatestBindEveryonesLocalTimeAndBusyTimesAreAvoided() {
        List<MeetingPlanner.Attendee> who = List.of(person("Anna", BERLIN, "DE"), new MeetingPlanner.Attendee("Emma", LONDON, "GB", Optional.empty(),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.empty(), List.of(new MeetingPlanner.Busy(
                LocalDateTime.of(2026, 6, 2, 9, 0).atZone(LONDON).toInstant(), LocalDateTime.of(2026, 6, 2, 12, 0).atZone(LONDON).toInstant(), "board"))));
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(who, Duration.ofHours(1), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2),
                LONDON, Optional.of(LocalTime.of(10, 0)), Optional.of(LocalTime.of(16, 0)), true, 10, 1, false));
        assertTrue(plan.fits());
        for (MeetingPlanner.Slot s : plan.slots()) {
            for (MeetingPlanner.Local l : s.locals()) {
                assertFalse(l.start().toLocalTime().isBefore(LocalTime.of(10, 0)) || l.end().toLocalTime().isAfter(LocalTime.of(16, 0)), s.toString());
                assertFalse(l.start().toLocalTime().isBefore(LocalTime.of(13, 0)) && l.end().toLocalTime().isAfter(LocalTime.NOON), "lunch: " + s);
            }
            assertFalse(local(s, "Emma").start().toLocalTime().isBefore(LocalTime.NOON), "Emma is busy until noon: " + s);
        }
    }

    @Test
    void aWeekAcrossTheEuClockChangeShiftsBerlinAgainstNewYork() {
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(person("Sam", NEW_YORK, "US"), person("Anna", BERLIN, "DE")),
                Duration.ofMinutes(30), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 3), NEW_YORK, Optional.empty(), Optional.empty(), false, 20, 1,
                false));
        assertTrue(plan.fits());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("Clocks in Europe/Berlin go forward on 2026-03-29")), plan.notes().toString());
        assertTrue(plan.slots().stream().anyMatch(s -> local(s, "Anna").start().toLocalDate().isBefore(LocalDate.of(2026, 3, 29))));
        assertTrue(plan.slots().stream().anyMatch(s -> local(s, "Anna").start().toLocalDate().isAfter(LocalDate.of(2026, 3, 29))));
        for (MeetingPlanner.Slot s : plan.slots()) {
            LocalDateTime berlin = local(s, "Anna").start();
            assertEquals(berlin.toLocalDate().isBefore(LocalDate.of(2026, 3, 29)) ? 5 : 6,
                    Duration.between(local(s, "Sam").start(), berlin).toHours(), s.toString());
            assertEquals(berlin.toLocalDate().isBefore(LocalDate.of(2026, 3, 29)) ? "+01:00" : "+02:00", local(s, "Anna").offset());
        }
    }

    @Test
    void aWeekAcrossTheAustralianClockChangeShiftsSydneyAgainstLondon() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        MeetingPlanner.Attendee mia = new MeetingPlanner.Attendee("Mia", sydney, "AU", Optional.empty(), LocalTime.of(7, 0), LocalTime.of(19, 0),
                Optional.empty(), List.of());
        MeetingPlanner.Attendee emma = new MeetingPlanner.Attendee("Emma", LONDON, "GB", Optional.empty(), LocalTime.of(7, 0), LocalTime.of(19, 0),
                Optional.empty(), List.of());
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(mia, emma), Duration.ofMinutes(30), LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 4, 10), LONDON, Optional.empty(), Optional.empty(), false, 20, 1, false));
        assertTrue(plan.fits(), plan.why().toString());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("Clocks in Australia/Sydney go back on 2026-04-05")), plan.notes().toString());
        for (MeetingPlanner.Slot s : plan.slots()) {
            boolean before = s.start().isBefore(java.time.Instant.parse("2026-04-04T16:00:00Z"));
            assertEquals(before ? "+11:00" : "+10:00", local(s, "Mia").offset(), s.toString());
            assertEquals(before ? 10 : 9, Duration.between(local(s, "Emma").start(), local(s, "Mia").start()).toHours(), s.toString());
        }
    }

    @Test
    void someoneWhoKeepsTheirOwnWeekIsPlannedByIt() {
        MeetingPlanner.Attendee omar = io.meridian.calendar.internal.service.Participants.adHoc("Omar", "Europe/London", "GB", Optional.empty(),
                Optional.of("Sun-Thu 09:00-17:00"), Optional.empty());
        MeetingPlanner.Plan friday = PLANNER.plan(request(List.of(omar, person("Emma", LONDON, "GB")), LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 27), LONDON));
        assertFalse(friday.fits());
        assertTrue(String.join("\n", friday.why()).contains("Omar (GB) does not work in the range: Friday, not a working day in their week"),
                friday.why().toString());
    }

    @Test
    void aWeekSpanningBothAutumnClockChangesShowsTheGapNarrowThenWiden() {
        // Europe goes back on 25 October 2026, the United States on 1 November: for that week New York is five hours behind Berlin, not six
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(person("Sam", NEW_YORK, "US"), person("Anna", BERLIN, "DE")),
                Duration.ofMinutes(30), LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 4), BERLIN, Optional.empty(), Optional.empty(), false, 30, 1,
                false));
        assertTrue(plan.fits());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("Clocks in Europe/Berlin go back on 2026-10-25")), plan.notes().toString());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("Clocks in America/New_York go back on 2026-11-01")), plan.notes().toString());
        java.util.Set<Long> gaps = new java.util.TreeSet<>();
        for (MeetingPlanner.Slot s : plan.slots()) {
            LocalDate day = local(s, "Anna").start().toLocalDate();
            long gap = Duration.between(local(s, "Sam").start(), local(s, "Anna").start()).toHours();
            long expected = day.isBefore(LocalDate.of(2026, 10, 25)) || day.isAfter(LocalDate.of(2026, 11, 1)) ? 6 : 5;
            assertEquals(expected, gap, s.toString());
            gaps.add(gap);
        }
        assertEquals(java.util.Set.of(5L, 6L), gaps, "slots on both sides of the changes");
    }

    @Test
    void someoneBusyWheneverTheyWorkIsNamedAsTheReason() {
        MeetingPlanner.Attendee booked = new MeetingPlanner.Attendee("Emma", LONDON, "GB", Optional.empty(), LocalTime.of(9, 0), LocalTime.of(17, 0),
                Optional.empty(), List.of(new MeetingPlanner.Busy(LocalDateTime.of(2026, 6, 1, 0, 0).atZone(LONDON).toInstant(),
                LocalDateTime.of(2026, 6, 6, 0, 0).atZone(LONDON).toInstant(), "offsite")));
        MeetingPlanner.Plan plan = PLANNER.plan(request(List.of(booked, person("Anna", BERLIN, "DE")), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 5), LONDON));
        assertFalse(plan.fits());
        String why = String.join("\n", plan.why());
        assertTrue(why.contains("Emma is busy whenever they work in the range (offsite)"), why);
        assertFalse(why.contains("earliest and latest"), why);
    }
}
