package io.meridian.contacts.internal;

import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.BulkLoad;
import io.meridian.api.contacts.ChangeBatch;
import io.meridian.api.contacts.ChangeOutcome;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonChange;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.PersonName;
import io.meridian.api.contacts.RevertReport;
import io.meridian.api.contacts.WorkingHours;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk writes under a change set, the lookups an import matches with, and reverting a change set. */
public class ChangeSetsTest {

    private final ContactBook book = newBook();

    /** The services under test, on an empty database. */
    protected ContactBook newBook() {
        return ContactBook.onH2();
    }

    private static PersonDraft person(String given, String family, String country, String email, String phone, Map<String, String> ids) {
        return new PersonDraft(given, family, null, null, null, country, null, null, null,
                email == null ? null : List.of(ContactPoint.of(email)), phone == null ? null : List.of(ContactPoint.of(phone)),
                null, null, null, null, null, null, null, ids, null, null);
    }

    private List<ChangeOutcome> apply(String changeSet, String checkpoint, PersonChange... changes) {
        return book.contacts.apply(new ChangeBatch(changeSet, checkpoint, List.of(changes)), Origin.IMPORT);
    }

    @Test
    void aBatchCreatesAndUpdatesPeopleFindsOrCreatesTheirOrganisationAndStoresItsCheckpoint() {
        Person ana = book.contacts.create(person("Ana", "Lima", "BR", "ana@example.com", null, null), Origin.SHELL);
        List<ChangeOutcome> outcomes = apply("import:1", "line=4",
                PersonChange.create(person("Zoë", "Müller", "DE", "zoe@example.de", "030 901820", Map.of("HubSpot", "51")), "Acme GmbH"),
                PersonChange.create(person("Jo", "Weber", "DE", null, null, null), "ACME GMBH "),
                PersonChange.update(ana, person("Ana", "Lima", "BR", "ana@example.com", "+55 11 91234 5678", null), null));

        assertTrue(outcomes.stream().allMatch(ChangeOutcome::applied), outcomes.toString());
        assertEquals(List.of(true, true, false), outcomes.stream().map(ChangeOutcome::created).toList());
        Person zoe = outcomes.get(0).person();
        assertEquals("+4930901820", zoe.fields().phones().get(0).value());
        assertEquals("Acme GmbH", zoe.organisationName());
        assertEquals(zoe.fields().organisationId(), outcomes.get(1).person().fields().organisationId(), "one organisation, found by name ignoring case");
        assertEquals(2, outcomes.get(2).person().version());
        assertEquals("line=4", book.contacts.checkpoint("import:1").orElseThrow());
        assertTrue(book.contacts.checkpoint("import:2").isEmpty());
        assertEquals("created", book.contacts.history(zoe.id()).get(0).action());
        var event = book.events.get(book.events.size() - 1);
        assertEquals(ContactEvents.BATCH_APPLIED, event.getTopic());
        assertEquals("import:1", event.getProperty(ContactEvents.CHANGE_SET));
        assertEquals(3, event.getProperty(ContactEvents.COUNT));
    }

    @Test
    void anInvalidOrStaleChangeRefusesItselfAndTheRestOfTheBatchStillApplies() {
        Person ana = book.contacts.create(person("Ana", "Lima", "BR", null, null, Map.of("hubspot", "7")), Origin.SHELL);
        book.contacts.update(ana.id(), ana.version(), person("Ana", "Lima", "BR", "ana@example.com", null, Map.of("hubspot", "7")), Origin.UI);
        List<ChangeOutcome> outcomes = apply("import:1", null,
                PersonChange.create(person("Bad", "Email", "DE", "not an address", null, null), null),
                PersonChange.update(ana, person("Ana", "Lima", "PT", null, null, null), null),
                PersonChange.create(person("Other", "Owner", "DE", null, null, Map.of("hubspot", "7")), null),
                PersonChange.create(person("Good", "One", "FR", null, null, null), null));

        assertTrue(outcomes.get(0).problems().containsKey("emails[0]"), outcomes.get(0).problems().toString());
        assertTrue(outcomes.get(1).problems().get("version").contains("changed meanwhile"), outcomes.get(1).problems().toString());
        assertTrue(outcomes.get(2).problems().get("externalIds").contains("already belongs to contact " + ana.id()));
        assertTrue(outcomes.get(3).applied());
        assertEquals("BR", book.contacts.get(ana.id()).fields().country(), "the stale change did not apply");
    }

    @Test
    void peopleAreFoundByManyEmailsPhonesExternalIdsAndByNameAtAnOrganisation() {
        Person zoe = apply("import:1", null, PersonChange.create(
                person("Zoë", "Müller", "DE", "Zoe.Mueller@Example.de", "030 901820", Map.of("hubspot", "51")), "Acme GmbH")).get(0).person();
        Person jo = book.contacts.create(person("Jo", "Weber", "DE", "jo@example.de", null, null), Origin.SHELL);

        assertEquals(Map.of("zoe.mueller@example.de", List.of(zoe.id()), "jo@example.de", List.of(jo.id())),
                book.contacts.findByEmails(List.of("ZOE.MUELLER@example.DE", "jo@example.de", "nobody@example.de")));
        assertEquals(Map.of("+4930901820", List.of(zoe.id())), book.contacts.findByPhones(List.of("+4930901820", "+33123456789")));
        assertEquals(Map.of("51", zoe.id()), book.contacts.findByExternalIds("HubSpot", List.of("51", "52")));
        assertTrue(book.contacts.findByExternalIds("salesforce", List.of("51")).isEmpty(), "ids are per system");
        Map<String, List<PersonName>> similar = book.contacts.namesAtOrganisations(List.of("Muller", "Weber"), List.of("acme gmbh"));
        assertEquals(Set.of("acme gmbh\u001fMuller"), similar.keySet(), "accents and case aside; Jo works nowhere");
        assertEquals(List.of(new PersonName(zoe.id(), "Zoë", "Müller", "Zoë Müller")), similar.get("acme gmbh\u001fMuller"));
        assertEquals(Set.of(zoe.id(), jo.id()), book.contacts.findAll(List.of(zoe.id(), jo.id(), UUID.randomUUID())).keySet());
        List<Person> first = book.contacts.peopleAfter(null, 1);
        List<Person> rest = book.contacts.peopleAfter(first.get(0).id(), 1000);
        assertEquals(1, rest.size());
        assertEquals(Set.of(zoe.id(), jo.id()), Set.of(first.get(0).id(), rest.get(0).id()), "every person once, page by page");
    }

    @Test
    void revertRemovesWhatTheSetCreatedRestoresWhatItUpdatedAndKeepsWhatChangedSince() {
        PersonDraft full = new PersonDraft("Taro", "Yamada", NameOrder.FAMILY_FIRST, null, "Director", "JP", null, "Asia/Tokyo",
                List.of("ja"), List.of(new ContactPoint("taro@example.jp", "work")), List.of(), List.of(Channel.EMAIL),
                WorkingHours.parse("Mon-Fri 09:30-18:00"), List.of("partner"), "likes golf", Map.of("Ski", "yes"),
                new Birthday(null, 4, 23), "mia", Map.of(), 45, 200);
        Person taro = book.contacts.create(full, Origin.SHELL);
        List<ChangeOutcome> outcomes = apply("import:9", null,
                PersonChange.update(taro, person("Taro", "Yamada", "JP", "taro@example.jp", "+81 3 1234 5678", null), "Sakura KK"),
                PersonChange.create(person("Ana", "Lima", "BR", null, null, null), "Sakura KK"),
                PersonChange.create(person("Edited", "Later", "FR", null, null, null), null),
                PersonChange.create(person("Called", "Since", "FR", null, null, null), null));
        Person edited = outcomes.get(2).person();
        book.contacts.update(edited.id(), edited.version(), person("Edited", "Later", "BE", null, null, null), Origin.UI);
        book.relationships.logInteraction(outcomes.get(3).person().id(),
                new NewInteraction(Channel.CALL, book.clock.instant(), Direction.OUTBOUND, null), Origin.UI);

        RevertReport report = book.contacts.revert("import:9", Origin.SHELL);

        assertEquals(1, report.removed());
        assertEquals(1, report.restored());
        assertEquals(2, report.kept().size(), report.toString());
        assertTrue(report.kept().get(0).reason().startsWith("edited after import:9"), report.kept().toString());
        assertEquals("1 interactions recorded since import:9", report.kept().get(1).reason());
        assertEquals(1, report.organisationsRemoved(), "Sakura KK: Taro is back without it and Ana is gone");
        assertTrue(book.contacts.findOrganisationByName("Sakura KK").isEmpty());
        assertTrue(book.contacts.find(outcomes.get(1).person().id()).isEmpty());
        Person restored = book.contacts.get(taro.id());
        assertEquals(taro.fields(), restored.fields(), "every field as before, working hours and birthday included");
        assertEquals(3, restored.version());
        assertEquals("BE", book.contacts.get(edited.id()).fields().country());

        RevertReport again = book.contacts.revert("import:9", Origin.SHELL);
        assertTrue(again.alreadyReverted());
        assertEquals(0, again.removed() + again.restored());
    }

    @Test
    void aPersonCreatedThenUpdatedWithinOneSetIsRemovedByItsRevert() {
        Person first = apply("import:3", "a", PersonChange.create(person("Ana", "Lima", "BR", "ana@example.com", null, null), null))
                .get(0).person();
        Person second = apply("import:3", "b", PersonChange.update(first, person("Ana", "Lima", "BR", "ana@example.com",
                "+55 11 91234 5678", null), null)).get(0).person();
        assertEquals(2, second.version());
        assertEquals("b", book.contacts.checkpoint("import:3").orElseThrow());

        RevertReport report = book.contacts.revert("import:3", Origin.SHELL);
        assertEquals(1, report.removed());
        assertTrue(book.contacts.find(first.id()).isEmpty());
        assertNull(book.contacts.findByEmails(List.of("ana@example.com")).get("ana@example.com"));
        assertFalse(report.alreadyReverted());
    }

    @Test
    void organisationsAreCreatedOrCompletedInABatchAndRevertedWithIt() {
        var sakura = book.contacts.createOrganisation(new io.meridian.api.contacts.OrganisationDraft("Sakura KK", null, null, "ours"), Origin.SHELL);
        List<ChangeOutcome> outcomes = book.contacts.apply(new ChangeBatch("import:5", null, List.of(),
                List.of(new io.meridian.api.contacts.OrganisationDraft("Acme GmbH", "DE", "https://acme.example.com", null),
                        new io.meridian.api.contacts.OrganisationDraft("SAKURA kk", "JP", null, "theirs"),
                        new io.meridian.api.contacts.OrganisationDraft("", null, null, null))), Origin.IMPORT);
        assertEquals(3, outcomes.size());
        assertTrue(outcomes.get(0).created());
        assertEquals("https://acme.example.com", outcomes.get(0).organisation().website());
        assertEquals("JP", outcomes.get(1).organisation().country(), "a value it lacked is filled in");
        assertEquals("ours", outcomes.get(1).organisation().notes(), "a value it had is kept");
        assertTrue(outcomes.get(2).problems().containsKey("organisation.name"), outcomes.get(2).problems().toString());

        RevertReport report = book.contacts.revert("import:5", Origin.SHELL);
        assertEquals(1, report.organisationsRemoved());
        assertTrue(book.contacts.findOrganisationByName("Acme GmbH").isEmpty());
        assertNull(book.contacts.findOrganisation(sakura.id()).orElseThrow().country(), "back as it was");
    }

    @Test
    void revertingASetThatNeverWroteAnythingIsHarmless() {
        RevertReport report = book.contacts.revert("import:404", Origin.SHELL);
        assertEquals(0, report.removed() + report.restored() + report.organisationsRemoved());
        assertTrue(book.contacts.revert("import:404", Origin.SHELL).alreadyReverted());
    }

    private boolean h2() {
        return book.store.jdbc.read(c -> "H2".equals(c.getMetaData().getDatabaseProductName()));
    }

    private List<String> listIndexNames() {
        return ListIndexes.definitions().stream().map(ListIndexes.Definition::name).toList();
    }

    private List<String> namesInListOrder() {
        return book.contacts.search(ContactQuery.all()).items().stream().map(ContactSummary::displayName).toList();
    }

    @Test
    void theListIndexesAreReadFromTheMigrationThatCreatesThemAndAreAllThere() {
        assertEquals(13, listIndexNames().size(), listIndexNames().toString());
        assertTrue(listIndexNames().containsAll(List.of("person_display_key", "person_owner_due", "person_organisation")));
        assertEquals(List.of(), book.store.lists.missing(), "a new book has every list index");
    }

    @Test
    void aLargeLoadSetsTheListIndexesAsideOnH2AndBuildsThemAgainWhenItFinishes() {
        BulkLoad load = book.contacts.bulkLoad(ListIndexes.MINIMUM_LOAD);
        assertEquals(h2(), load.indexesSetAside(), "set aside on H2 only");
        assertEquals(h2() ? listIndexNames() : List.of(), book.store.lists.missing());

        apply("import:1", null, PersonChange.create(person("Zoë", "Müller", "DE", null, null, null), "Acme GmbH"),
                PersonChange.create(person("Ana", "Lima", "BR", null, null, null), null),
                PersonChange.create(person("Jo", "Weber", "DE", null, null, null), "Acme GmbH"));
        assertEquals(List.of("Ana Lima", "Jo Weber", "Zoë Müller"), namesInListOrder(), "lists work without their indexes");

        load.finish();
        assertEquals(List.of(), book.store.lists.missing(), "every index is back");
        assertEquals(List.of("Ana Lima", "Jo Weber", "Zoë Müller"), namesInListOrder());
        load.finish();
        assertEquals(List.of(), book.store.lists.missing(), "finishing twice changes nothing");
    }

    @Test
    void aSmallLoadAndALoadIntoABookMoreThanFourTimesItsSizeKeepTheIndexes() {
        BulkLoad small = book.contacts.bulkLoad(ListIndexes.MINIMUM_LOAD - 1);
        assertFalse(small.indexesSetAside());
        small.finish();
        apply("import:1", null, PersonChange.create(person("Ana", "Lima", "BR", null, null, null), null),
                PersonChange.create(person("Jo", "Weber", "DE", null, null, null), null));
        // A load of 10,000 into a book of 2 sets the indexes aside; the rule reads the book's size, not a constant.
        BulkLoad large = book.contacts.bulkLoad(ListIndexes.MINIMUM_LOAD);
        assertEquals(h2(), large.indexesSetAside());
        large.finish();
        assertEquals(List.of(), book.store.lists.missing());
    }

    @Test
    void overlappingLoadsGetTheIndexesBackWhenTheLastOneFinishes() {
        BulkLoad first = book.contacts.bulkLoad(50_000);
        BulkLoad second = book.contacts.bulkLoad(20_000);
        first.finish();
        assertEquals(h2() ? listIndexNames() : List.of(), book.store.lists.missing(), "the second load still runs");
        second.finish();
        assertEquals(List.of(), book.store.lists.missing());
    }

    @Test
    void indexesALoadLeftUnfinishedAreBuiltAgainAfterARestartOnceNoLoadRuns() {
        book.contacts.bulkLoad(50_000); // never finished: the workbench stopped
        ListIndexes afterRestart = new ListIndexes(book.store.jdbc);
        afterRestart.repairIfMissing();
        assertEquals(List.of(), afterRestart.missing());

        BulkLoad resumed = afterRestart.open(50_000);
        afterRestart.repairIfMissing();
        assertEquals(h2() ? listIndexNames() : List.of(), afterRestart.missing(), "no repair while a load runs");
        resumed.finish();
        assertEquals(List.of(), afterRestart.missing());
    }

    @Test
    void manyPeopleReadAtOnceEqualThePeopleReadOneByOne() {
        List<ChangeOutcome> made = apply("import:1", null,
                PersonChange.create(person("Zoë", "Müller", "DE", "zoe@example.de", "030 901820", Map.of("HubSpot", "51")), "Acme GmbH"),
                PersonChange.create(person("Ana", "Lima", "BR", "ana@example.com", null, null), null),
                PersonChange.create(person("Jo", "Weber", "DE", null, "+49 30 1234567", Map.of("salesforce", "0031x")), "Acme GmbH"));
        List<UUID> ids = new ArrayList<>(made.stream().map(o -> o.person().id()).toList());
        ids.add(1, UUID.randomUUID()); // nobody
        Map<UUID, Person> many = book.contacts.findAll(ids);
        assertEquals(made.stream().map(o -> o.person().id()).toList(), List.copyOf(many.keySet()), "in the order asked, nobody left out");
        for (ChangeOutcome o : made) assertEquals(book.contacts.get(o.person().id()), many.get(o.person().id()));
    }
}
