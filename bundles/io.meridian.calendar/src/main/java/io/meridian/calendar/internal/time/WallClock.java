package io.meridian.calendar.internal.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Wall-clock times in a zone, turned into instants on purpose. Meridian keeps what recurs as a
 * local time and a zone id ("Tuesdays 09:00 Europe/Berlin"), because that is what the people
 * involved agreed on. On most days that names one instant. On the day the clocks go forward it
 * names none, and on the day they go back it names two; {@link #resolve} then says so, so that
 * a meeting never moves silently.
 */
public final class WallClock {

    /** What a local time turned out to be on a given day. */
    public enum Kind {
        /** One instant, as on most days. */
        EXACT,
        /** The clocks jumped over it; the same time after the jump is taken (02:30 in a 02:00→03:00 gap is 03:30). */
        SKIPPED,
        /** The clocks went back over it, so it happened twice; the first is taken, the second is the alternative. */
        REPEATED
    }

    /**
     * A local time on a day in a zone, and the instant chosen for it.
     *
     * @param alternative for {@link Kind#REPEATED}, the second time the clock showed it
     * @param shift for {@link Kind#SKIPPED} and {@link Kind#REPEATED}, how far the clocks moved
     */
    public record Resolved(LocalDateTime local, ZoneId zone, ZonedDateTime at, Kind kind, Optional<ZonedDateTime> alternative,
                           Duration shift) {

        public Resolved {
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(alternative, "alternative");
            Objects.requireNonNull(shift, "shift");
        }

        /** One sentence for the user when the day is not an ordinary one; empty when it is. */
        public Optional<String> explanation() {
            LocalTime time = local.toLocalTime();
            return switch (kind) {
                case EXACT -> Optional.empty();
                case SKIPPED -> Optional.of(time + " does not exist on " + local.toLocalDate() + " in " + zone.getId()
                        + ": the clocks go forward " + length(shift) + " there. It is taken as " + at.toLocalTime()
                        + (at.toLocalDate().equals(local.toLocalDate()) ? "" : " on " + at.toLocalDate()) + " (" + offset(at.getOffset()) + ").");
                case REPEATED -> Optional.of(time + " happens twice on " + local.toLocalDate() + " in " + zone.getId()
                        + ": the clocks go back " + length(shift) + " there. The first is taken (" + offset(at.getOffset())
                        + "); the second is " + length(shift) + " later (" + offset(alternative.orElseThrow().getOffset()) + ").");
            };
        }
    }

    private WallClock() {
    }

    /** The instant {@code time} on {@code date} names in {@code zone}, and whether the clocks made it unusual. */
    public static Resolved resolve(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return new Resolved(local, zone, ZonedDateTime.ofStrict(local, offsets.get(0), zone), Kind.EXACT, Optional.empty(), Duration.ZERO);
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        Duration shift = transition.getDuration().abs();
        if (offsets.isEmpty()) {
            ZonedDateTime after = ZonedDateTime.ofStrict(local.plus(transition.getDuration()), transition.getOffsetAfter(), zone);
            return new Resolved(local, zone, after, Kind.SKIPPED, Optional.empty(), shift);
        }
        ZonedDateTime first = ZonedDateTime.ofStrict(local, transition.getOffsetBefore(), zone);
        ZonedDateTime second = ZonedDateTime.ofStrict(local, transition.getOffsetAfter(), zone);
        return new Resolved(local, zone, first, Kind.REPEATED, Optional.of(second), shift);
    }

    /**
     * A weekly time: {@code first}'s wall-clock time in {@code zone} on the same day of the week,
     * for {@code weeks} weeks from {@code first}'s date, each resolved as {@link #resolve} does,
     * so a week whose clocks skip or repeat the time says so.
     */
    public static List<Resolved> weekly(LocalDateTime first, ZoneId zone, int weeks) {
        List<Resolved> out = new java.util.ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) out.add(resolve(first.toLocalDate().plusWeeks(w), first.toLocalTime(), zone));
        return out;
    }

    /** "1 hour", "30 minutes", "1 hour 30 minutes". */
    static String length(Duration d) {
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = minutes == 0 ? "" : minutes + (minutes == 1 ? " minute" : " minutes");
        return h.isEmpty() ? m : m.isEmpty() ? h : h + " " + m;
    }

    /** "UTC+05:45", "UTC". */
    static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
}
