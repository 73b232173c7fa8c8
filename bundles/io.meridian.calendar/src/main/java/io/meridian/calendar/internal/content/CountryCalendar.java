package io.meridian.calendar.internal.content;

import io.meridian.api.calendar.Greeting;
import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.api.culture.Source;
import io.meridian.calendar.internal.holidays.HolidaySet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one region bundle's {@code calendar/<CC>.json} says about a country: its holiday rules,
 * its work weeks by the date they took effect, the rest days worked instead, the greetings
 * some holidays call for (by holiday id), and the sources.
 */
public record CountryCalendar(String country, HolidaySet holidays, List<WorkWeek> workWeeks, List<WorkingDay> workingDays,
                              Map<String, String> greetings, List<Source> sources) {

    /** A rest day worked instead, and why (China's make-up working days). */
    public record WorkingDay(LocalDate date, String reason) {
        public WorkingDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public CountryCalendar {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(holidays, "holidays");
        workWeeks = List.copyOf(workWeeks);
        workingDays = workingDays.stream().sorted(java.util.Comparator.comparing(WorkingDay::date)).toList();
        greetings = Map.copyOf(greetings);
        sources = List.copyOf(sources);
    }

    /** The holidays of {@code year}, in the whole country or, given one, in a subdivision. */
    public List<Holiday> holidays(int year, Optional<String> subdivision) {
        return holidays.holidays(year, subdivision);
    }

    /** The greetings of {@code year}: for each holiday that has one, on the first day of each occurrence, by date. */
    public List<Greeting> greetings(int year, Optional<String> subdivision) {
        List<Greeting> out = new java.util.ArrayList<>();
        for (HolidaySet.Definition d : holidays.definitions()) {
            String text = greetings.get(d.id());
            if (text == null) continue;
            for (HolidaySet.Start start : holidays.firstDays(d.id(), year, subdivision)) {
                out.add(new Greeting(start.date(), d.names().english(), text, !start.estimated()));
            }
        }
        out.sort(java.util.Comparator.comparing(Greeting::date));
        return out;
    }

    /** The rest days worked instead in {@code year}, by date. */
    public List<WorkingDay> workingDays(int year) {
        return workingDays.stream().filter(w -> w.date().getYear() == year).toList();
    }
}
