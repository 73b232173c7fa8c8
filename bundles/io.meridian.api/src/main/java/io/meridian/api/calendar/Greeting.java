package io.meridian.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A holiday that calls for a greeting to people who keep it, and the words to use.
 *
 * @param date the day to greet on
 * @param holiday the holiday's English name
 * @param text the greeting itself, in the country's language or the one people use ("Eid Mubarak")
 * @param confirmed {@code false} when the date is computed ahead of an announcement (a lunar or
 *        Hijri date) and may still move by a day, as {@link Holiday#confirmed()}
 * @since 1.1
 */
public record Greeting(LocalDate date, String holiday, String text, boolean confirmed) {
    public Greeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(text, "text");
    }

    /** A greeting on a date that is certain. */
    public Greeting(LocalDate date, String holiday, String text) {
        this(date, holiday, text, true);
    }
}
