package io.meridian.support.shell;

import io.meridian.api.shell.CommandException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandOptionsTest {

    private static final String[] USAGE = {
            "contacts:log - test",
            "Usage: contacts:log PERSON [OPTIONS] [SUMMARY...]",
            "  --channel=CHANNEL          how",
            "  --at=WHEN                  when",
            "  --limit=N                  how many",
            "  --overdue                  a flag",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:log Anna --channel call Talked"};

    @Test
    void optionsAndOperandsMayBeMixed() {
        CommandOptions opt = CommandOptions.parse(USAGE, "Anna", "--channel", "call", "Talked", "about", "--overdue", "it");
        assertEquals("call", opt.text("channel"));
        assertTrue(opt.isSet("overdue"));
        assertFalse(opt.isSet("at"));
        assertNull(opt.text("at"));
        assertFalse(opt.isSet("nickname"), "an option the usage does not define is simply not set");
        assertEquals(List.of("Anna", "Talked", "about", "it"), opt.operands());
    }

    @Test
    void unknownOptionNamesTheCommandSuggestsTheClosestAndPointsToHelp() {
        CommandException e = assertThrows(CommandException.class, () -> CommandOptions.parse(USAGE, "Anna", "--chanel", "call"));
        assertEquals("contacts:log: invalid option '--chanel' (did you mean --channel?); 'contacts:log --help' shows the options",
                e.getMessage());
    }

    @Test
    void helpPrintsTheWholeUsageWithTheExample() {
        CommandOptions opt = CommandOptions.parse(USAGE, "--help");
        assertTrue(opt.help());
        assertTrue(opt.usage().startsWith("contacts:log - test"), opt.usage());
        assertTrue(opt.usage().contains("contacts:log Anna --channel call Talked"), opt.usage());
    }

    @Test
    void numbersOutsideTheirRangeNameTheOptionAndTheRange() {
        assertEquals(20, CommandOptions.parse(USAGE).number("limit", 1, 500, 20));
        assertEquals(5, CommandOptions.parse(USAGE, "--limit", "5").number("limit", 1, 500, 20));
        CommandException e = assertThrows(CommandException.class,
                () -> CommandOptions.parse(USAGE, "--limit", "1000").number("limit", 1, 500, 20));
        assertEquals("--limit: \"1000\" is not a whole number from 1 to 500", e.getMessage());
    }

    @Test
    void datesAreIsoOrRelativeWords() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertEquals(LocalDate.of(2026, 12, 1), CommandOptions.date("--due", "2026-12-01", today));
        assertEquals(today, CommandOptions.date("--due", "Today", today));
        assertEquals(today.minusDays(1), CommandOptions.date("--due", "yesterday", today));
        assertEquals(today.plusDays(1), CommandOptions.date("--due", "tomorrow", today));
        CommandException e = assertThrows(CommandException.class, () -> CommandOptions.date("--due", "2026-13-01", today));
        assertTrue(e.getMessage().startsWith("--due: \"2026-13-01\" is not a date"), e.getMessage());
    }

    @Test
    void momentIsADateAndTimeOrTheStartOfADayInTheGivenZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(Instant.parse("2026-11-20T13:00:00Z"),
                CommandOptions.parse(USAGE, "--at", "2026-11-20T14:00").moment("at", berlin, null));
        assertEquals(Instant.parse("2026-11-19T23:00:00Z"),
                CommandOptions.parse(USAGE, "--at", "2026-11-20").moment("at", berlin, null));
        CommandException e = assertThrows(CommandException.class,
                () -> CommandOptions.parse(USAGE, "--at", "2026-11-20T25:00").moment("at", berlin, null));
        assertTrue(e.getMessage().startsWith("--at: \"2026-11-20T25:00\" is not a date and time"), e.getMessage());
    }

    @Test
    void wrongNumberOfOperandsSaysWhatIsExpected() {
        CommandException e = assertThrows(CommandException.class, () -> CommandOptions.parse(USAGE).expectOperands(1, 1, "the PERSON"));
        assertEquals("contacts:log needs the PERSON; 'contacts:log --help' shows an example", e.getMessage());
    }
}
