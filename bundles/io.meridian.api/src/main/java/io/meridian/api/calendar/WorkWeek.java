package io.meridian.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The days people work in a country, from a date on.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param workingDays the full working days
 * @param halfDays days worked until the given local time ({@code FRIDAY → 12:00} in the UAE)
 * @param effectiveFrom the first day this week applies, or empty if it always has
 */
public record WorkWeek(String country, Set<DayOfWeek> workingDays, Map<DayOfWeek, LocalTime> halfDays,
        Optional<LocalDate> effectiveFrom) {

    public WorkWeek {
        Objects.requireNonNull(country, "country");
        workingDays = Set.copyOf(workingDays);
        halfDays = Map.copyOf(halfDays);
        for (DayOfWeek day : halfDays.keySet()) {
            if (workingDays.contains(day)) {
                throw new IllegalArgumentException(day + " is listed both as a full working day and as a half day");
            }
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
