package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.AuditEntry;
import io.meridian.api.contacts.BulkLoad;
import io.meridian.api.contacts.ChangeBatch;
import io.meridian.api.contacts.ChangeOutcome;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.ContactExport;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Page;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.PersonName;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.RevertReport;
import io.meridian.api.contacts.StaleEditException;
import io.meridian.api.contacts.Tombstone;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ContactService} on the contacts schema. */
@Component(service = ContactService.class)
public final class Contacts implements ContactService {

    private final ContactStore store;
    private final RelationshipService relationships;
    private final RelationshipHealth health;
    private final PersonValidator validator = new PersonValidator();
    private final ChangeSets changeSets;

    @Activate
    public Contacts(@Reference ContactStore store, @Reference RelationshipService relationships,
                    @Reference RelationshipHealth health) {
        this.store = store;
        this.relationships = relationships;
        this.health = health;
        this.changeSets = new ChangeSets(store, validator);
    }

    @Override
    public Person create(PersonDraft draft, Origin origin) {
        PersonDraft d = validator.check(draft);
        UUID id = UUID.randomUUID();
        Person person = store.jdbc.inTransaction(c -> {
            String organisation = checkReferences(c, id, d);
            PersonRows.insert(c, id, d, organisation, store.now());
            RelationshipState.refresh(c, id, store.clock);
            Person created = PersonRows.find(c, id).orElseThrow();
            store.audit(c, "person", id, id, "created", null, created.fields(), origin);
            return created;
        });
        store.post(ContactEvents.PERSON_CREATED, id, id, origin);
        return person;
    }

    @Override
    public Person update(UUID id, long expectedVersion, PersonDraft draft, Origin origin) {
        PersonDraft d = validator.check(draft);
        Person person = store.jdbc.inTransaction(c -> {
            Relationships.requirePerson(c, id);
            Person before = PersonRows.find(c, id).orElseThrow();
            String organisation = checkReferences(c, id, d);
            if (before.version() != expectedVersion || !PersonRows.update(c, id, expectedVersion, d, organisation, store.now())) {
                throw new StaleEditException(before.displayName() + " was changed by someone else (now version " + before.version()
                        + ", you edited version " + expectedVersion + "): reload, reapply your change and save again", before.version());
            }
            RelationshipState.refresh(c, id, store.clock);
            Person after = PersonRows.find(c, id).orElseThrow();
            store.audit(c, "person", id, id, "updated", before.fields(), after.fields(), origin);
            return after;
        });
        store.post(ContactEvents.PERSON_UPDATED, id, id, origin);
        return person;
    }

    /** The organisation's name; refuses an unknown organisation or an external id another person has. */
    static String checkReferences(Connection c, UUID id, PersonDraft d) throws SQLException {
        for (Map.Entry<String, String> external : d.externalIds().entrySet()) {
            Optional<UUID> owner = PersonRows.byExternalId(c, external.getKey(), external.getValue());
            if (owner.isPresent() && !owner.get().equals(id)) {
                throw new InvalidContactException(Map.of("externalIds", external.getKey() + " id " + external.getValue()
                        + " already belongs to contact " + owner.get() + ": edit that contact instead"));
            }
        }
        if (d.organisationId() == null) return null;
        return OrganisationRows.find(c, d.organisationId()).map(Organisation::name).orElseThrow(() -> new InvalidContactException(
                Map.of("organisationId", "no organisation " + d.organisationId() + ": create it first, or leave it empty")));
    }

    @Override
    public Optional<Person> find(UUID id) {
        return store.jdbc.read(c -> PersonRows.find(c, id));
    }

    @Override
    public Person get(UUID id) {
        return store.jdbc.read(c -> PersonRows.find(c, id).orElseThrow(() -> notFound(c, id)));
    }

    @Override
    public Optional<Person> findByExternalId(String system, String externalId) {
        return store.jdbc.read(c -> {
            Optional<UUID> id = PersonRows.byExternalId(c, system, externalId);
            return id.isPresent() ? PersonRows.find(c, id.get()) : Optional.empty();
        });
    }

    @Override
    public Page<ContactSummary> search(ContactQuery query) {
        return store.jdbc.read(c -> ContactSearch.run(c, query, store.now()));
    }

    @Override
    public Organisation createOrganisation(OrganisationDraft draft, Origin origin) {
        OrganisationDraft d = validator.check(draft);
        UUID id = UUID.randomUUID();
        Organisation created = store.jdbc.inTransaction(c -> {
            uniqueName(c, id, d.name());
            OrganisationRows.insert(c, id, d, store.now());
            Organisation o = OrganisationRows.find(c, id).orElseThrow();
            store.audit(c, "organisation", id, null, "created", null, d, origin);
            return o;
        });
        store.post(ContactEvents.ORGANISATION_CHANGED, null, id, origin);
        return created;
    }

    @Override
    public Organisation updateOrganisation(UUID id, long expectedVersion, OrganisationDraft draft, Origin origin) {
        OrganisationDraft d = validator.check(draft);
        Organisation updated = store.jdbc.inTransaction(c -> {
            Organisation before = OrganisationRows.find(c, id)
                    .orElseThrow(() -> new ContactNotFoundException("no organisation " + id));
            uniqueName(c, id, d.name());
            if (!OrganisationRows.update(c, id, expectedVersion, d, store.now())) {
                throw new StaleEditException(before.name() + " was changed by someone else (now version " + before.version()
                        + ", you edited version " + expectedVersion + "): reload, reapply your change and save again", before.version());
            }
            if (!before.name().equals(d.name())) OrganisationRows.refreshMemberSearchKeys(c, id);
            store.audit(c, "organisation", id, null, "updated",
                    new OrganisationDraft(before.name(), before.country(), before.website(), before.notes()), d, origin);
            return OrganisationRows.find(c, id).orElseThrow();
        });
        store.post(ContactEvents.ORGANISATION_CHANGED, null, id, origin);
        return updated;
    }

    private static void uniqueName(Connection c, UUID id, String name) throws SQLException {
        Optional<Organisation> same = OrganisationRows.byName(c, name);
        if (same.isPresent() && !same.get().id().equals(id)) {
            throw new InvalidContactException(Map.of("name", "an organisation named " + same.get().name() + " exists already ("
                    + same.get().id() + "): use it, or choose another name"));
        }
    }

    @Override
    public Optional<Organisation> findOrganisation(UUID id) {
        return store.jdbc.read(c -> OrganisationRows.find(c, id));
    }

    @Override
    public Optional<Organisation> findOrganisationByName(String name) {
        return store.jdbc.read(c -> OrganisationRows.byName(c, name));
    }

    @Override
    public Page<Organisation> organisations(String text, int offset, int limit) {
        return store.jdbc.read(c -> OrganisationRows.page(c, text, offset, limit));
    }

    @Override
    public List<AuditEntry> history(UUID personId) {
        return store.jdbc.read(c -> {
            if (PersonRows.find(c, personId).isEmpty()) throw notFound(c, personId);
            return store.history(c, personId);
        });
    }

    @Override
    public ContactExport export(UUID personId) {
        Person person = get(personId);
        Organisation organisation = person.fields().organisationId() == null ? null
                : findOrganisation(person.fields().organisationId()).orElse(null);
        return new ContactExport(store.now(), person, organisation, relationships.interactions(personId, Integer.MAX_VALUE),
                relationships.commitments(personId), relationships.trustHistory(personId), relationships.introductions(personId),
                health.health(personId), history(personId));
    }

    @Override
    public Tombstone erase(UUID personId, Origin origin) {
        Tombstone tombstone = store.jdbc.inTransaction(c -> {
            Relationships.requirePerson(c, personId);
            // The audit entries of introductions they took part in name them, whoever's history holds them.
            Jdbc.update(c, "DELETE FROM audit_event WHERE person_id = ? OR (entity = 'introduction' AND entity_id IN"
                    + " (SELECT id FROM introduction WHERE introducer_id = ? OR introduced_id = ? OR to_id = ?))",
                    personId, personId, personId, personId);
            // An introduction they made to others stays, without them and without their words.
            Jdbc.update(c, "UPDATE introduction SET note = NULL WHERE introducer_id = ?", personId);
            Jdbc.update(c, "DELETE FROM person WHERE id = ?", personId);
            Instant at = store.now();
            Jdbc.update(c, "INSERT INTO tombstone (person_id, erased_at, origin) VALUES (?, ?, ?)", personId, at, origin);
            return new Tombstone(personId, at, origin);
        });
        store.post(ContactEvents.PERSON_ERASED, personId, personId, origin);
        return tombstone;
    }

    @Override
    public Optional<Tombstone> tombstone(UUID personId) {
        return store.jdbc.read(c -> tombstone(c, personId));
    }

    private static Optional<Tombstone> tombstone(Connection c, UUID personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT erased_at, origin FROM tombstone WHERE person_id = ?")) {
            Jdbc.bind(ps, personId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Tombstone(personId, Jdbc.instant(rs, "erased_at"), Origin.valueOf(rs.getString("origin"))))
                        : Optional.empty();
            }
        }
    }

    @Override
    public List<Person> peopleAfter(UUID after, int limit) {
        return store.jdbc.read(c -> BulkLookups.after(c, after, limit));
    }

    @Override
    public Map<UUID, Person> findAll(Collection<UUID> ids) {
        return store.jdbc.read(c -> BulkLookups.people(c, ids));
    }

    @Override
    public Map<String, List<UUID>> findByEmails(Collection<String> emails) {
        return store.jdbc.read(c -> BulkLookups.holders(c, "email", emails));
    }

    @Override
    public Map<String, List<UUID>> findByPhones(Collection<String> phones) {
        return store.jdbc.read(c -> BulkLookups.holders(c, "phone", phones));
    }

    @Override
    public Map<String, UUID> findByExternalIds(String system, Collection<String> externalIds) {
        return store.jdbc.read(c -> BulkLookups.externalIds(c, system, externalIds));
    }

    @Override
    public Map<String, List<PersonName>> namesAtOrganisations(Collection<String> familyNames, Collection<String> organisationNames) {
        return store.jdbc.read(c -> BulkLookups.namesAtOrganisations(c, familyNames, organisationNames));
    }

    @Override
    public List<ChangeOutcome> apply(ChangeBatch batch, Origin origin) {
        return changeSets.apply(batch, origin);
    }

    @Override
    public BulkLoad bulkLoad(long people) {
        return store.lists.open(people);
    }

    @Override
    public Optional<String> checkpoint(String changeSet) {
        return changeSets.checkpoint(changeSet);
    }

    @Override
    public RevertReport revert(String changeSet, Origin origin) {
        return changeSets.revert(changeSet, origin);
    }

    /** Not found, saying when the person was erased if they were. */
    static ContactNotFoundException notFound(Connection c, UUID id) {
        try {
            Optional<Tombstone> t = tombstone(c, id);
            if (t.isPresent()) {
                return new ContactNotFoundException("contact " + id + " was erased on " + t.get().erasedAt() + " (from "
                        + t.get().origin().name().toLowerCase(Locale.ROOT) + "); nothing is kept about them but the date", t.get());
            }
        } catch (SQLException e) {
            // the plain message below is still true
        }
        return new ContactNotFoundException("no contact " + id + ": check the id, or find the person with a search");
    }
}
