package io.meridian.calendar.internal.plan;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.calendar.internal.service.CalendarMessages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether people in a place work on a day, and why not: their work week on that date, the
 * country's (and subdivision's) public and bank holidays on the day they fall or are observed,
 * and the rest days worked instead. One instance serves one question (a plan, an agenda): it
 * remembers each country's years as it reads them.
 */
public final class Days {

    /**
     * One day in one place.
     *
     * @param working whether people work that day at all
     * @param stopsAt on a half day, when work stops
     * @param holiday the holiday that closes it (or, for an observance, that marks it)
     * @param reason in words when the day is not a normal working day: "Saturday", "Golden Week: Constitution Day"
     */
    public record Day(LocalDate date, boolean working, Optional<LocalTime> stopsAt, Optional<Holiday> holiday, String reason) {
    }

    private record Year(Map<LocalDate, Holiday> off, Map<LocalDate, Holiday> marked, Set<LocalDate> workedInstead, boolean known) {
    }

    private final HolidayService holidays;
    private final Map<String, Year> years = new HashMap<>();
    private final Map<String, HolidayService.CountryWeek> weeks = new HashMap<>();

    public Days(HolidayService holidays) {
        this.holidays = holidays;
    }

    /**
     * The day {@code date} for people in {@code country} (and {@code subdivision}); {@code ownWeek}
     * replaces the country's working days when the person keeps their own.
     */
    public Day day(String country, Optional<String> subdivision, LocalDate date, Optional<Set<DayOfWeek>> ownWeek) {
        Year year = year(country, subdivision, date.getYear());
        Holiday off = year.off().get(date);
        if (off != null) {
            boolean observed = !off.date().equals(date);
            return new Day(date, false, Optional.empty(), Optional.of(off), off.englishName() + (observed ? " (observed)" : "")
                    + (off.confirmed() ? "" : ", date estimated"));
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (year.workedInstead().contains(date)) return new Day(date, true, Optional.empty(), Optional.empty(), "");
        WorkWeek week = week(country, date);
        Set<DayOfWeek> working = ownWeek.orElse(week.workingDays());
        Optional<Holiday> marked = Optional.ofNullable(year.marked().get(date));
        if (working.contains(dow)) return new Day(date, true, Optional.empty(), marked, "");
        LocalTime half = ownWeek.isPresent() ? null : week.halfDays().get(dow);
        if (half != null) return new Day(date, true, Optional.of(half), marked, "half day, work stops at " + half);
        return new Day(date, false, Optional.empty(), marked, dayName(dow) + ", not a working day in " + (ownWeek.isPresent() ? "their week" : country));
    }

    /** Whether a region bundle or service covers the country's holidays (else every day is taken as having none). */
    public boolean knowsHolidays(String country, Optional<String> subdivision, int year) {
        return year(country, subdivision, year).known();
    }

    /** Why {@link #knowsHolidays} is false, and what to do. */
    public String whyUnknown(String country, Optional<String> subdivision, int year) {
        return CalendarMessages.unknown(holidays, country, subdivision, year);
    }

    /** The country's public and bank holidays in {@code year}, where they fall. */
    public List<Holiday> holidays(String country, Optional<String> subdivision, int year) {
        return holidays.holidays(country, subdivision, year).holidays();
    }

    private WorkWeek week(String country, LocalDate date) {
        return weeks.computeIfAbsent(country + "/" + date, k -> holidays.workWeek(country, date)).week();
    }

    private Year year(String country, Optional<String> subdivision, int y) {
        String key = country + "/" + subdivision.orElse("") + "/" + y;
        Year year = years.get(key);
        if (year != null) return year;
        Map<LocalDate, Holiday> off = new HashMap<>();
        Map<LocalDate, Holiday> marked = new HashMap<>();
        HolidayService.HolidayYear found = holidays.holidays(country, subdivision, y);
        for (Holiday h : found.holidays()) {
            if (h.type() == Holiday.Type.OBSERVANCE) {
                marked.putIfAbsent(h.date(), h);
                continue;
            }
            h.observedOn().ifPresentOrElse(o -> off.putIfAbsent(o, h), () -> off.putIfAbsent(h.date(), h));
            if (h.observedOn().isPresent()) marked.putIfAbsent(h.date(), h);
        }
        // a holiday of the next or previous year observed in this one (New Year's Day observed on 31 December)
        year = new Year(off, marked, new HashSet<>(found.workingDays()), found.known());
        years.put(key, year);
        return year;
    }

    private static String dayName(DayOfWeek d) {
        String n = d.name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
