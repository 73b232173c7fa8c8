package io.meridian.api.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day on which people in a country (or part of it) do not work, or mark an occasion.
 *
 * @param date the day itself
 * @param localName the name in the country's main language
 * @param englishName the name in English
 * @param type public holiday, bank holiday or observance
 * @param confirmed false when the date was computed ahead of an official announcement
 *        (a lunar or Hijri date, for instance) and may move by a day
 * @param observedOn the working day that replaces it when it falls on a rest day, if any
 */
public record Holiday(LocalDate date, String localName, String englishName, Type type, boolean confirmed,
        Optional<LocalDate> observedOn) {

    /** How widely a holiday stops work. */
    public enum Type { PUBLIC, BANK, OBSERVANCE }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(observedOn, "observedOn");
    }
}
