package io.meridian.benchmark.calendar;

import io.meridian.benchmark.BenchmarkException;
import io.meridian.calendar.internal.content.CalendarFile;
import io.meridian.calendar.internal.content.CountryCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 22 country calendars the benchmark has always measured, kept to those so that figures
 * stay comparable: Australia from the calendar bundle's test fixture
 * ({@code bundles/io.meridian.calendar/src/test/resources/fixture/content/calendar}), the rest
 * from the region packs ({@code regions/…/src/main/resources/content/calendar}), which the build puts
 * into the benchmark jar so that a run does not depend on the source tree, read with
 * the bundle's own {@link CalendarFile} as a region bundle's content is.
 */
final class FixtureCalendars {

    /** The countries with a calendar file under {@code calendar/}. */
    static final List<String> COUNTRIES = List.of("AE", "AU", "BR", "CA", "CN", "DE", "ES", "FR", "GB", "IL", "IN", "IT", "JP", "KR",
            "MX", "NL", "PL", "SA", "SE", "SG", "TR", "US");

    private FixtureCalendars() {
    }

    static List<CountryCalendar> read() throws BenchmarkException {
        List<CountryCalendar> calendars = new ArrayList<>();
        for (String country : COUNTRIES) {
            String resource = "/calendar/" + country + ".json";
            String text;
            try (InputStream in = FixtureCalendars.class.getResourceAsStream(resource)) {
                if (in == null) throw new BenchmarkException(resource + " is not in the benchmark jar; rebuild releng/benchmark");
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BenchmarkException("cannot read " + resource + " from the benchmark jar: " + e.getMessage(), e);
            }
            CalendarFile.Result r = CalendarFile.read("meridian-benchmark", "content/calendar/" + country + ".json", text);
            if (!r.problems().isEmpty() || r.calendar().isEmpty()) {
                throw new BenchmarkException(resource + " no longer reads cleanly: " + r.problems() + ". Fix the file in the calendar bundle's"
                        + " fixture or its region pack, and rebuild releng/benchmark");
            }
            calendars.add(r.calendar().get());
        }
        return calendars;
    }
}
