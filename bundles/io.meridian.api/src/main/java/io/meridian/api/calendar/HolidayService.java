package io.meridian.api.calendar;

import io.meridian.api.culture.ContentProblem;
import org.osgi.annotation.versioning.ProviderType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What Meridian knows about the days of every country: holidays, the rest days worked instead,
 * and the work week. It is built from every {@link HolidayCalendar} and {@link WorkWeekProvider}
 * registered (region bundles' content among them) and changes as bundles come and go.
 */
@ProviderType
public interface HolidayService {

    /** The first and last years holidays are worked out for. */
    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2100;

    /**
     * The holidays of a country, or of a subdivision of it, in a year.
     *
     * @param country ISO 3166-1 alpha-2 code
     * @param subdivision ISO 3166-2 code within the country ({@code "DE-BY"}); empty for the whole country
     * @return the holidays; {@link HolidayYear#known()} is false when no calendar covers the country
     * @throws IllegalArgumentException for an unknown country, a subdivision of another country, or a year outside
     *         {@link #FIRST_YEAR}–{@link #LAST_YEAR}, saying which
     */
    HolidayYear holidays(String country, Optional<String> subdivision, int year);

    /**
     * The work week of a country on a date: the one a region bundle provides, else CLDR's.
     *
     * @throws IllegalArgumentException for an unknown country
     */
    CountryWeek workWeek(String country, LocalDate on);

    /** Every country and subdivision a calendar covers, with where it comes from, by code. */
    List<CalendarSource> calendars();

    /** What is wrong with the calendar content of installed bundles; those files are not used. */
    List<ContentProblem> problems();

    /**
     * A country's holidays in one year.
     *
     * @param workingDays rest days worked instead that year (China's make-up working days), by date
     * @param greetings the holidays that call for a greeting, by date
     * @param source the bundle or service the holidays come from; empty when none covers the country
     */
    record HolidayYear(String country, Optional<String> subdivision, int year, List<Holiday> holidays, List<LocalDate> workingDays,
                       List<Greeting> greetings, Optional<String> source) {
        public HolidayYear {
            holidays = List.copyOf(holidays);
            workingDays = List.copyOf(workingDays);
            greetings = List.copyOf(greetings);
        }

        /** Whether any calendar covers the country: without one, no holidays is not the same as none. */
        public boolean known() {
            return source.isPresent();
        }
    }

    /**
     * A work week and where it comes from.
     *
     * @param source the bundle or service that provides it, or {@code "CLDR"} when it is the fallback
     */
    record CountryWeek(WorkWeek week, String source) {
        /** The name {@link #source()} has when the week is CLDR's. */
        public static final String CLDR = "CLDR";

        public boolean fromCldr() {
            return CLDR.equals(source);
        }
    }

    /**
     * A calendar in use.
     *
     * @param subdivision empty for the whole country
     * @param source the bundle or service it comes from
     */
    record CalendarSource(String country, Optional<String> subdivision, String source) {
    }
}
