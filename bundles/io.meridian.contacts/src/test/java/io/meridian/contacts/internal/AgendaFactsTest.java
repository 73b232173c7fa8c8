package io.meridian.contacts.internal;

import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.RelationshipFacts;
import io.meridian.api.contacts.WorkingHours;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the agenda reads of the book in one pass, and a person's own work week kept with their hours. */
class AgendaFactsTest {

    private final ContactBook book = ContactBook.onH2();

    @Test
    void everyMigrationInTheFolderIsListedInOrder() throws Exception {
        Path folder = Path.of(ContactStore.class.getResource("/" + ContactStore.MIGRATIONS).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(files.map(p -> p.getFileName().toString()).sorted().toList(), ContactStore.MIGRATION_FILES);
        }
    }

    @Test
    void workingHoursKeepTheDaysAPersonWorksWhenTheyDifferFromTheirCountry() {
        WorkingHours gulf = WorkingHours.parse("Sun-Thu 08:00-16:00");
        assertEquals(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), gulf.days());
        assertEquals("Sun-Thu 08:00-16:00", gulf.toString());
        assertEquals("Mon,Wed,Fri 09:00-13:00", WorkingHours.parse("mon,wed,fri 09:00-13:00").toString());
        assertEquals("09:00-17:30", WorkingHours.parse("09:00-17:30").toString());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse("Sun-Thx 08:00-16:00"));
        assertTrue(bad.getMessage().contains("\"Thx\" is not a day"), bad.getMessage());

        PersonDraft d = PersonDraft.named("Faisal", "Al-Harbi", "AE");
        Person p = book.contacts.create(new PersonDraft(d.givenName(), d.familyName(), null, null, null, "AE", null, "Asia/Dubai", null, null, null,
                null, gulf, null, null, null, null, null, null, null, null), Origin.SHELL);
        assertEquals(gulf, book.contacts.get(p.id()).fields().workingHours());
    }

    @Test
    void oneReadGivesDuesBirthdaysTheLatestInteractionAndOpenPromisesDueSoon() {
        PersonDraft d = PersonDraft.named("Hiroshi", "Tanaka", "JP");
        Person p = book.contacts.create(new PersonDraft(d.givenName(), d.familyName(), null, null, null, "JP", "JP-13", "Asia/Tokyo", null, null, null,
                null, WorkingHours.parse("09:00-18:00"), null, null, null, new Birthday(null, 3, 14), null, null, null, null), Origin.SHELL);
        Person other = book.contacts.create(PersonDraft.named("Anna", "Schmidt", "DE"), Origin.SHELL);
        book.relationships.logInteraction(p.id(), new NewInteraction(Channel.EMAIL, book.clock.instant().minus(Duration.ofDays(20)), Direction.OUTBOUND,
                "old mail"), Origin.SHELL);
        book.relationships.logInteraction(p.id(), new NewInteraction(Channel.MEETING, book.clock.instant().minus(Duration.ofDays(2)), Direction.OUTBOUND,
                "workshop"), Origin.SHELL);
        LocalDate today = LocalDate.of(2026, 11, 20);
        book.relationships.promise(p.id(), new NewCommitment("send the deck", Party.ME, today.plusDays(3)), Origin.SHELL);
        book.relationships.promise(p.id(), new NewCommitment("later thing", Party.ME, today.plusDays(60)), Origin.SHELL);

        List<RelationshipFacts> all = new ArrayList<>();
        book.relationships.relationships(book.clock.instant().minus(Duration.ofDays(7)), today.plusDays(16), all::add);
        assertEquals(2, all.size());
        RelationshipFacts tanaka = all.stream().filter(f -> f.personId().equals(p.id())).findFirst().orElseThrow();
        assertEquals("Tanaka Hiroshi", tanaka.displayName());
        assertEquals("JP-13", tanaka.subdivision());
        assertEquals("Asia/Tokyo", tanaka.timeZone());
        assertEquals(new Birthday(null, 3, 14), tanaka.birthday());
        assertEquals("workshop", tanaka.lastInteraction().summary(), "the latest of the recent ones");
        assertEquals(List.of("send the deck"), tanaka.openCommitments().stream().map(c -> c.what()).toList());
        assertTrue(tanaka.contactDue().isAfter(book.clock.instant()), "just met: the next contact is due later");
        RelationshipFacts anna = all.stream().filter(f -> f.personId().equals(other.id())).findFirst().orElseThrow();
        assertNull(anna.lastInteraction());
        assertNull(anna.timeZone());
    }
}
