package io.meridian.calendar.internal.agenda;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.RelationshipFacts;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.calendar.internal.service.FixedCalendars;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agenda keeps the book in memory and reads again only whom the contact events name. */
class AgendaServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final WorkingHours OFFICE = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    private final Map<UUID, RelationshipFacts> people = new LinkedHashMap<>();
    /** Each read: null for the whole book, else the people asked for. */
    private final List<List<UUID>> reads = new ArrayList<>();
    /** When set, a read of the whole book takes its rows, counts {@code wholeReadStarted} down, and waits for this before handing them over. */
    private volatile CountDownLatch holdWholeRead;
    private final CountDownLatch wholeReadStarted = new CountDownLatch(1);

    @SuppressWarnings("unchecked")
    private final RelationshipService relationships = (RelationshipService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{RelationshipService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("relationships")) throw new UnsupportedOperationException(method.getName());
                if (args.length == 3) {
                    reads.add(null);
                    List<RelationshipFacts> rows = new ArrayList<>(people.values());
                    CountDownLatch hold = holdWholeRead;
                    if (hold != null) {
                        wholeReadStarted.countDown();
                        hold.await();
                    }
                    rows.forEach((Consumer<RelationshipFacts>) args[2]);
                } else {
                    List<UUID> asked = new ArrayList<>((Collection<UUID>) args[0]);
                    reads.add(asked);
                    for (UUID id : asked) if (people.containsKey(id)) ((Consumer<RelationshipFacts>) args[3]).accept(people.get(id));
                }
                return null;
            });

    private final AgendaService agenda = new AgendaService(relationships, null, new FixedCalendars(List.of()), Clock.fixed(NOW, ZoneOffset.UTC));

    private RelationshipFacts due(String name, int daysAgo) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        return new RelationshipFacts(id, name, "DE", null, "Europe/Berlin", null, null, null, null, NOW.minusSeconds(86_400L * daysAgo), null, null,
                List.of());
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Agenda.Item i : agenda.view(LocalDate.of(2026, 11, 24), 14, ZoneId.of("Europe/Berlin"), OFFICE, 50).items()) names.addAll(i.names());
        return names;
    }

    private static Event event(String topic, UUID person) {
        return new Event(topic, person == null ? Map.of() : Map.of(ContactEvents.PERSON_ID, person.toString()));
    }

    @Test
    void theBookIsReadOnceThenOnlyThePeopleEventsName() {
        RelationshipFacts anna = due("Anna", 3);
        RelationshipFacts ben = due("Ben", 2);
        people.put(anna.personId(), anna);
        people.put(ben.personId(), ben);
        assertEquals(List.of("Anna", "Ben"), names());
        assertEquals(List.of("Anna", "Ben"), names());
        assertEquals(1, reads.size(), "a second view reads nothing: " + reads);

        RelationshipFacts carl = due("Carl", 5);
        people.put(carl.personId(), carl);
        agenda.handleEvent(event(ContactEvents.PERSON_CREATED, carl.personId()));
        people.remove(ben.personId());
        agenda.handleEvent(event(ContactEvents.PERSON_ERASED, ben.personId()));
        assertEquals(List.of("Carl", "Anna"), names(), "Carl added, Ben erased");
        assertEquals(2, reads.size());
        assertEquals(java.util.Set.of(carl.personId(), ben.personId()), new java.util.HashSet<>(reads.get(1)));

        agenda.handleEvent(event("io/meridian/contacts/CADENCE_CHANGED", null));
        names();
        assertEquals(3, reads.size());
        assertEquals(null, reads.get(2), "an event naming nobody reads the whole book again");
    }

    @Test
    void inTheWorkbenchTheBookIsReadInTheBackgroundAfterTheStartAndNotTwice() throws Exception {
        RelationshipFacts anna = due("Anna", 3);
        people.put(anna.personId(), anna);
        AgendaService started = new AgendaService(relationships, null, new FixedCalendars(List.of()));
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (reads.isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
            started.settleFirstRead();
            assertEquals(1, reads.size(), "read once, by the loader thread, after the start delay");
            List<String> names = new ArrayList<>();
            for (Agenda.Item i : started.view(LocalDate.now(ZoneOffset.UTC), 14, ZoneId.of("Europe/Berlin"), OFFICE, 50).items()) names.addAll(i.names());
            assertEquals(List.of("Anna"), names);
            assertEquals(1, reads.size(), "the first view found the book already read: " + reads);
        } finally {
            started.deactivate();
        }
    }

    /** A clock a test moves on. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aPersonAViewReadAgainDuringABackgroundReadIsNotPutBackAsTheReadFoundThem() throws Exception {
        RelationshipFacts anna = due("Anna", 3);
        people.put(anna.personId(), anna);
        MovingClock clock = new MovingClock(NOW);
        ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor();
        AgendaService kept = new AgendaService(relationships, null, new FixedCalendars(List.of()), clock, loader);
        LocalDate today = LocalDate.of(2026, 11, 24);
        try {
            assertEquals(1, kept.view(today, 14, ZoneId.of("Europe/Berlin"), OFFICE, 50).items().size(), "Anna is due");
            clock.now = NOW.plusSeconds(60);
            holdWholeRead = new CountDownLatch(1);
            kept.loadInBackground(Duration.ZERO);
            assertTrue(wholeReadStarted.await(30, TimeUnit.SECONDS), "the background read began");
            // while it runs, Anna is called: no longer due, and the view reads her again
            RelationshipFacts called = new RelationshipFacts(anna.personId(), "Anna", "DE", null, "Europe/Berlin", null, null, NOW, null,
                    NOW.plusSeconds(86_400L * 30), null, null, List.of());
            people.put(anna.personId(), called);
            kept.handleEvent(event(ContactEvents.INTERACTION_LOGGED, anna.personId()));
            assertEquals(0, kept.view(today, 14, ZoneId.of("Europe/Berlin"), OFFICE, 50).items().size(), "read again: not due");
            holdWholeRead.countDown();
            loader.shutdown();
            assertTrue(loader.awaitTermination(30, TimeUnit.SECONDS));
            // the background read saw Anna before the call; the book it put in place must not bring her back as due
            assertEquals(0, kept.view(today, 14, ZoneId.of("Europe/Berlin"), OFFICE, 50).items().size(), "reads: " + reads);
        } finally {
            holdWholeRead = null;
            loader.shutdownNow();
        }
    }

    @Test
    void aViewBeforeTheBackgroundReadBeginsReadsTheBookItselfOnce() {
        RelationshipFacts anna = due("Anna", 3);
        people.put(anna.personId(), anna);
        AgendaService started = new AgendaService(relationships, null, new FixedCalendars(List.of()));
        try {
            started.view(LocalDate.now(ZoneOffset.UTC), 14, ZoneId.of("Europe/Berlin"), OFFICE, 50);
            assertEquals(1, reads.size(), "the view read it, and the scheduled read was called off");
        } finally {
            started.deactivate();
        }
    }
}
