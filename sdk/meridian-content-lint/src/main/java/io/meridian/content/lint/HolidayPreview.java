package io.meridian.content.lint;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.calendar.internal.content.CalendarFile;
import io.meridian.calendar.internal.content.CountryCalendar;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a calendar file gives, as the workbench reads it: its work weeks, then each year's
 * holidays with their weekday, type, whether the date is confirmed, and the observed day. A pack
 * author compares this with the official list before shipping the file.
 */
final class HolidayPreview {

    private HolidayPreview() {
    }

    /** Prints the preview of {@code text} (the file {@code file}) for the years, in the subdivision if given; false when the file has problems. */
    static boolean print(String file, String text, int fromYear, int toYear, Optional<String> subdivision, PrintStream out) {
        CalendarFile.Result read = CalendarFile.read("preview", file, text);
        if (!read.problems().isEmpty() || read.calendar().isEmpty()) {
            read.problems().forEach(p -> out.println(p));
            if (read.problems().isEmpty()) out.println(file + " gave no calendar");
            return false;
        }
        CountryCalendar calendar = read.calendar().get();
        for (WorkWeek w : calendar.workWeeks()) {
            out.println("work week" + w.effectiveFrom().map(d -> " from " + d).orElse("") + ": " + days(w.workingDays().stream().sorted().toList())
                    + (w.halfDays().isEmpty() ? "" : ", half days " + w.halfDays().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> day(e.getKey()) + " until " + e.getValue()).collect(Collectors.joining(", "))));
        }
        for (int year = fromYear; year <= toYear; year++) {
            out.println(calendar.country() + subdivision.map(s -> " " + s).orElse("") + " " + year + ":");
            for (Holiday h : calendar.holidays(year, subdivision)) {
                out.printf("  %s %s  %-10s %-9s %s (%s)%s%n", h.date(), day(h.date().getDayOfWeek()), h.type().name().toLowerCase(Locale.ROOT),
                        h.confirmed() ? "confirmed" : "estimated", h.englishName(), h.localName(),
                        h.observedOn().map(o -> ", observed " + o + " " + day(o.getDayOfWeek())).orElse(""));
            }
            for (CountryCalendar.WorkingDay w : calendar.workingDays(year)) {
                out.println("  " + w.date() + " " + day(w.date().getDayOfWeek()) + "  worked instead: " + w.reason());
            }
        }
        return true;
    }

    private static String days(List<DayOfWeek> days) {
        return days.stream().map(HolidayPreview::day).collect(Collectors.joining(" "));
    }

    private static String day(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
