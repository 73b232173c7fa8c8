package io.meridian.calendar.internal.workweek;

import com.ibm.icu.util.Calendar;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.calendar.internal.Countries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which days people work in a country on a given date. Work weeks that region bundles provide
 * come first: they follow current practice, with the dates it changed (the UAE moved to Monday
 * to Friday, with a half Friday, in 2022). A country no bundle covers falls back to the weekend
 * that the Unicode CLDR data in ICU4J records for it, which is right for most countries but
 * lags behind changes.
 */
public final class WorkWeeks {

    /** Where a work week came from. */
    public enum Source { PROVIDED, CLDR }

    /** A country's work week on a date, and where it came from. */
    public record Found(WorkWeek week, Source source) {
    }

    private final List<WorkWeek> provided;

    /**
     * @param provided every work week the region bundles provide, in any order
     * @throws IllegalArgumentException if one names an unknown country, or two of a country take effect on the same day
     */
    public WorkWeeks(Collection<WorkWeek> provided) {
        List<WorkWeek> checked = new ArrayList<>();
        Set<String> starts = new java.util.HashSet<>();
        for (WorkWeek w : provided) {
            WorkWeek week = new WorkWeek(Countries.checked(w.country()), w.workingDays(), w.halfDays(), w.effectiveFrom());
            String start = week.country() + " " + week.effectiveFrom().map(LocalDate::toString).orElse("always");
            if (!starts.add(start)) {
                throw new IllegalArgumentException("two work weeks of " + week.country() + " take effect "
                        + week.effectiveFrom().map(d -> "on " + d).orElse("without a date") + "; keep one");
            }
            checked.add(week);
        }
        this.provided = List.copyOf(checked);
    }

    /**
     * The work week of {@code country} on {@code date}: of the provided weeks for the country,
     * the one that took effect last on or before the date; otherwise CLDR's.
     *
     * @throws IllegalArgumentException if {@code country} is not an ISO 3166-1 alpha-2 code
     */
    public Found on(String country, LocalDate date) {
        String code = Countries.checked(country);
        java.util.Objects.requireNonNull(date, "date");
        Optional<WorkWeek> best = provided.stream()
                .filter(w -> w.country().equals(code))
                .filter(w -> w.effectiveFrom().map(from -> !from.isAfter(date)).orElse(true))
                .max(Comparator.comparing((WorkWeek w) -> w.effectiveFrom().orElse(LocalDate.MIN)));
        return best.map(w -> new Found(w, Source.PROVIDED)).orElseGet(() -> new Found(fromCldr(code), Source.CLDR));
    }

    /**
     * CLDR's weekend for the country, turned round into working days. A weekend that starts
     * during a day (its onset after midnight) makes that day a half day until then.
     */
    static WorkWeek fromCldr(String country) {
        Calendar.WeekData data = Calendar.getWeekDataForRegion(country);
        Set<DayOfWeek> rest = EnumSet.noneOf(DayOfWeek.class);
        DayOfWeek onset = dayOf(data.weekendOnset);
        DayOfWeek cease = dayOf(data.weekendCease);
        // a weekend that ends at the start of a day leaves that day to work
        DayOfWeek last = data.weekendCeaseMillis == 0 ? cease.minus(1) : cease;
        for (DayOfWeek d = onset; ; d = d.plus(1)) {
            rest.add(d);
            if (d == last) break;
        }
        Map<DayOfWeek, LocalTime> halfDays = Map.of();
        if (data.weekendOnsetMillis > 0) {
            rest.remove(onset);
            halfDays = Map.of(onset, LocalTime.ofSecondOfDay(data.weekendOnsetMillis / 1000));
        }
        Set<DayOfWeek> working = EnumSet.allOf(DayOfWeek.class);
        working.removeAll(rest);
        working.removeAll(halfDays.keySet());
        return new WorkWeek(country, working, halfDays, Optional.empty());
    }

    /** ICU counts days from Sunday = 1 to Saturday = 7. */
    private static DayOfWeek dayOf(int icuDay) {
        return DayOfWeek.SUNDAY.plus(icuDay - 1L);
    }

    /**
     * The days worked, full and half, in the order the week runs: from the first day worked
     * after a day off (Sunday in Saudi Arabia, Monday in most places).
     */
    public static List<DayOfWeek> ordered(WorkWeek w) {
        DayOfWeek first = DayOfWeek.MONDAY;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (works(w, d) && !works(w, d.minus(1))) {
                first = d;
                break;
            }
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) if (works(w, first.plus(i))) days.add(first.plus(i));
        return days;
    }

    private static boolean works(WorkWeek w, DayOfWeek d) {
        return w.workingDays().contains(d) || w.halfDays().containsKey(d);
    }
}
