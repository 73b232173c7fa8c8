package io.meridian.api.calendar;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;
import java.util.Optional;

/**
 * The holidays of one country, or of one subdivision of it. Register as an OSGi service.
 * When two calendars cover the same country and subdivision, the one with the higher
 * {@code service.ranking} wins.
 */
@ConsumerType
public interface HolidayCalendar {

    /** ISO 3166-1 alpha-2 code of the country this calendar covers. */
    String country();

    /** ISO 3166-2 subdivision code ({@code "DE-BY"}), or empty for the whole country. */
    Optional<String> subdivision();

    /**
     * The holidays in a year, in date order.
     *
     * @throws IllegalArgumentException if the calendar has no rules for that year
     */
    List<Holiday> holidays(int year);

    /**
     * The rest days worked instead in a year, in date order: China moves weekends to make a
     * holiday longer (调休). None by default.
     *
     * @throws IllegalArgumentException if the calendar has no rules for that year
     * @since 1.1
     */
    default List<java.time.LocalDate> workingDays(int year) {
        return List.of();
    }

    /**
     * The holidays of a year that call for a greeting, with the words to use. None by default.
     *
     * @throws IllegalArgumentException if the calendar has no rules for that year
     * @since 1.1
     */
    default List<Greeting> greetings(int year) {
        return List.of();
    }
}
