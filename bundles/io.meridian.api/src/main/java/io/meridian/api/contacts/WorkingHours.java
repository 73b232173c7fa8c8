package io.meridian.api.contacts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When a person works, in their own time zone: {@code 09:00-17:30}, or with the days they keep
 * when these differ from their country's week: {@code Sun-Thu 08:00-16:00}.
 *
 * @param days the days they work; empty means their country's work week
 */
public record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) throw new IllegalArgumentException("working hours must start before they end: " + start + "-" + end);
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Hours on the days of their country's work week. */
    public WorkingHours(LocalTime start, LocalTime end) {
        this(start, end, Set.of());
    }

    /**
     * Parses {@code HH:MM-HH:MM}, optionally after the days: a range ({@code Sun-Thu}) or a list
     * ({@code Mon,Tue,Thu}), in English three-letter names.
     */
    public static WorkingHours parse(String text) {
        String t = text.strip();
        Set<DayOfWeek> days = Set.of();
        int space = t.indexOf(' ');
        if (space > 0 && Character.isLetter(t.charAt(0))) {
            days = days(t.substring(0, space), text);
            t = t.substring(space + 1).strip();
        }
        String[] parts = t.split("\\s*[-–]\\s*");
        try {
            if (parts.length == 2) return new WorkingHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]), days);
        } catch (DateTimeException e) {
            // reported below with the expected shape
        }
        throw new IllegalArgumentException("\"" + text + "\" is not working hours: write 09:00-17:30 in the person's local time, "
                + "with their days first if they differ from their country's week (Sun-Thu 08:00-16:00)");
    }

    private static Set<DayOfWeek> days(String spec, String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String[] range = spec.split("[-–]");
        if (range.length == 2) {
            DayOfWeek from = day(range[0], text);
            DayOfWeek to = day(range[1], text);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) break;
            }
            return days;
        }
        for (String name : spec.split(",")) days.add(day(name, text));
        return days;
    }

    private static DayOfWeek day(String name, String text) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 3 && d.name().startsWith(n)) return d;
        }
        throw new IllegalArgumentException("\"" + text + "\": \"" + name.strip() + "\" is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    @Override
    public String toString() {
        return days.isEmpty() ? start + "-" + end : daysText() + " " + start + "-" + end;
    }

    /** The days as written back: a range where they run on ({@code Sun-Thu}), else a list. */
    private String daysText() {
        List<DayOfWeek> sorted = new ArrayList<>(EnumSet.copyOf(days));
        // a run starts at a day whose day before is not worked
        for (DayOfWeek first : DayOfWeek.values()) {
            if (!days.contains(first) || days.contains(first.minus(1)) && days.size() < 7) continue;
            boolean run = true;
            for (int i = 0; i < days.size(); i++) run &= days.contains(first.plus(i));
            if (run) return name(first) + (days.size() == 1 ? "" : "-" + name(first.plus(days.size() - 1L)));
        }
        return String.join(",", sorted.stream().map(WorkingHours::name).toList());
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
