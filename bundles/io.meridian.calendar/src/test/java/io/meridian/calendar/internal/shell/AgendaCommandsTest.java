package io.meridian.calendar.internal.shell;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.api.shell.CommandException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaCommandsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T07:00:00Z"), BERLIN);
    private static final UUID TANAKA = UUID.fromString("6f1c0d3e-8a7b-4c55-9e0f-1a2b3c4d5e6f");

    /** An agenda that answers what the test set, and remembers what it was asked. */
    private static final class FixedAgenda implements Agenda {
        LocalDate from;
        int days;
        ZoneId zone;

        @Override
        public View view(LocalDate from, int days, ZoneId userZone, WorkingHours userHours, int limit) {
            this.from = from;
            this.days = days;
            this.zone = userZone;
            ZonedDateTime theirs = ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
            BestTime best = new BestTime(theirs, theirs.plusHours(2), theirs.withZoneSameInstant(userZone), theirs.plusHours(2).withZoneSameInstant(userZone),
                    false, "send 09:00–11:00 their time (Wed 25 Nov) = 01:00–03:00 yours: schedule it");
            Item item = new Item(Kind.FOLLOW_UP, List.of(TANAKA), List.of("Tanaka Hiroshi"), 1, "JP", from.minusDays(1), true,
                    "follow up on the meeting of 21 Nov", Optional.of(best), Optional.empty(), "follow-up-" + TANAKA + "-" + from.minusDays(1));
            return new View(from, from.plusDays(days), userZone, List.of(item), Map.of(Kind.FOLLOW_UP, 1, Kind.CONTACT_DUE, 3), 4,
                    List.of("2 contacts have no time zone or country on record"));
        }

        @Override
        public Advice advise(UUID personId, Instant at, ZoneId userZone, WorkingHours userHours) {
            if (!personId.equals(TANAKA)) throw new ContactNotFoundException("no contact has the id " + personId);
            return new Advice(personId, "Tanaka Hiroshi", false, at.atZone(ZoneId.of("Asia/Tokyo")),
                    "No: it is Tuesday 16:00 in Tokyo... after their working day", Optional.empty());
        }
    }

    @Test
    void theAgendaShowsReasonsBestTimesCountsAndWhatIsLeft() {
        FixedAgenda agenda = new FixedAgenda();
        String out = new AgendaCommands(agenda, CLOCK).agenda("--days", "7");
        assertEquals(LocalDate.of(2026, 11, 24), agenda.from);
        assertEquals(7, agenda.days);
        assertEquals(BERLIN, agenda.zone);
        assertTrue(out.startsWith("4 things to do from Tue 24 Nov to Tue 1 Dec"), out);
        assertTrue(out.contains("overdue") && out.contains("Tanaka Hiroshi (JP)") && out.contains("schedule it"), out);
        assertTrue(out.contains("3 more: agenda --limit 4"), out);
        assertTrue(out.contains("Note: 2 contacts have no time zone"), out);
    }

    @Test
    void badOptionsAndUnknownContactsAreExplained() {
        AgendaCommands commands = new AgendaCommands(new FixedAgenda(), CLOCK);
        CommandException days = assertThrows(CommandException.class, () -> commands.agenda("--days", "90"));
        assertTrue(days.getMessage().contains("--days"), days.getMessage());
        CommandException zone = assertThrows(CommandException.class, () -> commands.agenda("--zone", "Europe/Berln"));
        assertTrue(zone.getMessage().contains("unknown time zone 'Europe/Berln'"), zone.getMessage());
        CommandException id = assertThrows(CommandException.class, () -> commands.advise("tanaka"));
        assertTrue(id.getMessage().contains("not a contact id"), id.getMessage());
        CommandException missing = assertThrows(CommandException.class, () -> commands.advise(UUID.randomUUID().toString()));
        assertTrue(missing.getMessage().startsWith("no contact has the id"), missing.getMessage());
        assertTrue(commands.advise(TANAKA.toString()).startsWith("Tanaka Hiroshi: No: it is Tuesday 16:00 in Tokyo"));
    }
}
