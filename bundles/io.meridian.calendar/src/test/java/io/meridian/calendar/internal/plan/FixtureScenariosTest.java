package io.meridian.calendar.internal.plan;

import io.meridian.calendar.internal.content.CalendarFile;
import io.meridian.calendar.internal.content.CountryCalendar;
import io.meridian.calendar.internal.service.FixedCalendars;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner on the 22 countries' fixture calendars: the questions users ask, answered with real holidays. */
class FixtureScenariosTest {

    private static final List<String> COUNTRIES = List.of("AE", "AU", "BR", "CA", "CN", "DE", "ES", "FR", "GB", "IL", "IN", "IT", "JP", "KR", "MX",
            "NL", "PL", "SA", "SE", "SG", "TR", "US");
    private static final MeetingPlanner PLANNER = new MeetingPlanner(new Days(new FixedCalendars(load())));

    private static List<CountryCalendar> load() {
        List<CountryCalendar> all = new ArrayList<>();
        for (String c : COUNTRIES) {
            String path = "content/calendar/" + c + ".json";
            try (InputStream in = FixtureScenariosTest.class.getResourceAsStream("/fixture/" + path)) {
                CalendarFile.Result r = CalendarFile.read("fixture", path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertEquals(List.of(), r.problems());
                all.add(r.calendar().orElseThrow());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    private static MeetingPlanner.Attendee person(String name, String zone, String country) {
        return new MeetingPlanner.Attendee(name, ZoneId.of(zone), country, Optional.empty(), LocalTime.of(9, 0), LocalTime.of(17, 0),
                Optional.empty(), List.of());
    }

    private static MeetingPlanner.Local local(MeetingPlanner.Slot slot, String name) {
        return slot.locals().stream().filter(l -> l.attendee().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void tokyoBerlinAndSaoPauloNextWeekGetTheLeastBadTimesWithWhoPays() {
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(person("Kenji", "Asia/Tokyo", "JP"),
                person("Anna", "Europe/Berlin", "DE"), person("João", "America/Sao_Paulo", "BR")), Duration.ofHours(1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 4), ZoneId.of("Europe/Berlin"), Optional.empty(), Optional.empty(), false, 5, 1, false));
        assertFalse(plan.fits(), "Tokyo and São Paulo are twelve hours apart");
        assertTrue(plan.why().stream().anyMatch(w -> w.contains("Kenji") && w.contains("João") && w.contains("never overlap")), plan.why().toString());
        MeetingPlanner.Slot best = plan.slots().get(0);
        assertTrue(!best.payers().isEmpty() && best.payers().size() < 3, "the cost falls on one or two people, never all three: " + best);
        for (MeetingPlanner.Slot s : plan.slots()) {
            for (MeetingPlanner.Local l : s.locals()) {
                assertTrue(l.fit() != MeetingPlanner.Fit.NIGHT && l.fit() != MeetingPlanner.Fit.DAY_OFF, "least-bad is early or late, not night: " + s);
            }
        }
    }

    @Test
    void goldenWeekTwentySevenInTokyoWithBerlinAndNewYork() {
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(person("Kenji", "Asia/Tokyo", "JP"),
                person("Anna", "Europe/Berlin", "DE"), person("Sam", "America/New_York", "US")), Duration.ofMinutes(30), LocalDate.of(2027, 4, 28),
                LocalDate.of(2027, 5, 7), ZoneId.of("Europe/Berlin"), Optional.empty(), Optional.empty(), false, 10, 1, false));
        String why = String.join("\n", plan.why());
        assertTrue(why.contains("Showa Day") && why.contains("Constitution") && why.contains("Greenery Day") && why.contains("Children's Day"), why);
        for (MeetingPlanner.Slot s : plan.slots()) {
            LocalDate tokyo = local(s, "Kenji").start().toLocalDate();
            assertFalse(List.of(LocalDate.of(2027, 4, 29), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4), LocalDate.of(2027, 5, 5))
                    .contains(tokyo), s.toString());
            assertFalse(local(s, "Anna").start().toLocalDate().equals(LocalDate.of(2027, 5, 1)), s.toString());
        }
    }

    @Test
    void riyadhAndDubaiShareFewerDaysSinceTheUaeMovedItsWeekend() {
        MeetingPlanner.Plan plan = PLANNER.plan(new MeetingPlanner.Request(List.of(person("Faisal", "Asia/Riyadh", "SA"),
                person("Layla", "Asia/Dubai", "AE")), Duration.ofHours(1), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 28),
                ZoneId.of("Asia/Dubai"), Optional.empty(), Optional.empty(), false, 20, 1, false));
        assertTrue(plan.fits());
        for (MeetingPlanner.Slot s : plan.slots()) {
            DayOfWeek day = local(s, "Layla").start().getDayOfWeek();
            assertTrue(day.getValue() >= DayOfWeek.MONDAY.getValue() && day.getValue() <= DayOfWeek.THURSDAY.getValue(),
                    "Sunday is Riyadh's and Friday Dubai's half day, Saturday nobody's: " + s);
        }
    }
}
