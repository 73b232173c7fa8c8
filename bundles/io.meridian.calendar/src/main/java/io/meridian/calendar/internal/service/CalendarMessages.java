package io.meridian.calendar.internal.service;

import io.meridian.api.calendar.HolidayService;

import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;

/** What the shell, REST and the planner's notes say the same way about calendars. */
public final class CalendarMessages {

    /** What to do about a country no calendar covers. */
    public static final String HOW_TO_ADD = "drop a region bundle with its content/calendar/<CC>.json into plugins/ (docs/extending.md §2.2)";

    private CalendarMessages() {
    }

    /**
     * Why {@code service} knows no holidays of a country (and subdivision) in {@code year}, and
     * what to do. Either no calendar covers it, or the calendars that do gave nothing for that
     * year (they threw, and the service's problems say what they said).
     */
    public static String unknown(HolidayService service, String country, Optional<String> subdivision, int year) {
        List<String> covering = service.calendars().stream()
                .filter(c -> c.country().equals(country) && (c.subdivision().isEmpty() || c.subdivision().equals(subdivision)))
                .map(HolidayService.CalendarSource::source).distinct().toList();
        String where = country + subdivision.map(s -> " (" + s + ")").orElse("");
        if (covering.isEmpty()) return "no holiday calendar covers " + where + "; " + HOW_TO_ADD;
        return "the holiday calendar of " + where + " from " + String.join(", ", covering) + " gave no holidays for " + year
                + "; cal:status (GET /api/v1/calendar/status) says why";
    }

    /** What to say when date arithmetic leaves the range java.time or the calendar can handle. */
    public static String outOfRange(DateTimeException e) {
        return "a date is out of range (" + e.getMessage() + "): dates run from " + HolidayService.FIRST_YEAR + " to " + HolidayService.LAST_YEAR
                + "; give days inside that range";
    }
}
