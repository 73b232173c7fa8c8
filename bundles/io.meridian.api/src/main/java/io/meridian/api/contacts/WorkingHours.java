package io.meridian.api.contacts;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Objects;

/** When a person works, in their own time zone: {@code 09:00-17:30}. */
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) throw new IllegalArgumentException("working hours must start before they end: " + start + "-" + end);
    }

    /** Parses {@code HH:MM-HH:MM}. */
    public static WorkingHours parse(String text) {
        String[] parts = text.strip().split("\\s*[-–]\\s*");
        try {
            if (parts.length == 2) return new WorkingHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (DateTimeException e) {
            // reported below with the expected shape
        }
        throw new IllegalArgumentException("\"" + text + "\" is not working hours: write 09:00-17:30 in the person's local time");
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
