package io.meridian.calendar.internal.plan;

import io.meridian.calendar.internal.holidays.DateRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a day falls in Ramadan where most people fast: working hours are shorter (Saudi
 * Arabia's labour law caps the day at six hours for Muslim workers; the UAE shortens the private
 * sector's day by two hours) and evenings are for iftar. The month is the ninth of the Umm al-Qura calendar, so its days are
 * estimates: sighting the moon can move its start by a day.
 */
final class Ramadan {

    /**
     * Countries where most people are Muslim (Pew Research Center, "The Future of the Global
     * Muslim Population", 2011, table of Muslim population by country; Kosovo from its 2011 census).
     */
    static final Set<String> MUSLIM_MAJORITY = Set.of("AF", "AE", "AZ", "BD", "BH", "BN", "DJ", "DZ", "EG", "GM", "GN", "ID", "IQ", "IR", "JO",
            "KG", "KM", "KW", "KZ", "LB", "LY", "MA", "MR", "MV", "ML", "MY", "NE", "OM", "PK", "PS", "QA", "SA", "SD", "SL", "SN", "SO", "SY",
            "TD", "TJ", "TM", "TN", "TR", "UZ", "XK", "YE", "AL", "BA");

    private static final DateRule FIRST = new DateRule.Hijri(9, 1);
    private static final DateRule AFTER = new DateRule.Hijri(10, 1);
    private static final Map<Integer, List<LocalDate[]>> SPANS = new ConcurrentHashMap<>();

    private Ramadan() {
    }

    /** A flag for the day when it is in Ramadan in {@code country}. */
    static Optional<String> during(String country, LocalDate date) {
        if (!MUSLIM_MAJORITY.contains(country)) return Optional.empty();
        for (LocalDate[] span : spans(date.getYear())) {
            if (!date.isBefore(span[0]) && date.isBefore(span[1])) {
                return Optional.of(country + ": Ramadan (" + span[0] + " to " + span[1].minusDays(1)
                        + ", estimated) — shorter working hours, and evenings kept for iftar");
            }
        }
        return Optional.empty();
    }

    /** Each Ramadan that touches {@code year}: its first day and the day after its last. */
    private static List<LocalDate[]> spans(int year) {
        return SPANS.computeIfAbsent(year, y -> {
            List<LocalDate[]> spans = new java.util.ArrayList<>();
            for (int from = Math.max(DateRule.FIRST_YEAR, y - 1); from <= Math.min(DateRule.LAST_YEAR, y); from++) {
                for (LocalDate start : FIRST.datesIn(from)) {
                    for (int to = from; to <= Math.min(DateRule.LAST_YEAR, from + 1); to++) {
                        for (LocalDate end : AFTER.datesIn(to)) {
                            if (end.isAfter(start) && end.isBefore(start.plusDays(32))) spans.add(new LocalDate[]{start, end});
                        }
                    }
                }
            }
            return List.copyOf(spans);
        });
    }
}
