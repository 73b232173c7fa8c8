package io.meridian.calendar.internal.ics;

import java.time.Instant;
import java.util.Objects;

/**
 * A time someone is busy, from {@code start} up to but not including {@code end}.
 *
 * @param summary the event's title, or for a free/busy period its kind ("Busy", "Busy (tentative)",
 *                "Unavailable"); empty when the file gives none
 */
public record Busy(Instant start, Instant end, String summary) {

    public Busy {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a busy time must end after it starts: " + start + " to " + end);
        }
    }
}
