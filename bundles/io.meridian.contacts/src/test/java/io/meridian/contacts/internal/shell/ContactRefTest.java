package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.AuditEntry;
import io.meridian.api.contacts.BulkLoad;
import io.meridian.api.contacts.ContactExport;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Page;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.PersonName;
import io.meridian.api.contacts.Tombstone;
import io.meridian.api.shell.CommandException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactRefTest {

    private final Book book = new Book();
    private final ContactRef refs = new ContactRef(book);

    @Test
    void findsAPersonByFullIdByIdPrefixAndByTextMatchingOnePerson() {
        Person anna = book.add("3f2a9c1e-1111-4000-8000-000000000001", "Anna Schmidt", "Acme GmbH");
        book.add("3f2a9c1f-2222-4000-8000-000000000002", "Bob Meyer", "Globex");
        assertEquals(anna, refs.person(anna.id().toString()));
        assertEquals(anna, refs.person("3f2a9c1e"));
        assertEquals(anna, refs.person("3F2A9C1E-11"));
        assertEquals(anna, refs.person("schmidt"));
    }

    @Test
    void textMatchingSeveralListsThemWithShortIdsAndOrganisations() {
        book.add("3f2a9c1e-1111-4000-8000-000000000001", "Anna Schmidt", "Acme GmbH");
        book.add("7b00aa11-2222-4000-8000-000000000002", "Anna Weber", null);
        CommandException e = assertThrows(CommandException.class, () -> refs.person("anna"));
        assertTrue(e.getMessage().startsWith("\"anna\" matches 2 people; give the id of the one you mean"), e.getMessage());
        assertTrue(e.getMessage().contains("3f2a9c1e  Anna Schmidt  Acme GmbH"), e.getMessage());
        assertTrue(e.getMessage().contains("7b00aa11  Anna Weber    -"), e.getMessage());
    }

    @Test
    void anExactNameWinsOverNamesThatOnlyContainIt() {
        Person anna = book.add("3f2a9c1e-1111-4000-8000-000000000001", "Anna Schmidt", null);
        book.add("7b00aa11-2222-4000-8000-000000000002", "Anna Schmidt-Weber", null);
        assertEquals(anna, refs.person("anna schmidt"));
    }

    @Test
    void ambiguousIdPrefixIsRefusedAndAShortOneIsReadAsText() {
        book.add("3f2a9c1e-1111-4000-8000-000000000001", "Anna Schmidt", null);
        book.add("3f2a9c1f-2222-4000-8000-000000000002", "Bob Meyer", null);
        CommandException e = assertThrows(CommandException.class, () -> refs.person("3f2a9c"));
        assertTrue(e.getMessage().startsWith("id 3f2a9c matches 2 people"), e.getMessage());
        e = assertThrows(CommandException.class, () -> refs.person("3f2a9"));
        assertTrue(e.getMessage().startsWith("no person matches \"3f2a9\""), e.getMessage());
    }

    @Test
    void anErasedPersonIsNamedAsErased() {
        UUID gone = UUID.fromString("3f2a9c1e-1111-4000-8000-000000000001");
        book.tombstones.add(new Tombstone(gone, Instant.parse("2026-11-20T10:00:00Z"), Origin.SHELL));
        CommandException e = assertThrows(CommandException.class, () -> refs.person(gone.toString()));
        assertEquals("contact " + gone + " was erased on 2026-11-20T10:00:00Z (from shell)", e.getMessage(),
                "the service's own message, without a search hint");
    }

    @Test
    void anOrganisationsExactNameBeatsPeopleWhoWorkThere() {
        book.add("3f2a9c1e-1111-4000-8000-000000000001", "Anna Schmidt", "Acme GmbH");
        ContactRef.Target target = refs.personOrOrganisation("acme gmbh");
        assertTrue(target.organisation());
        assertEquals("Acme GmbH", target.name());
        assertEquals("Anna Schmidt", refs.personOrOrganisation("anna").name());
    }

    /** Just enough of the contact service for finding people: search, find, tombstones and organisations. */
    private static final class Book implements ContactService {
        final List<Person> people = new ArrayList<>();
        final List<Organisation> organisations = new ArrayList<>();
        final List<Tombstone> tombstones = new ArrayList<>();

        Person add(String id, String name, String organisation) {
            UUID orgId = null;
            if (organisation != null) {
                orgId = findOrganisationByName(organisation).map(Organisation::id).orElseGet(() -> {
                    Organisation o = new Organisation(UUID.randomUUID(), 1, organisation, null, null, null, Instant.EPOCH, Instant.EPOCH);
                    organisations.add(o);
                    return o.id();
                });
            }
            String[] names = name.split(" ", 2);
            PersonDraft fields = new PersonDraft(names[0], names[1], null, orgId, null, "DE", null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
            Person p = new Person(UUID.fromString(id), 1, fields, name, organisation, Instant.EPOCH, Instant.EPOCH, null, null, 30, 365);
            people.add(p);
            return p;
        }

        @Override
        public Page<ContactSummary> search(ContactQuery q) {
            List<ContactSummary> all = people.stream()
                    .filter(p -> q.text() == null || (p.displayName() + " " + p.organisationName()).toLowerCase(Locale.ROOT)
                            .contains(q.text().toLowerCase(Locale.ROOT)))
                    .filter(p -> q.organisationId() == null || q.organisationId().equals(p.fields().organisationId()))
                    .sorted(Comparator.comparing(Person::displayName))
                    .map(p -> new ContactSummary(p.id(), p.displayName(), p.organisationName(), null, p.fields().country(), null,
                            List.of(), null, null, null, null, null, false))
                    .toList();
            return new Page<>(all.subList(Math.min(q.offset(), all.size()), Math.min(q.offset() + q.limit(), all.size())),
                    all.size(), q.offset(), q.limit());
        }

        @Override
        public Optional<Person> find(UUID id) {
            return people.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public Person get(UUID id) {
            return find(id).orElseThrow(() -> tombstone(id)
                    .map(t -> new ContactNotFoundException("contact " + id + " was erased on " + t.erasedAt() + " (from shell)", t))
                    .orElse(new ContactNotFoundException("no contact " + id)));
        }

        @Override
        public Optional<Tombstone> tombstone(UUID personId) {
            return tombstones.stream().filter(t -> t.personId().equals(personId)).findFirst();
        }

        @Override
        public List<Person> peopleAfter(UUID after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<UUID, Person> findAll(java.util.Collection<UUID> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, List<UUID>> findByEmails(java.util.Collection<String> emails) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, List<UUID>> findByPhones(java.util.Collection<String> phones) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, UUID> findByExternalIds(String system, java.util.Collection<String> externalIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<io.meridian.api.contacts.ChangeOutcome> apply(io.meridian.api.contacts.ChangeBatch batch, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, List<PersonName>> namesAtOrganisations(java.util.Collection<String> familyNames,
                                                                         java.util.Collection<String> organisationNames) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BulkLoad bulkLoad(long people) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> checkpoint(String changeSet) {
            throw new UnsupportedOperationException();
        }

        @Override
        public io.meridian.api.contacts.RevertReport revert(String changeSet, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Organisation> findOrganisation(UUID id) {
            return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Organisation> findOrganisationByName(String name) {
            return organisations.stream().filter(o -> o.name().equalsIgnoreCase(name.strip())).findFirst();
        }

        @Override
        public Page<Organisation> organisations(String text, int offset, int limit) {
            List<Organisation> found = organisations.stream()
                    .filter(o -> text == null || o.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))).toList();
            return new Page<>(found, found.size(), offset, limit);
        }

        @Override
        public Person create(PersonDraft draft, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Person update(UUID id, long expectedVersion, PersonDraft draft, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Person> findByExternalId(String system, String externalId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Organisation createOrganisation(OrganisationDraft draft, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Organisation updateOrganisation(UUID id, long expectedVersion, OrganisationDraft draft, Origin origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> history(UUID personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ContactExport export(UUID personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Tombstone erase(UUID personId, Origin origin) {
            throw new UnsupportedOperationException();
        }
    }
}
