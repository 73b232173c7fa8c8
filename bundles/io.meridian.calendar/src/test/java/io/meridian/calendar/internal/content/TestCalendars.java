package io.meridian.calendar.internal.content;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Country calendars written inline in a test, read as a region bundle's file would be, and required to be valid. */
public final class TestCalendars {

    private TestCalendars() {
    }

    /** {@code body} is the file's fields after {@code country} and {@code sources}: {@code "holidays": [...]}. */
    public static CountryCalendar calendar(String country, String body) {
        CalendarFile.Result r = CalendarFile.read("test", "content/calendar/" + country + ".json",
                "{\"country\": \"" + country + "\", \"sources\": [{\"citation\": \"test\"}], " + body + "}");
        assertEquals(List.of(), r.problems());
        return r.calendar().orElseThrow();
    }
}
