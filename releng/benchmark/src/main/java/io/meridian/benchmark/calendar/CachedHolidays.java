package io.meridian.benchmark.calendar;

import io.meridian.api.calendar.HolidayService;
import io.meridian.api.culture.ContentProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A holiday service that keeps each answer per country, subdivision and year, as the running
 * workbench's {@code CalendarService} does until the calendars change; the work weeks are
 * looked up each time, as there. {@code FixedCalendars}, which the harness wraps, works every
 * year out again when asked: that is the first question after a start or a new region bundle,
 * this is every question after it. The calendar service itself needs a framework (it tracks
 * services), so its cache is repeated here rather than run.
 */
final class CachedHolidays implements HolidayService {

    private final HolidayService calendars;
    private final Map<String, HolidayYear> years = new ConcurrentHashMap<>();

    CachedHolidays(HolidayService calendars) {
        this.calendars = calendars;
    }

    @Override
    public HolidayYear holidays(String country, Optional<String> subdivision, int year) {
        String key = country.toUpperCase(Locale.ROOT) + "/" + subdivision.orElse("").toUpperCase(Locale.ROOT) + "/" + year;
        HolidayYear cached = years.get(key);
        if (cached != null) return cached;
        HolidayYear answer = calendars.holidays(country, subdivision, year);
        years.put(key, answer);
        return answer;
    }

    @Override
    public CountryWeek workWeek(String country, LocalDate on) {
        return calendars.workWeek(country, on);
    }

    @Override
    public List<CalendarSource> calendars() {
        return calendars.calendars();
    }

    @Override
    public List<ContentProblem> problems() {
        return calendars.problems();
    }
}
