package io.meridian.calendar.internal.service;

import io.meridian.api.calendar.HolidayService;
import io.meridian.api.culture.ContentProblem;
import io.meridian.calendar.internal.Countries;
import io.meridian.calendar.internal.content.CountryCalendar;
import io.meridian.calendar.internal.workweek.WorkWeeks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A holiday service over a fixed set of country calendars, read from content files without a
 * framework: what the tests and the benchmark harness plan with. The running workbench uses
 * {@link CalendarService}, which follows bundles as they come and go.
 */
public final class FixedCalendars implements HolidayService {

    private final Map<String, CountryCalendar> byCountry = new TreeMap<>();
    private final WorkWeeks weeks;

    public FixedCalendars(List<CountryCalendar> calendars) {
        List<io.meridian.api.calendar.WorkWeek> all = new ArrayList<>();
        for (CountryCalendar c : calendars) {
            if (byCountry.put(c.country(), c) != null) throw new IllegalArgumentException("two calendars for " + c.country());
            all.addAll(c.workWeeks());
        }
        weeks = new WorkWeeks(all);
    }

    @Override
    public HolidayYear holidays(String country, Optional<String> subdivision, int year) {
        String code = Countries.checked(country);
        if (year < FIRST_YEAR || year > LAST_YEAR) throw new IllegalArgumentException("year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        CountryCalendar c = byCountry.get(code);
        Optional<String> sub = subdivision.map(s -> s.toUpperCase(Locale.ROOT));
        if (c == null) return new HolidayYear(code, sub, year, List.of(), List.of(), List.of(), Optional.empty());
        return new HolidayYear(code, sub, year, c.holidays(year, sub),
                c.workingDays(year).stream().map(CountryCalendar.WorkingDay::date).toList(), c.greetings(year, sub), Optional.of("calendar/" + code + ".json"));
    }

    @Override
    public CountryWeek workWeek(String country, LocalDate on) {
        WorkWeeks.Found found = weeks.on(country, on);
        return new CountryWeek(found.week(), found.source() == WorkWeeks.Source.CLDR ? CountryWeek.CLDR : "calendar/" + found.week().country() + ".json");
    }

    @Override
    public List<CalendarSource> calendars() {
        return byCountry.keySet().stream().map(c -> new CalendarSource(c, Optional.empty(), "calendar/" + c + ".json")).toList();
    }

    @Override
    public List<ContentProblem> problems() {
        return List.of();
    }
}
