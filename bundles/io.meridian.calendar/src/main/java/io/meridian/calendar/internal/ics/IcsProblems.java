package io.meridian.calendar.internal.ics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.io.ParseWarning;

/**
 * Which of biweekly's parse warnings make a file unusable for busy times, said as a person can act on.
 *
 * <p>biweekly reads leniently: a value it cannot parse becomes a warning and the file reads on.
 * That is right for a GEO or an ATTACH nobody here looks at, and wrong for anything that decides
 * when someone is busy: a broken DTSTART would silently drop a meeting. So a warning is fatal
 * when it is about a property {@link IcsBusyReader} reads, about the file's structure, or about a
 * time zone that cannot be found.
 */
final class IcsProblems {

    private static final String DATE_FIX = "write a day as 20250314, or a time as 20250314T093000 followed by Z for UTC"
            + " or preceded by ;TZID=Europe/Berlin before the colon";

    /** What each property the reader relies on should look like. */
    private static final Map<String, String> FIXES = Map.ofEntries(
            Map.entry("DTSTART", DATE_FIX),
            Map.entry("DTEND", DATE_FIX),
            Map.entry("RDATE", DATE_FIX),
            Map.entry("EXDATE", DATE_FIX),
            Map.entry("RECURRENCE-ID", DATE_FIX),
            Map.entry("DURATION", "write a length such as PT1H30M or P1D"),
            Map.entry("RRULE", "write a rule such as FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20251231T235959Z (RFC 5545, section 3.3.10)"),
            Map.entry("FREEBUSY", "write each period as start/end or start/length in UTC, such as"
                    + " 20250314T090000Z/20250314T100000Z or 20250314T090000Z/PT1H"),
            Map.entry("STATUS", "write one of TENTATIVE, CONFIRMED or CANCELLED"),
            Map.entry("TRANSP", "write OPAQUE or TRANSPARENT"),
            Map.entry("TZOFFSETFROM", "write an offset such as +0100 or -0530"),
            Map.entry("TZOFFSETTO", "write an offset such as +0100 or -0530"));

    private static final String STRUCTURE_FIX = "every line must read NAME:value, and a long line may go on in the next line"
            + " only if that line starts with a space";

    /** biweekly's "no VTIMEZONE and no such Olson id" warning. */
    private static final int UNKNOWN_TIMEZONE = 38;
    /** biweekly's "nameless parameter, guessed" warning: the guess is right for what is read here. */
    private static final int NAMELESS_PARAMETER = 4;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private IcsProblems() {
    }

    /** @throws IllegalArgumentException naming the first fatal warning, if there is one */
    static void refuseFatal(List<ParseWarning> warnings) {
        List<String> fatal = new ArrayList<>();
        for (ParseWarning warning : warnings) {
            describeIfFatal(warning, fatal);
        }
        if (fatal.isEmpty()) {
            return;
        }
        String more = fatal.size() == 1 ? "" : " (and " + (fatal.size() - 1) + " more problem" + (fatal.size() == 2 ? "" : "s") + ")";
        throw new IllegalArgumentException("Not a usable iCalendar file: " + fatal.get(0) + more);
    }

    private static void describeIfFatal(ParseWarning warning, List<String> fatal) {
        Integer code = warning.getCode();
        if (code != null && code == UNKNOWN_TIMEZONE) {
            Matcher id = QUOTED.matcher(warning.getMessage());
            String tzid = id.find() ? id.group(1) : warning.getMessage();
            fatal.add("the time zone \"" + tzid + "\" is neither defined in the file (no VTIMEZONE has that TZID) nor an IANA time zone."
                    + " Export the calendar with its time zones included, or use an IANA id such as Europe/Berlin.");
            return;
        }
        if (code != null && code == NAMELESS_PARAMETER) {
            return;
        }
        String property = warning.getPropertyName();
        String where = warning.getLineNumber() == null ? "" : "line " + warning.getLineNumber() + ", ";
        if (property == null) {
            if (warning.getLineNumber() != null) {
                fatal.add(where + sentence(warning.getMessage()) + " Fix: " + STRUCTURE_FIX + ".");
            }
            return;
        }
        String fix = FIXES.get(property.toUpperCase(Locale.ROOT));
        if (fix != null) {
            fatal.add(where + property + ": " + sentence(warning.getMessage()) + " Fix: " + fix + ".");
        }
    }

    private static String sentence(String message) {
        String trimmed = message.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }
}
