package io.meridian.calendar.internal.ics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as {@link IcsWriter} puts it in an iCalendar (RFC 5545) file.
 *
 * @param uid          stable across exports, so a subscribed calendar updates the event instead of adding a copy
 * @param summary      the title calendars show
 * @param description  the notes; empty for none
 * @param when         the days or the wall-clock time it takes
 * @param location     where, if anywhere
 * @param categories   tags, in order; none is fine
 * @param transparency whether the event makes its owner busy
 */
public record IcsEvent(String uid, String summary, String description, When when, Optional<String> location,
                       List<String> categories, Transparency transparency) {

    public IcsEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(transparency, "transparency");
        if (uid.isBlank()) {
            throw new IllegalArgumentException("event \"" + summary + "\" has a blank UID: give it one that stays the same across exports,"
                    + " so calendars update it instead of adding a copy");
        }
        categories = List.copyOf(categories);
        for (String category : categories) {
            if (category.isBlank()) {
                throw new IllegalArgumentException("event " + uid + " has a blank category: leave it out or name it");
            }
        }
    }

    /** When an event happens: whole days, or a wall-clock time in a time zone. */
    public sealed interface When permits AllDay, Timed {
    }

    /**
     * Whole days, from {@code first} up to but not including {@code endExclusive}, which is how
     * RFC 5545 counts a DTEND that is a date: a one-day holiday on 1 May ends on 2 May.
     */
    public record AllDay(LocalDate first, LocalDate endExclusive) implements When {

        public AllDay {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(endExclusive, "endExclusive");
            if (!first.isBefore(endExclusive)) {
                throw new IllegalArgumentException("an all-day event must end after its first day: " + first + " to " + endExclusive
                        + " (the end is the day after the last day, so a one-day event on " + first + " ends on " + first.plusDays(1) + ")");
            }
        }

        /** The single day {@code day}. */
        public static AllDay on(LocalDate day) {
            return new AllDay(day, day.plusDays(1));
        }

        /** The last day the event covers. */
        public LocalDate last() {
            return endExclusive.minusDays(1);
        }
    }

    /**
     * Starts at {@code start} on the clocks of {@code zone} and lasts {@code duration} of elapsed
     * time. A region zone (Europe/Berlin) is written with its TZID and a VTIMEZONE, so calendars
     * keep the local time; a bare offset ({@link ZoneOffset}) is written as UTC with a Z.
     */
    public record Timed(LocalDateTime start, ZoneId zone, Duration duration) implements When {

        public Timed {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("an event cannot last a negative time: " + duration + " from " + start + " " + zone.getId());
            }
        }

        /**
         * The moment it starts. As in {@code WallClock}, a time the clocks skip is taken as the same
         * time after the jump, and a time they repeat as its first occurrence.
         */
        public ZonedDateTime startsAt() {
            return start.atZone(zone);
        }

        /**
         * The event that starts at {@code start}: on the clocks of {@code zone} when its local time
         * names that instant alone; in UTC when the local time is repeated or skipped there (the
         * hour the clocks go back), so that no calendar can place it an hour off.
         */
        public static Timed at(java.time.Instant start, ZoneId zone, Duration duration) {
            LocalDateTime local = LocalDateTime.ofInstant(start, zone);
            if (zone.getRules().getValidOffsets(local).size() == 1) return new Timed(local, zone, duration);
            return new Timed(LocalDateTime.ofInstant(start, ZoneOffset.UTC), ZoneOffset.UTC, duration);
        }

        /** The moment it ends: {@link #duration} of elapsed time after {@link #startsAt()}, on the zone's clocks. */
        public ZonedDateTime endsAt() {
            return startsAt().plus(duration);
        }
    }

    /** Whether an event makes its owner busy (RFC 5545 TRANSP). */
    public enum Transparency {
        /** Busy: free/busy lookups and meeting planners keep the time clear. */
        OPAQUE,
        /** Free: shown, but it blocks nothing (a holiday elsewhere, a reminder). */
        TRANSPARENT
    }
}
