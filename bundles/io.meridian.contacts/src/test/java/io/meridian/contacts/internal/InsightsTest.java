package io.meridian.contacts.internal;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.Health;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightsTest {

    private final ContactBook book = ContactBook.onH2();
    private final Insights insights = new Insights(book.store);

    private Person add(String given, String country, String zone) {
        return book.contacts.create(new PersonDraft(given, "Tester", null, null, null, country, null, zone, null, null, null, null,
                null, List.of(), null, null, null, null, null, null, null), Origin.SHELL);
    }

    @Test
    void healthHistoryEndsWithTodaysHealthAndShowsTheDeclineOfASilentRelationship() {
        Person anna = add("Anna", "DE", "Europe/Berlin");
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.CALL, book.clock.instant(), Direction.OUTBOUND, null), Origin.SHELL);
        book.clock.advance(Duration.ofDays(70));

        List<Health> history = insights.healthHistory(anna.id(), 52, 7);

        assertEquals(11, history.size(), "weekly points from the day she was added, not before: " + history);
        Health today = book.health.health(anna.id());
        assertEquals(today.score(), history.get(history.size() - 1).score(), "the last point is today's health");
        assertEquals(today.asOf(), history.get(history.size() - 1).asOf());
        int first = history.get(0).score();
        assertTrue(first > today.score(), "ten weeks of silence lower the score: " + first + " → " + today.score());
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i).score() <= history.get(i - 1).score(), "silence never raises health: " + history);
        }
    }

    @Test
    void aPromiseCountsAgainstHealthOnlyOnceItIsOverdueAndNotBeforeItWasMade() {
        Person bo = add("Bo", "SE", "Europe/Stockholm");
        book.relationships.logInteraction(bo.id(), new NewInteraction(Channel.IN_PERSON, book.clock.instant(), Direction.OUTBOUND, null), Origin.SHELL);
        book.clock.advance(Duration.ofDays(14));
        LocalDate today = book.store.today();
        book.relationships.promise(bo.id(), new NewCommitment("Send the draft", Party.ME, today.minusDays(1)), Origin.SHELL);

        List<Health> history = insights.healthHistory(bo.id(), 4, 7);

        Map<String, Integer> before = points(history.get(history.size() - 2));
        Map<String, Integer> now = points(history.get(history.size() - 1));
        assertEquals(25, before.get("commitments"), "a week ago the promise did not exist yet: " + history);
        assertEquals(15, now.get("commitments"), "today it is overdue without notice: " + history);
    }

    @Test
    void interactionsAreCountedPerMonthAndCountryWithEveryMonthPresent() {
        Person anna = add("Anna", "DE", "Europe/Berlin");
        Person kenji = add("Kenji", "JP", "Asia/Tokyo");
        Person nobody = add("Nobody", null, null);
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.CALL, book.clock.instant().minus(Duration.ofDays(40)),
                Direction.OUTBOUND, null), Origin.SHELL);
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.EMAIL, book.clock.instant(), Direction.OUTBOUND, null), Origin.SHELL);
        book.relationships.logInteraction(kenji.id(), new NewInteraction(Channel.EMAIL, book.clock.instant(), Direction.INBOUND, null), Origin.SHELL);
        book.relationships.logInteraction(nobody.id(), new NewInteraction(Channel.CALL, book.clock.instant(), Direction.INBOUND, null), Origin.SHELL);
        book.relationships.logInteraction(kenji.id(), new NewInteraction(Channel.CALL, book.clock.instant().minus(Duration.ofDays(800)),
                Direction.OUTBOUND, null), Origin.SHELL);

        Map<String, Map<String, Integer>> months = insights.interactionsByMonth(12);

        assertEquals(12, months.size());
        assertEquals(List.of("2025-12", "2026-11"), List.of(months.keySet().iterator().next(), List.copyOf(months.keySet()).get(11)));
        assertEquals(Map.of("DE", 1, "JP", 1, "unknown", 1), months.get("2026-11"));
        assertEquals(Map.of("DE", 1), months.get("2026-10"));
        assertEquals(3 + 1, months.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum(),
                "the call of two years ago is outside the twelve months");
    }

    @Test
    void peopleAreCountedByCountryTimeZoneAndBandLargestFirst() {
        add("A", "DE", "Europe/Berlin");
        add("B", "DE", "Europe/Berlin");
        add("C", "JP", "Asia/Tokyo");
        add("D", null, null);

        Map<String, Object> places = insights.peopleByPlace();

        assertEquals(4L, places.get("total"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> countries = (List<Map<String, Object>>) places.get("byCountry");
        assertEquals(Map.of("value", "DE", "count", 2L), countries.get(0));
        assertTrue(countries.contains(Map.of("value", "unknown", "count", 1L)), countries.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> zones = (List<Map<String, Object>>) places.get("byTimeZone");
        assertEquals("Europe/Berlin", zones.get(0).get("value"));
        @SuppressWarnings("unchecked")
        Map<String, Long> bands = (Map<String, Long>) places.get("byBand");
        assertEquals(4L, bands.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Map<String, Integer> points(Health h) {
        return h.reasons().stream().collect(java.util.stream.Collectors.toMap(Health.Reason::factor, Health.Reason::points));
    }
}
