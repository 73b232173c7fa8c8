package io.meridian.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A holiday that calls for a greeting to people who keep it, and the words to use.
 *
 * @param date the day to greet on
 * @param holiday the holiday's English name
 * @param text the greeting itself, in the country's language or the one people use ("Eid Mubarak")
 * @since 1.1
 */
public record Greeting(LocalDate date, String holiday, String text) {
    public Greeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(text, "text");
    }
}
