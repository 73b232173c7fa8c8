package io.meridian.calendar.internal.shell;

import io.meridian.api.shell.CommandException;
import io.meridian.calendar.internal.service.FixedCalendars;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static io.meridian.calendar.internal.content.TestCalendars.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarCommandsTest {


    private static final FixedCalendars CALENDARS = new FixedCalendars(List.of(
            calendar("SA", """
                    "workWeeks": [{"days": ["SUN", "MON", "TUE", "WED", "THU"]}],
                    "holidays": [{"id": "eid-al-fitr", "name": "عيد الفطر", "english": "Eid al-Fitr", "type": "public", "on": "hijri 10-01", "length": 4}]"""),
            calendar("US", """
                    "observance": "nearest-weekday",
                    "holidays": [{"id": "independence-day", "name": "Independence Day", "english": "Independence Day", "type": "public", "on": "07-04"}]""")));
    /** Friday 27 November 2026, 08:30 in London. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:30:00Z"), ZoneId.of("Europe/London"));
    private final CalendarCommands cal = new CalendarCommands(CALENDARS, CLOCK);
    private final PlanCommands plan = new PlanCommands(CALENDARS, CLOCK);

    @Test
    void holidaysShowObservedDaysAndEstimates() {
        String us = cal.holidays("US", "2026");
        assertTrue(us.contains("Sat 4 Jul 2026") && us.contains("Fri 3 Jul 2026"), us);
        String sa = cal.holidays("SA", "2027");
        assertTrue(sa.contains("Eid al-Fitr") && sa.contains("estimated"), sa);
        assertTrue(sa.contains("may move by a day"), sa);
        assertTrue(cal.holidays("BR").startsWith("No holiday calendar covers BR"));
        CommandException year = assertThrows(CommandException.class, () -> cal.holidays("US", "2500"));
        assertTrue(year.getMessage().contains("outside"), year.getMessage());
        CommandException country = assertThrows(CommandException.class, () -> cal.holidays("USA"));
        assertTrue(country.getMessage().contains("unknown country 'USA'"), country.getMessage());
    }

    @Test
    void workWeekSaysWhereItComesFrom() {
        String sa = cal.workweek("SA");
        assertTrue(sa.startsWith("SA works Sun, Mon, Tue, Wed, Thu."), sa);
        assertTrue(sa.contains("Source: calendar/SA.json"), sa);
        String fr = cal.workweek("FR");
        assertTrue(fr.startsWith("FR works Mon, Tue, Wed, Thu, Fri.") && fr.contains("CLDR"), fr);
    }

    @Test
    void nowSaysWhoIsAtWork() {
        String now = cal.now("Asia/Riyadh,SA", "America/New_York,US", "Europe/London,GB");
        assertTrue(now.contains("Fri 11:30") && now.contains("day off: Friday"), now);
        assertTrue(now.contains("Fri 03:30") && now.contains("night"), now);
        assertTrue(now.contains("Fri 08:30") && now.contains("before work (starts in 30 min)"), now);
        CommandException bad = assertThrows(CommandException.class, () -> cal.now("Asia/Tokio,JP"));
        assertTrue(bad.getMessage().contains("unknown time zone 'Asia/Tokio'"), bad.getMessage());
    }

    @Test
    void planMeetingRendersEveryonesLocalTimeAndWhoPays() {
        String out = plan.meeting("--from", "2026-11-27", "--to", "2026-11-27", "--zone", "Europe/London",
                "Faisal=Asia/Riyadh,SA", "Emma=Europe/London,GB");
        assertTrue(out.startsWith("Nothing fits everyone's working hours. Why:"), out);
        assertTrue(out.contains("Faisal (SA) does not work in the range: Friday"), out);
        assertTrue(out.contains("Who pays") && out.contains("Faisal: Friday"), out);
        String thursday = plan.meeting("--from", "2026-11-26", "--to", "2026-11-27", "--zone", "Europe/London",
                "Faisal=Asia/Riyadh,SA", "Emma=Europe/London,GB");
        assertTrue(thursday.startsWith("Times inside everyone's working hours, best first:"), thursday);
        assertTrue(thursday.contains("Thu 26 Nov"), thursday);
        // someone who keeps their own week, days listed with commas: this Faisal works Fridays
        String ownWeek = plan.meeting("--from", "2026-11-27", "--to", "2026-11-27", "--zone", "Europe/London",
                "Faisal=Asia/Riyadh,SA,Mon,Tue,Wed,Thu,Fri 09:00-17:00", "Emma=Europe/London,GB");
        assertTrue(ownWeek.startsWith("Times inside everyone's working hours, best first:"), ownWeek);
        CommandException who = assertThrows(CommandException.class, () -> plan.meeting("Faisal"));
        assertTrue(who.getMessage().contains("not a contact id"), who.getMessage());
        CommandException rotate = assertThrows(CommandException.class, () -> plan.meeting("--rotate", "A=Asia/Tokyo,JP"));
        assertTrue(rotate.getMessage().contains("--weeks 2"), rotate.getMessage());
    }
}
