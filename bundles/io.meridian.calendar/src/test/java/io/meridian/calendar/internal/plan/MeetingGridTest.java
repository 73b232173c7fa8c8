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
import java.util.Optional;
import java.util.Set;

import static io.meridian.calendar.internal.content.TestCalendars.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grid of everyone's hours: the planner's own classification, hour by hour, and never at odds with its slots. */
class MeetingGridTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Days DAYS = new Days(new FixedCalendars(List.of(
            calendar("JP", """
                    "holidays": [
                     {"id": "greenery-day", "name": "みどりの日", "english": "Greenery Day", "type": "public", "on": "05-04"},
                     {"id": "tanabata", "name": "七夕", "english": "Tanabata", "type": "observance", "on": "07-07"}]"""),
            calendar("DE", "\"holidays\": []"),
            calendar("GB", "\"holidays\": []"),
            calendar("US", "\"holidays\": []"))));
    private static final MeetingGrid GRID = new MeetingGrid(DAYS);
    private static final MeetingPlanner PLANNER = new MeetingPlanner(DAYS);

    private static MeetingPlanner.Attendee person(String name, ZoneId zone, String country) {
        return new MeetingPlanner.Attendee(name, zone, country, Optional.empty(), LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.empty(), List.of());
    }

    private static MeetingPlanner.Request request(List<MeetingPlanner.Attendee> who, LocalDate from, LocalDate to, ZoneId organiser) {
        return new MeetingPlanner.Request(who, Duration.ofHours(1), from, to, organiser, Optional.empty(), Optional.empty(), false, 50, 1, false);
    }

    private static MeetingGrid.Cell cell(MeetingGrid.Grid grid, String who, LocalDateTime organiserTime) {
        int column = -1;
        for (int i = 0; i < grid.columns().size(); i++) if (grid.columns().get(i).local().equals(organiserTime)) column = i;
        for (MeetingGrid.Row row : grid.rows()) if (row.attendee().name().equals(who)) return row.cells().get(column);
        throw new AssertionError("no row for " + who);
    }

    @Test
    void everyOneHourSlotThePlannerOffersReadsTheSameInTheGrid() {
        // earliest and latest leave one start a day, on the hour, so that every slot offered is one column of the grid:
        // Berlin 13:00 is 07:00 in New York and 20:00 in Tokyo (nothing fits: the least bad slots, each costing someone);
        // Berlin 11:00 is 10:00 in London (fits on working days)
        record Case(List<MeetingPlanner.Attendee> who, LocalTime earliest, LocalTime latest, boolean fits) {
        }
        for (Case c : List.of(
                new Case(List.of(person("Kenji", TOKYO, "JP"), person("Anna", BERLIN, "DE"), person("Sam", NEW_YORK, "US")),
                        LocalTime.of(7, 0), LocalTime.of(21, 0), false),
                new Case(List.of(person("Anna", BERLIN, "DE"), person("Emma", LONDON, "GB")), LocalTime.of(10, 0), LocalTime.of(12, 0), true))) {
            MeetingPlanner.Request r = new MeetingPlanner.Request(c.who(), Duration.ofHours(1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 12),
                    BERLIN, Optional.of(c.earliest()), Optional.of(c.latest()), false, 50, 1, false);
            MeetingPlanner.Plan plan = PLANNER.plan(r);
            MeetingGrid.Grid grid = GRID.grid(new MeetingPlanner.Request(c.who(), r.duration(), r.from(), LocalDate.of(2026, 6, 12), BERLIN,
                    r.earliest(), r.latest(), false, 5, 1, false));
            assertEquals(c.fits(), plan.fits());
            assertTrue(plan.slots().size() >= 10, plan.slots().toString());
            for (MeetingPlanner.Slot slot : plan.slots()) {
                LocalDateTime organiser = LocalDateTime.ofInstant(slot.start(), BERLIN);
                MeetingGrid.Column column = grid.columns().stream().filter(col -> col.start().equals(slot.start())).findFirst().orElseThrow();
                assertTrue(column.allowed(), slot.toString());
                assertEquals(slot.cost(), column.cost(), "the column costs what the slot costs: " + slot);
                assertEquals(slot.cost() == 0, column.fits(), slot.toString());
                for (MeetingPlanner.Local l : slot.locals()) {
                    MeetingGrid.Cell cell = cell(grid, l.attendee(), organiser);
                    assertEquals(l.fit(), cell.fit(), l.attendee() + " at " + organiser);
                    assertEquals(l.cost(), cell.cost(), l.attendee() + " at " + organiser);
                    assertEquals(l.start(), cell.local());
                    assertEquals(l.offset(), cell.offset());
                }
            }
            assertEquals(1, grid.columns().stream().filter(MeetingGrid.Column::allowed).map(col -> col.local().toLocalTime()).distinct().count(),
                    "one allowed hour a day, the same as the planner's");
            assertEquals(plan.fits(), grid.columns().stream().anyMatch(col -> col.fits() && col.allowed()));
        }
    }

    @Test
    void holidaysAreNamedAndTheNightIsNight() {
        // Monday 4 May 2026 in Berlin: Greenery Day in Tokyo, an ordinary Monday in New York
        MeetingGrid.Grid grid = GRID.grid(request(List.of(person("Kenji", TOKYO, "JP"), person("Sam", NEW_YORK, "US")),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), BERLIN));
        assertEquals(24, grid.columns().size());
        MeetingGrid.Cell kenji = cell(grid, "Kenji", LocalDateTime.of(2026, 5, 4, 3, 0));
        assertEquals(LocalDateTime.of(2026, 5, 4, 10, 0), kenji.local());
        assertEquals(MeetingPlanner.Fit.DAY_OFF, kenji.fit());
        assertEquals("Greenery Day", kenji.holiday().orElseThrow().englishName());
        assertEquals("Greenery Day", kenji.note());
        // 23:00 in Berlin is already Tuesday 5 May in Tokyo: a working day again, at night
        MeetingGrid.Cell tuesday = cell(grid, "Kenji", LocalDateTime.of(2026, 5, 4, 23, 0));
        assertEquals(MeetingPlanner.Fit.NIGHT, tuesday.fit());
        assertTrue(tuesday.holiday().isEmpty());
        MeetingGrid.Cell sam = cell(grid, "Sam", LocalDateTime.of(2026, 5, 4, 9, 0));
        assertEquals(LocalDateTime.of(2026, 5, 4, 3, 0), sam.local());
        assertEquals("-04:00", sam.offset());
        assertEquals(MeetingPlanner.Fit.NIGHT, sam.fit());
        assertEquals("at night", sam.note());
        assertEquals(MeetingPlanner.Fit.WORKING, cell(grid, "Sam", LocalDateTime.of(2026, 5, 4, 22, 0)).fit());
        MeetingGrid.Cell samLate = cell(grid, "Sam", LocalDateTime.of(2026, 5, 4, 23, 0));
        assertEquals(MeetingPlanner.Fit.EARLY_OR_LATE, samLate.fit(), "17:00 in New York: their day is over");
        assertEquals("after their working day (17:00)", samLate.note());
    }

    @Test
    void anObservanceIsNamedWithoutClosingTheDay() {
        MeetingGrid.Grid grid = GRID.grid(request(List.of(person("Kenji", TOKYO, "JP")), LocalDate.of(2026, 7, 7), LocalDate.of(2026, 7, 7), TOKYO));
        MeetingGrid.Cell noon = cell(grid, "Kenji", LocalDateTime.of(2026, 7, 7, 11, 0));
        assertEquals(MeetingPlanner.Fit.WORKING, noon.fit());
        assertEquals("Tanabata", noon.holiday().orElseThrow().englishName());
        assertEquals("within working hours; Tanabata (an observance; work goes on)", noon.note());
    }

    @Test
    void aDayTheClocksChangeHasTwentyThreeOrTwentyFiveHours() {
        List<MeetingPlanner.Attendee> anna = List.of(person("Anna", BERLIN, "DE"));
        MeetingGrid.Grid spring = GRID.grid(request(anna, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), BERLIN));
        assertEquals(23, spring.columns().size());
        assertFalse(spring.columns().stream().anyMatch(c -> c.local().getHour() == 2), "02:00 does not exist that night");
        assertTrue(spring.notes().stream().anyMatch(n -> n.startsWith("Clocks in Europe/Berlin go forward on 2026-03-29")), spring.notes().toString());
        MeetingGrid.Grid autumn = GRID.grid(request(anna, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), BERLIN));
        assertEquals(25, autumn.columns().size());
        assertEquals(2, autumn.columns().stream().filter(c -> c.local().getHour() == 2).count(), "02:00 happens twice");
    }

    @Test
    void anHourThatChangesWithinSaysWhereAndKeepsItsQuarters() {
        MeetingPlanner.Attendee sita = new MeetingPlanner.Attendee("Sita", ZoneId.of("Asia/Kathmandu"), "NP", Optional.empty(),
                LocalTime.of(10, 0), LocalTime.of(17, 0), Optional.of(Set.of(DayOfWeek.values())), List.of());
        MeetingGrid.Grid grid = GRID.grid(request(List.of(sita), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2), BERLIN));
        // 06:00 in Berlin is 09:45 in Kathmandu: a quarter hour early, then working
        MeetingGrid.Cell c = cell(grid, "Sita", LocalDateTime.of(2026, 6, 2, 6, 0));
        assertEquals(LocalDateTime.of(2026, 6, 2, 9, 45), c.local());
        assertEquals("+05:45", c.offset());
        assertTrue(c.mixed());
        assertEquals(List.of(MeetingPlanner.Fit.EARLY_OR_LATE, MeetingPlanner.Fit.WORKING, MeetingPlanner.Fit.WORKING, MeetingPlanner.Fit.WORKING),
                c.quarters());
        assertEquals(MeetingPlanner.Fit.EARLY_OR_LATE, c.fit(), "the worst quarter, as the planner charges a slot");
        assertEquals("their working day starts at 10:00", c.note());
        assertTrue(grid.notes().stream().anyMatch(n -> n.contains("no holiday calendar covers NP")), grid.notes().toString());
    }

    @Test
    void lunchAndEarliestAndLatestShowAsThePlannerCountsThem() {
        MeetingPlanner.Request r = new MeetingPlanner.Request(List.of(person("Anna", BERLIN, "DE"), person("Emma", LONDON, "GB")), Duration.ofHours(1),
                LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2), LONDON, Optional.of(LocalTime.of(10, 0)), Optional.of(LocalTime.of(16, 0)), true,
                5, 1, false);
        MeetingGrid.Grid grid = GRID.grid(r);
        MeetingGrid.Cell lunch = cell(grid, "Emma", LocalDateTime.of(2026, 6, 2, 12, 0));
        assertEquals(MeetingPlanner.Fit.WORKING, lunch.fit());
        assertEquals(MeetingPlanner.LUNCH, lunch.cost());
        assertEquals("over their lunch hour", lunch.note());
        MeetingGrid.Column noon = grid.columns().stream().filter(c -> c.local().getHour() == 12).findFirst().orElseThrow();
        assertFalse(noon.fits(), "lunch does not count as fitting");
        // 09:00 in London is 10:00 in Berlin, but before Emma's earliest; 15:00 London is 16:00 Berlin, past Anna's latest
        for (MeetingGrid.Column c : grid.columns()) {
            int hour = c.local().getHour();
            assertEquals(hour >= 10 && hour <= 14, c.allowed(), c.toString());
        }
    }

    @Test
    void aRangeTooLongOrReversedIsRefusedWithWhatToDo() {
        List<MeetingPlanner.Attendee> anna = List.of(person("Anna", BERLIN, "DE"));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> GRID.grid(request(anna, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15), BERLIN)));
        assertEquals("the grid covers 15 days; ask for at most 14 days at a time (to at most 2026-06-14)", tooLong.getMessage());
        IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
                () -> GRID.grid(request(anna, LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 1), BERLIN)));
        assertTrue(reversed.getMessage().contains("swap the dates"), reversed.getMessage());
        IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class,
                () -> GRID.grid(request(List.of(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), BERLIN)));
        assertTrue(nobody.getMessage().startsWith("attendees:"), nobody.getMessage());
    }
}
