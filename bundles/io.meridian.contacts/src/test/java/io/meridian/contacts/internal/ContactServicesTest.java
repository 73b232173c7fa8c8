package io.meridian.contacts.internal;

import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.CommitmentStatus;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.ContactExport;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.Health;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.IntroductionPath;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Page;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.StaleEditException;
import io.meridian.api.contacts.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contact services on a real database; {@code ContactServicesOnPostgresIT} runs the same tests on PostgreSQL. */
public class ContactServicesTest {

    private final ContactBook book = newBook();

    /** The services under test, on an empty database. */
    protected ContactBook newBook() {
        return ContactBook.onH2();
    }

    private Person add(String given, String family, String country, String... tags) {
        PersonDraft d = PersonDraft.named(given, family, country);
        return book.contacts.create(new PersonDraft(d.givenName(), d.familyName(), null, null, null, country, null, null,
                null, null, null, null, null, List.of(tags), null, null, null, null, null, null, null), Origin.SHELL);
    }

    private Instant daysAgo(int days) {
        return book.clock.instant().minus(Duration.ofDays(days));
    }

    @Test
    void createNormalisesFieldsAndWritesFamilyNameFirstWhereThatIsTheCustom() {
        PersonDraft draft = new PersonDraft("Taro", "Yamada", null, null, "Director", "jp", null, "Asia/Tokyo",
                List.of("ja", "en_GB"), List.of(new ContactPoint("Taro.Yamada@Example.COM", "work")),
                List.of(new ContactPoint("03-1234-5678", "office")), List.of(Channel.EMAIL, Channel.IN_PERSON),
                WorkingHours.parse("09:30-18:00"), List.of("Partner", "partner"), null, Map.of("ski", "yes"), null, null,
                Map.of("HubSpot", "5121"), null, null);
        Person p = book.contacts.create(draft, Origin.SHELL);
        assertEquals("Yamada Taro", p.displayName());
        assertEquals("JP", p.fields().country());
        assertEquals(List.of("ja", "en-GB"), p.fields().languages());
        assertEquals("Taro.Yamada@example.com", p.fields().emails().get(0).value());
        assertEquals("+81312345678", p.fields().phones().get(0).value());
        assertEquals(List.of("partner"), p.fields().tags());
        assertEquals(Map.of("hubspot", "5121"), p.fields().externalIds());
        assertEquals(30, p.cadenceDays());
        assertEquals(365, p.inPersonCadenceDays());
        assertEquals(p.id(), book.contacts.findByExternalId("hubspot", "5121").orElseThrow().id());
        assertEquals(ContactEvents.PERSON_CREATED, book.events.get(0).getTopic());
        assertEquals("山田太郎", DisplayNames.display("太郎", "山田", null, "JP"));
        assertEquals("Kovács Anna", DisplayNames.display("Anna", "Kovács", null, "HU"));
        assertEquals("Anna Schmidt", DisplayNames.display("Anna", "Schmidt", null, "DE"));
    }

    @Test
    void invalidDraftNamesEveryBadFieldAtOnce() {
        PersonDraft bad = new PersonDraft("Anna", "Schmidt", null, null, null, "XX", "FR-75", "Europe/Berlinn", List.of("zz-??"),
                List.of(ContactPoint.of("anna@@example")), List.of(ContactPoint.of("+49 123")), null, null, null, null, null,
                null, null, null, 0, null);
        InvalidContactException e = assertThrows(InvalidContactException.class, () -> book.contacts.create(bad, Origin.API));
        assertEquals(List.of("country", "timeZone", "languages[0]", "emails[0]", "phones[0]", "cadenceDays"),
                List.copyOf(e.fields().keySet()));
        InvalidContactException named = assertThrows(InvalidContactException.class,
                () -> book.contacts.create(PersonDraft.named("A", "B", "Germany"), Origin.API));
        assertTrue(named.fields().get("country").contains("did you mean DE"), named.getMessage());
        assertThrows(InvalidContactException.class, () -> book.contacts.create(PersonDraft.named(" ", null, "DE"), Origin.API));
    }

    @Test
    void valuesLongerThanTheDatabaseHoldsAreNamedNotFailed() {
        PersonDraft tooLong = new PersonDraft("Anna", "Schmidt", null, null, null, "DE", null, null, null,
                List.of(new ContactPoint("anna@example.com", "w".repeat(201))), null, null, null, null, "n".repeat(100_001),
                Map.of("Favourite", "x".repeat(2001)), null, null, Map.of("crm", "9".repeat(1001)), null, null);
        InvalidContactException e = assertThrows(InvalidContactException.class, () -> book.contacts.create(tooLong, Origin.API));
        assertEquals(List.of("emails[0].label", "customFields.Favourite", "externalIds.crm", "notes"), List.copyOf(e.fields().keySet()));
        assertTrue(e.fields().get("notes").contains("at most 100000 characters"), e.getMessage());
        assertEquals(0, query(null, null, null, null).total(), "nothing was stored");
    }

    @Test
    void staleUpdateIsRefusedAndTheFirstChangeStays() {
        Person p = add("Anna", "Schmidt", "DE");
        PersonDraft first = withTitle(p.fields(), "CEO");
        Person updated = book.contacts.update(p.id(), p.version(), first, Origin.API);
        assertEquals(p.version() + 1, updated.version());
        StaleEditException stale = assertThrows(StaleEditException.class,
                () -> book.contacts.update(p.id(), p.version(), withTitle(p.fields(), "CFO"), Origin.UI));
        assertEquals(updated.version(), stale.currentVersion());
        assertEquals("CEO", book.contacts.get(p.id()).fields().title());
        var history = book.contacts.history(p.id());
        assertEquals("updated", history.get(0).action());
        assertTrue(history.get(0).after().contains("CEO"));
        assertEquals(Origin.API, history.get(0).origin());
    }

    private static PersonDraft withTitle(PersonDraft d, String title) {
        return new PersonDraft(d.givenName(), d.familyName(), d.nameOrder(), d.organisationId(), title, d.country(), d.subdivision(),
                d.timeZone(), d.languages(), d.emails(), d.phones(), d.preferredChannels(), d.workingHours(), d.tags(), d.notes(),
                d.customFields(), d.birthday(), d.owner(), d.externalIds(), d.cadenceDays(), d.inPersonCadenceDays());
    }

    @Test
    void searchFiltersSortsAndPages() {
        var org = book.contacts.createOrganisation(new OrganisationDraft("Müller Logistik GmbH", "DE", "mueller.example", null), Origin.SHELL);
        PersonDraft d = PersonDraft.named("Jürgen", "Weiß", "DE");
        book.contacts.create(new PersonDraft(d.givenName(), d.familyName(), null, org.id(), null, "DE", null, null, null, null,
                null, null, null, List.of("supplier"), null, null, null, "kim", null, null, null), Origin.SHELL);
        Person anna = add("Anna", "Schmidt", "DE", "partner");
        add("Marie", "Dubois", "FR", "partner");
        add("Wei", "Chen", "CN");
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.CALL, daysAgo(3), Direction.OUTBOUND, "Q1 plan"), Origin.SHELL);
        book.clock.advance(Duration.ofDays(40));

        assertEquals(List.of("Jürgen Weiß"), names(query("weiss", null, null, null)));
        assertEquals(List.of("Jürgen Weiß"), names(query("logistik", null, null, null)));
        assertEquals(List.of("Anna Schmidt", "Marie Dubois"), names(query(null, null, "Partner", null)));
        assertEquals(List.of("Anna Schmidt", "Jürgen Weiß"), names(query(null, "de", null, null)));
        assertEquals(4, query(null, null, null, true).total());
        Page<ContactSummary> page = book.contacts.search(new ContactQuery(null, null, null, null, null, null,
                ContactQuery.Sort.LAST_CONTACT, true, 0, 1));
        assertEquals(List.of("Anna Schmidt"), names(page));
        assertEquals(4, page.total());
        assertEquals(List.of("Jürgen Weiß"), names(book.contacts.search(new ContactQuery(null, null, null, null, "kim", org.id(),
                ContactQuery.Sort.NAME, false, 0, 10))));
        Page<ContactSummary> byHealth = book.contacts.search(new ContactQuery(null, null, null, null, null, null,
                ContactQuery.Sort.HEALTH, true, 0, 10));
        assertEquals("Anna Schmidt", byHealth.items().get(0).displayName());
        assertEquals(List.of("Chen Wei", "Jürgen Weiß"), names(book.contacts.search(new ContactQuery(null, null, null, null, null,
                null, ContactQuery.Sort.NAME, false, 1, 2))));
        assertEquals(0, query("%", null, null, null).total());
    }

    @Test
    void theCountStopsPastThePageAndSaysSo() {
        int people = 300;
        for (int i = 0; i < people; i++) add("Member", String.format("Crowd %04d", i), "FR", "crowd");
        add("Other", "Person", "DE");
        // offset 3 + limit 5 + 200 ahead: 208 are counted and more are known to exist.
        Page<ContactSummary> early = book.contacts.search(new ContactQuery(null, "FR", "crowd", null, null, null,
                ContactQuery.Sort.NAME, false, 3, 5));
        assertFalse(early.totalExact());
        assertEquals(3 + 5 + ContactSearch.COUNT_AHEAD, early.total());
        assertTrue(early.hasMore());
        assertEquals(List.of("Member Crowd 0003", "Member Crowd 0004", "Member Crowd 0005", "Member Crowd 0006",
                "Member Crowd 0007"), names(early));
        // Further on, the count reaches the end: exact again.
        Page<ContactSummary> late = book.contacts.search(new ContactQuery(null, null, "crowd", null, null, null,
                ContactQuery.Sort.NAME, true, 295, 50));
        assertTrue(late.totalExact());
        assertEquals(people, late.total());
        assertEquals(List.of("Member Crowd 0004", "Member Crowd 0003", "Member Crowd 0002", "Member Crowd 0001",
                "Member Crowd 0000"), names(late));
        assertFalse(late.hasMore());
    }

    @Test
    void theHealthOrderFollowsTheDailyRefreshWhileHealthItselfIsAlwaysToday() {
        Person anna = add("Anna", "Schmidt", "DE");
        Person bert = add("Bert", "Becker", "DE");
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.CALL, daysAgo(1), Direction.OUTBOUND, null), Origin.SHELL);
        book.relationships.logInteraction(bert.id(), new NewInteraction(Channel.CALL, daysAgo(20), Direction.OUTBOUND, null), Origin.SHELL);
        HealthRefresh refresh = new HealthRefresh(() -> book.store, false);
        assertTrue(refresh.refreshIfNewDay(), "the first check of a day refreshes");
        assertFalse(refresh.refreshIfNewDay(), "the same day again does nothing");
        int annaBefore = stored(anna.id());

        book.clock.advance(Duration.ofDays(45));
        Map<UUID, Health> today = book.health.book();
        int annaToday = today.get(anna.id()).score();
        assertTrue(annaToday < annaBefore, "recency decayed: " + annaToday + " < " + annaBefore);
        assertEquals(annaBefore, stored(anna.id()), "the list keeps the stored score until the refresh");

        assertTrue(refresh.refreshIfNewDay());
        assertEquals(annaToday, stored(anna.id()));
        assertEquals(today.get(bert.id()).score(), stored(bert.id()));
        assertEquals(annaToday, book.health.health(anna.id()).score());
        refresh.stop();
    }

    /** The score a person's list entry shows, as stored for the health order. */
    private int stored(UUID id) {
        return book.contacts.search(new ContactQuery(null, null, null, null, null, null, ContactQuery.Sort.HEALTH, false, 0, 50))
                .items().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().healthScore();
    }

    private Page<ContactSummary> query(String text, String country, String tag, Boolean overdue) {
        return book.contacts.search(new ContactQuery(text, country, tag, overdue, null, null, ContactQuery.Sort.NAME, false, 0, 50));
    }

    private static List<String> names(Page<ContactSummary> page) {
        return page.items().stream().map(ContactSummary::displayName).toList();
    }

    @Test
    void interactionsMoveLastContactAndDueDatesAndTheOverdueFilter() {
        Person anna = add("Anna", "Schmidt", "DE");
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.IN_PERSON, daysAgo(10), Direction.OUTBOUND, "Visit"), Origin.SHELL);
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.EMAIL, daysAgo(2), Direction.INBOUND, null), Origin.SHELL);
        Person after = book.contacts.get(anna.id());
        assertEquals(daysAgo(2), after.lastContactAt());
        assertEquals(daysAgo(10), after.lastInPersonAt());
        assertEquals(0, query(null, null, null, true).total());
        book.clock.advance(Duration.ofDays(29));
        assertEquals(1, query(null, null, null, true).total());
        assertEquals(Channel.EMAIL, book.relationships.interactions(anna.id(), 1).get(0).channel());
        assertThrows(InvalidContactException.class, () -> book.relationships.logInteraction(anna.id(),
                new NewInteraction(Channel.CALL, book.clock.instant().plus(Duration.ofDays(3)), Direction.OUTBOUND, null), Origin.SHELL));
        assertThrows(ContactNotFoundException.class, () -> book.relationships.logInteraction(UUID.randomUUID(),
                new NewInteraction(Channel.CALL, daysAgo(1), Direction.OUTBOUND, null), Origin.SHELL));
    }

    @Test
    void commitmentsReadLateUnlessTheDelayWasToldInTime() {
        Person anna = add("Anna", "Schmidt", "DE");
        LocalDate today = book.store.today();
        Commitment overdue = book.relationships.promise(anna.id(), new NewCommitment("Send the offer", Party.ME, today.minusDays(3)), Origin.SHELL);
        Commitment announced = book.relationships.promise(anna.id(), new NewCommitment("Pricing sheet", Party.ME, today.minusDays(1)), Origin.SHELL);
        Commitment kept = book.relationships.promise(anna.id(), new NewCommitment("Intro to Marie", Party.ME, today.plusDays(5)), Origin.SHELL);
        assertEquals(CommitmentStatus.LATE, overdue.status());
        Commitment told = book.relationships.changeCommitment(announced.id(), announced.version(),
                new CommitmentChange.DelayCommunicated(today.minusDays(2), today.plusDays(7)), Origin.SHELL);
        assertEquals(CommitmentStatus.OPEN, told.status());
        Commitment done = book.relationships.changeCommitment(kept.id(), kept.version(), new CommitmentChange.Done(today), Origin.SHELL);
        assertTrue(done.keptOnTime());
        assertThrows(StaleEditException.class, () -> book.relationships.changeCommitment(kept.id(), kept.version(),
                new CommitmentChange.Cancelled(), Origin.SHELL));
        assertThrows(InvalidContactException.class, () -> book.relationships.changeCommitment(done.id(), done.version(),
                new CommitmentChange.Cancelled(), Origin.SHELL));
        Health h = book.health.health(anna.id());
        Health.Reason commitments = reason(h, "commitments");
        assertEquals(25 - 10 - 2, commitments.points());
        assertTrue(commitments.explanation().contains("1 overdue without notice"), commitments.explanation());
        assertTrue(commitments.explanation().contains("1 kept on time"), commitments.explanation());
    }

    @Test
    void healthExplainsRecencyInPersonAndTrustTrend() {
        Person anna = add("Anna", "Schmidt", "DE");
        Health fresh = book.health.health(anna.id());
        assertEquals("never been in touch (added today)", reason(fresh, "recency").explanation());
        assertEquals(0 + 0 + 25 + 8, fresh.score());
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.IN_PERSON, daysAgo(45), Direction.OUTBOUND, null), Origin.SHELL);
        book.relationships.assessTrust(anna.id(), 4, 4, 5, 4, "solid", book.store.today().minusDays(100), Origin.SHELL);
        book.relationships.assessTrust(anna.id(), 3, 3, 3, 3, "missed two deadlines", book.store.today(), Origin.SHELL);
        Health h = book.health.health(anna.id());
        Health.Reason recency = reason(h, "recency");
        assertEquals(20, recency.points());
        assertTrue(recency.explanation().contains("45 days ago, 15 days past the 30-day cadence"), recency.explanation());
        assertEquals(20, reason(h, "in_person").points());
        Health.Reason trust = reason(h, "trust");
        assertTrue(trust.explanation().contains("falling from 4.25"), trust.explanation());
        assertEquals(Math.round(15 * 2 / 4.0) - 3, trust.points());
        assertEquals(h.reasons().stream().mapToInt(Health.Reason::points).sum(), h.score());
        assertEquals(h.score(), book.health.book().get(anna.id()).score());
    }

    private static Health.Reason reason(Health h, String factor) {
        return h.reasons().stream().filter(r -> r.factor().equals(factor)).findFirst().orElseThrow();
    }

    @Test
    void cadenceRulesByTagApplyTheShortestAndPersonalOverridesWin() {
        Person board = add("Ola", "Nordmann", "NO", "board", "partner");
        book.health.setCadenceRule(new CadenceRule("board", 14, 180), Origin.SHELL);
        book.health.setCadenceRule(new CadenceRule("partner", 21, 90), Origin.SHELL);
        Person p = book.contacts.get(board.id());
        assertEquals(14, p.cadenceDays());
        assertEquals(90, p.inPersonCadenceDays());
        PersonDraft own = new PersonDraft(p.fields().givenName(), p.fields().familyName(), null, null, null, "NO", null, null, null,
                null, null, null, null, p.fields().tags(), null, null, null, null, null, 7, null);
        assertEquals(7, book.contacts.update(p.id(), p.version(), own, Origin.SHELL).cadenceDays());
        book.health.removeCadenceRule("partner", Origin.SHELL);
        assertEquals(180, book.contacts.get(p.id()).inPersonCadenceDays());
        assertThrows(InvalidContactException.class, () -> book.health.removeCadenceRule("*", Origin.SHELL));
    }

    @Test
    void pathFindsAWarmIntroductionThroughTrustedPeopleOnly() {
        Person me1 = add("Anna", "Schmidt", "DE");
        Person weak = add("Bob", "Brown", "GB");
        Person strong = add("Carla", "Rossi", "IT");
        Person bridge = add("Dev", "Patel", "IN");
        Person target = add("Emi", "Sato", "JP");
        for (Person p : List.of(me1, weak)) {
            book.relationships.logInteraction(p.id(), new NewInteraction(Channel.CALL, daysAgo(5), Direction.OUTBOUND, null), Origin.SHELL);
        }
        LocalDate on = book.store.today().minusDays(30);
        book.relationships.recordIntroduction(me1.id(), strong.id(), null, on, null, Origin.SHELL);
        book.relationships.recordIntroduction(strong.id(), bridge.id(), me1.id(), on, null, Origin.SHELL);
        book.relationships.recordIntroduction(bridge.id(), target.id(), strong.id(), on, null, Origin.SHELL);
        book.relationships.recordIntroduction(weak.id(), target.id(), null, on, "met at a fair", Origin.SHELL);
        book.relationships.assessTrust(weak.id(), 2, 2, 2, 2, null, null, Origin.SHELL);
        book.relationships.assessTrust(strong.id(), 5, 4, 5, 4, null, null, Origin.SHELL);
        book.relationships.assessTrust(bridge.id(), 4, 4, 4, 4, null, null, Origin.SHELL);
        // the target was introduced to the user directly by Bob: that counts as knowing them
        Optional<IntroductionPath> direct = book.relationships.pathTo(target.id(), 3.5);
        assertEquals(1, direct.orElseThrow().steps().size());

        Person other = add("Femi", "Adeyemi", "NG");
        book.relationships.recordIntroduction(bridge.id(), other.id(), weak.id(), on, null, Origin.SHELL);
        IntroductionPath path = book.relationships.pathTo(other.id(), 3.5).orElseThrow();
        assertEquals(List.of("Carla Rossi", "Dev Patel", "Femi Adeyemi"), path.steps().stream().map(IntroductionPath.Step::displayName).toList());
        assertEquals(4.0, path.weakestTrust());
        assertTrue(path.steps().get(2).how().contains("Dev Patel introduced Femi Adeyemi to Bob Brown"), path.steps().get(2).how());
        assertFalse(book.relationships.pathTo(other.id(), 4.5).isPresent());
        var org = book.contacts.createOrganisation(new OrganisationDraft("Lagos Freight", "NG", null, null), Origin.SHELL);
        Person member = book.contacts.get(other.id());
        PersonDraft f = member.fields();
        book.contacts.update(member.id(), member.version(), new PersonDraft(f.givenName(), f.familyName(), null, org.id(), null,
                f.country(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), Origin.SHELL);
        assertEquals(3, book.relationships.pathTo(org.id(), 3.5).orElseThrow().steps().size());
    }

    @Test
    void exportHoldsEverythingAndEraseRemovesItLeavingATombstone() {
        Person anna = add("Anna", "Schmidt", "DE");
        Person bob = add("Bob", "Brown", "GB");
        Person carla = add("Carla", "Rossi", "IT");
        book.relationships.logInteraction(anna.id(), new NewInteraction(Channel.VIDEO, daysAgo(1), Direction.OUTBOUND, "her son starts school"), Origin.SHELL);
        book.relationships.promise(anna.id(), new NewCommitment("Send the deck", Party.ME, book.store.today().plusDays(2)), Origin.SHELL);
        book.relationships.assessTrust(anna.id(), 4, 4, 4, 4, null, null, Origin.SHELL);
        book.relationships.recordIntroduction(bob.id(), anna.id(), null, null, null, Origin.SHELL);
        book.relationships.recordIntroduction(anna.id(), carla.id(), bob.id(), null, "Anna says Carla is about to change jobs", Origin.SHELL);
        ContactExport export = book.contacts.export(anna.id());
        assertEquals("her son starts school", export.interactions().get(0).summary());
        assertEquals(1, export.commitments().size());
        assertEquals(2, export.introductions().size());
        assertFalse(export.history().isEmpty());

        book.contacts.erase(anna.id(), Origin.SHELL);
        ContactNotFoundException gone = assertThrows(ContactNotFoundException.class, () -> book.contacts.get(anna.id()));
        assertTrue(gone.getMessage().contains("was erased on"), gone.getMessage());
        assertTrue(book.contacts.tombstone(anna.id()).isPresent());
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE person_id = '" + anna.id() + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM interaction"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE before_json LIKE '%Schmidt%' OR after_json LIKE '%Schmidt%'"));
        var kept = book.relationships.introductions(carla.id());
        assertEquals(1, kept.size());
        assertNull(kept.get(0).introducerId());
        assertNull(kept.get(0).note(), "her words go with her");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE before_json LIKE '%" + anna.id() + "%' OR after_json LIKE '%"
                + anna.id() + "%' OR entity_id = '" + anna.id() + "'"));
        assertEquals(ContactEvents.PERSON_ERASED, book.events.get(book.events.size() - 1).getTopic());
    }

    private long count(String sql) {
        return book.store.jdbc.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
