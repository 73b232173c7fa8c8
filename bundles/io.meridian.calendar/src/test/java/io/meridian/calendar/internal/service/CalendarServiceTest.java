package io.meridian.calendar.internal.service;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayCalendar;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.api.calendar.WorkWeekProvider;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The holiday service's whiteboard: who wins, what a broken calendar costs, and what is said about it. */
class CalendarServiceTest {

    /** A service reference with an id, a ranking and a source, ordered as the framework orders them. */
    private record Ref<S>(long id, int ranking, String source) implements ServiceReference<S> {
        @Override
        public Object getProperty(String key) {
            return switch (key) {
                case Constants.SERVICE_ID -> id;
                case Constants.SERVICE_RANKING -> ranking;
                case CalendarExtender.SOURCE -> source;
                default -> null;
            };
        }

        @Override
        public String[] getPropertyKeys() {
            return new String[]{Constants.SERVICE_ID, Constants.SERVICE_RANKING, CalendarExtender.SOURCE};
        }

        @Override
        public Bundle getBundle() {
            return null;
        }

        @Override
        public Bundle[] getUsingBundles() {
            return null;
        }

        @Override
        public boolean isAssignableTo(Bundle bundle, String className) {
            return true;
        }

        @Override
        public int compareTo(Object other) {
            Ref<?> o = (Ref<?>) other;
            if (ranking != o.ranking) return Integer.compare(ranking, o.ranking);
            return Long.compare(o.id, id); // the lower id ranks higher
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            return new Hashtable<>(Map.of(Constants.SERVICE_ID, id, Constants.SERVICE_RANKING, ranking, CalendarExtender.SOURCE, source));
        }

        @Override
        public <A> A adapt(Class<A> type) {
            return null;
        }
    }

    /** A calendar for {@code country} (and {@code subdivision}) whose years {@code holidays} gives. */
    private static HolidayCalendar calendar(String country, Optional<String> subdivision, IntFunction<List<Holiday>> holidays) {
        return new HolidayCalendar() {
            @Override
            public String country() {
                return country;
            }

            @Override
            public Optional<String> subdivision() {
                return subdivision;
            }

            @Override
            public List<Holiday> holidays(int year) {
                return holidays.apply(year);
            }
        };
    }

    /** A calendar whose one holiday, 1 May, is called {@code name}. */
    private static HolidayCalendar calendar(String country, Optional<String> subdivision, String name) {
        return calendar(country, subdivision, year -> List.of(new Holiday(LocalDate.of(year, 5, 1), name, name, Holiday.Type.PUBLIC, true, Optional.empty())));
    }

    private static HolidayCalendar broken(String country) {
        return calendar(country, Optional.empty(), year -> {
            throw new IllegalStateException("the rules file went missing");
        });
    }

    private static String name(HolidayService.HolidayYear y) {
        return y.holidays().isEmpty() ? "" : y.holidays().get(0).englishName();
    }

    @Test
    void theHighestRankingWinsAndASubdivisionsOwnCalendarBeatsTheCountrys() {
        CalendarService service = new CalendarService();
        service.addCalendar(new Ref<>(1, 0, "pack.a"), calendar("DE", Optional.empty(), "from a"));
        service.addCalendar(new Ref<>(2, 0, "pack.b"), calendar("DE", Optional.empty(), "from b"));
        assertEquals("from a", name(service.holidays("DE", Optional.empty(), 2026)), "equal rankings: the older service");
        service.addCalendar(new Ref<>(3, 100, "pack.c"), calendar("DE", Optional.empty(), "from c"));
        assertEquals("from c", name(service.holidays("de", Optional.empty(), 2026)), "a higher ranking wins, and the cache follows");
        service.addCalendar(new Ref<>(4, 0, "pack.by"), calendar("DE", Optional.of("DE-BY"), "bavarian"));
        assertEquals("bavarian", name(service.holidays("DE", Optional.of("de-by"), 2026)));
        assertEquals("from c", name(service.holidays("DE", Optional.of("DE-BE"), 2026)), "no Berlin calendar: the country's");
        service.removeCalendar(new Ref<>(3, 100, "pack.c"));
        assertEquals("from a", name(service.holidays("DE", Optional.empty(), 2026)));
        assertEquals("pack.a", service.holidays("DE", Optional.empty(), 2026).source().orElseThrow());
    }

    @Test
    void warmingWorksOutThisYearAndNextOnceForEveryPlaceCovered() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        CalendarService service = new CalendarService();
        for (Optional<String> subdivision : List.of(Optional.<String>empty(), Optional.of("DE-BY"))) {
            service.addCalendar(new Ref<>(subdivision.isPresent() ? 2 : 1, 0, "pack"), calendar("DE", subdivision, year -> {
                asked.add(subdivision.orElse("DE") + " " + year);
                return List.of();
            }));
        }
        service.warm(2026);
        assertEquals(List.of("DE 2026", "DE 2027", "DE-BY 2026", "DE-BY 2027"), asked);
        service.holidays("DE", Optional.of("DE-BY"), 2027);
        service.holidays("DE", Optional.empty(), 2026);
        assertEquals(4, asked.size(), "answered from the warmed cache: " + asked);
        service.warm(2100);
        assertEquals("DE-BY 2100", asked.get(asked.size() - 1), "no year past the last is asked for");
    }

    @Test
    void aCalendarThatThrowsIsLeftOutExplainedAndTheNextOneAnswers() {
        CalendarService service = new CalendarService();
        service.addCalendar(new Ref<>(1, 10, "pack.broken"), broken("JP"));
        HolidayService.HolidayYear none = service.holidays("JP", Optional.empty(), 2026);
        assertFalse(none.known(), "no working calendar: unknown, not an empty year");
        assertTrue(service.problems().get(0).toString().contains("pack.broken"), service.problems().toString());
        assertTrue(service.problems().get(0).message().contains("the rules file went missing"), service.problems().toString());
        assertEquals("the holiday calendar of JP from pack.broken gave no holidays for 2026; cal:status (GET /api/v1/calendar/status) says why",
                CalendarMessages.unknown(service, "JP", Optional.empty(), 2026), "a calendar that failed is named, not called missing");
        assertTrue(CalendarMessages.unknown(service, "KR", Optional.empty(), 2026).startsWith("no holiday calendar covers KR; drop a region bundle"));
        service.addCalendar(new Ref<>(5, 0, "pack.osaka"), calendar("JP", Optional.of("JP-27"), "Osaka"));
        assertEquals("the holiday calendar of JP (JP-13) from pack.broken gave no holidays for 2026; cal:status (GET /api/v1/calendar/status)"
                + " says why", CalendarMessages.unknown(service, "JP", Optional.of("JP-13"), 2026), "another subdivision's calendar is not named");
        service.removeCalendar(new Ref<>(5, 0, "pack.osaka"));
        service.addCalendar(new Ref<>(2, 0, "pack.good"), calendar("JP", Optional.empty(), "Showa Day"));
        assertEquals("Showa Day", name(service.holidays("JP", Optional.empty(), 2026)));
        service.removeCalendar(new Ref<>(1, 10, "pack.broken"));
        assertEquals(List.of(), service.problems(), "its problem goes with it");
    }

    @Test
    void workWeeksComeWholeFromTheBestProviderOfEachCountryAndCldrFillsIn() {
        CalendarService service = new CalendarService();
        WorkWeekProvider gulf = () -> List.of(
                new WorkWeek("AE", EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                        Map.of(), Optional.empty()),
                new WorkWeek("AE", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                        Map.of(DayOfWeek.FRIDAY, LocalTime.NOON), Optional.of(LocalDate.of(2022, 1, 1))));
        service.addWorkWeeks(new Ref<>(1, 0, "pack.gulf"), gulf);
        assertEquals(Map.of(DayOfWeek.FRIDAY, LocalTime.NOON), service.workWeek("AE", LocalDate.of(2026, 1, 1)).week().halfDays());
        assertEquals("pack.gulf", service.workWeek("AE", LocalDate.of(2026, 1, 1)).source());
        assertTrue(service.workWeek("AE", LocalDate.of(2021, 1, 1)).week().workingDays().contains(DayOfWeek.SUNDAY));
        assertTrue(service.workWeek("FR", LocalDate.of(2026, 1, 1)).fromCldr());
        WorkWeekProvider inconsistent = () -> List.of(new WorkWeek("QA", EnumSet.of(DayOfWeek.SUNDAY), Map.of(), Optional.empty()),
                new WorkWeek("QA", EnumSet.of(DayOfWeek.MONDAY), Map.of(), Optional.empty()));
        service.addWorkWeeks(new Ref<>(2, 0, "pack.bad"), inconsistent);
        assertTrue(service.workWeek("QA", LocalDate.of(2026, 1, 1)).fromCldr(), "a provider contradicting itself is left out");
        assertTrue(service.problems().stream().anyMatch(p -> p.bundle().equals("pack.bad") && p.message().contains("take effect")),
                service.problems().toString());
        IllegalArgumentException country = assertThrows(IllegalArgumentException.class, () -> service.workWeek("XY", LocalDate.of(2026, 1, 1)));
        assertTrue(country.getMessage().startsWith("unknown country 'XY'"));
        IllegalArgumentException sub = assertThrows(IllegalArgumentException.class, () -> service.holidays("DE", Optional.of("FR-75"), 2026));
        assertTrue(sub.getMessage().contains("is not an ISO 3166-2 subdivision of DE"), sub.getMessage());
    }
}
