package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.ChangeBatch;
import io.meridian.api.contacts.ChangeOutcome;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonChange;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.RevertReport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk writes recorded under a change set, and their revert. A batch is one transaction; each
 * change in it is validated on its own, so that one bad record refuses itself, not the batch.
 * The audit history is the journal: every change of the set is an entry tagged with the set's
 * name and the version it left, which is how a revert knows what to take back and whether
 * someone changed the person since.
 */
final class ChangeSets {

    private final ContactStore store;
    private final PersonValidator validator;

    ChangeSets(ContactStore store, PersonValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    List<ChangeOutcome> apply(ChangeBatch batch, Origin origin) {
        List<PersonDraft> checked = new ArrayList<>();
        List<Map<String, String>> problems = new ArrayList<>();
        for (PersonChange change : batch.changes()) {
            try {
                checked.add(validator.check(change.draft()));
                problems.add(Map.of());
            } catch (InvalidContactException e) {
                checked.add(null);
                problems.add(e.fields());
            }
        }
        List<ChangeOutcome> outcomes = store.jdbc.inTransaction(c -> {
            Map<String, UUID> organisations = new HashMap<>();
            List<ChangeOutcome> orgs = new ArrayList<>();
            for (int i = 0; i < batch.organisations().size(); i++) {
                orgs.add(applyOrganisation(c, i, batch.organisations().get(i), organisations, batch.changeSet(), origin));
            }
            ChangeOutcome[] done = new ChangeOutcome[batch.changes().size()];
            Map<String, UUID> owners = externalIdOwners(c, checked);
            List<PersonRows.NewRow> creates = new ArrayList<>();
            Map<String, CadenceRule> rules = RelationshipState.rules(c);
            Instant now = store.now();
            for (int i = 0; i < batch.changes().size(); i++) {
                PersonChange change = batch.changes().get(i);
                if (checked.get(i) == null) {
                    done[i] = new ChangeOutcome(i, null, change.creates(), problems.get(i));
                } else if (!change.creates()) {
                    done[i] = applyOne(c, i, change, checked.get(i), organisations, batch.changeSet(), origin);
                    if (done[i].applied()) claim(owners, done[i].person().id(), done[i].person().fields());
                } else {
                    done[i] = prepareCreate(c, i, change, checked.get(i), organisations, owners, rules, now, creates, batch.changeSet(), origin);
                }
            }
            PersonRows.insertAll(c, creates, now);
            List<Map.Entry<UUID, Object>> audited = new ArrayList<>();
            for (PersonRows.NewRow row : creates) audited.add(Map.entry(row.id(), row.draft()));
            store.auditCreated(c, audited, origin, batch.changeSet());
            List<ChangeOutcome> all = new ArrayList<>(List.of(done));
            all.addAll(orgs);
            storeCheckpoint(c, batch.changeSet(), batch.checkpoint());
            return all;
        });
        long applied = outcomes.stream().filter(ChangeOutcome::applied).count();
        store.post(ContactEvents.BATCH_APPLIED, null, null, origin,
                Map.of(ContactEvents.CHANGE_SET, batch.changeSet(), ContactEvents.COUNT, (int) applied));
        return outcomes;
    }

    /**
     * Readies a new person for the batch insert: their organisation found or created, their
     * external ids checked against everyone's (those stored and those earlier in the batch), and
     * their derived columns computed. The person returned is built from what will be stored, not
     * read back.
     */
    private ChangeOutcome prepareCreate(Connection c, int index, PersonChange change, PersonDraft draft, Map<String, UUID> organisations,
                                        Map<String, UUID> owners, Map<String, CadenceRule> rules, Instant now,
                                        List<PersonRows.NewRow> creates, String changeSet, Origin origin) throws SQLException {
        UUID id = TimeOrderedIds.next();
        PersonDraft d = draft;
        String organisationName = null;
        if (d.organisationId() == null && change.organisationName() != null && !change.organisationName().isBlank()) {
            try {
                d = withOrganisation(d, organisation(c, change.organisationName(), organisations, changeSet, origin));
            } catch (InvalidContactException e) {
                return new ChangeOutcome(index, null, true, Map.of("organisation", String.join("; ", e.fields().values())));
            }
        }
        if (d.organisationId() != null) {
            Optional<Organisation> o = OrganisationRows.find(c, d.organisationId());
            if (o.isEmpty()) {
                return new ChangeOutcome(index, null, true, Map.of("organisationId", "no organisation " + d.organisationId()
                        + ": create it first, or leave it empty"));
            }
            organisationName = o.get().name();
        }
        for (Map.Entry<String, String> external : d.externalIds().entrySet()) {
            UUID owner = owners.get(PersonRows.attributeKey("external", external.getKey(), external.getValue()));
            if (owner != null) {
                return new ChangeOutcome(index, null, true, Map.of("externalIds", external.getKey() + " id " + external.getValue()
                        + " already belongs to contact " + owner + ": edit that contact instead"));
            }
        }
        claim(owners, id, d);
        Object[] derived = RelationshipState.forNewPerson(id, d, now, rules, store.clock);
        creates.add(new PersonRows.NewRow(id, d, organisationName, derived));
        String display = DisplayNames.display(d.givenName(), d.familyName(), d.nameOrder(), d.country());
        Person person = new Person(id, 1, d, display, organisationName, now, now, null, null, (Integer) derived[0], (Integer) derived[1]);
        return new ChangeOutcome(index, person, true, Map.of());
    }

    /** Who holds each external id the batch names, by lookup key: one query for the whole batch. */
    private static Map<String, UUID> externalIdOwners(Connection c, List<PersonDraft> drafts) throws SQLException {
        Map<String, List<String>> bySystem = new HashMap<>();
        for (PersonDraft d : drafts) {
            if (d == null) continue;
            d.externalIds().forEach((system, id) -> bySystem.computeIfAbsent(system, k -> new ArrayList<>()).add(id));
        }
        Map<String, UUID> owners = new HashMap<>();
        for (Map.Entry<String, List<String>> system : bySystem.entrySet()) {
            BulkLookups.externalIds(c, system.getKey(), system.getValue())
                    .forEach((id, person) -> owners.put(PersonRows.attributeKey("external", system.getKey(), id), person));
        }
        return owners;
    }

    /** Marks the person's external ids as theirs, for the changes after it in the batch. */
    private static void claim(Map<String, UUID> owners, UUID person, PersonDraft d) {
        d.externalIds().forEach((system, id) -> owners.putIfAbsent(PersonRows.attributeKey("external", system, id), person));
    }

    private ChangeOutcome applyOne(Connection c, int index, PersonChange change, PersonDraft draft, Map<String, UUID> organisations,
                                   String changeSet, Origin origin) throws SQLException {
        UUID id = change.creates() ? UUID.randomUUID() : change.personId();
        Optional<Person> before = change.creates() ? Optional.empty() : PersonRows.find(c, id);
        if (!change.creates()) {
            if (before.isEmpty()) return refused(index, change, "personId", "no contact " + id + ": it was removed meanwhile");
            if (before.get().version() != change.expectedVersion()) {
                return refused(index, change, "version", before.get().displayName() + " was changed meanwhile (now version "
                        + before.get().version() + ", read at version " + change.expectedVersion() + ")");
            }
        }
        PersonDraft d = draft;
        String organisationName = null;
        if (d.organisationId() == null && change.organisationName() != null && !change.organisationName().isBlank()) {
            try {
                UUID organisation = organisation(c, change.organisationName(), organisations, changeSet, origin);
                d = withOrganisation(d, organisation);
            } catch (InvalidContactException e) {
                return new ChangeOutcome(index, null, change.creates(), Map.of("organisation", String.join("; ", e.fields().values())));
            }
        }
        try {
            organisationName = Contacts.checkReferences(c, id, d);
        } catch (InvalidContactException e) {
            return new ChangeOutcome(index, null, change.creates(), e.fields());
        }
        Instant now = store.now();
        if (change.creates()) {
            PersonRows.insert(c, id, d, organisationName, now);
        } else {
            PersonRows.update(c, id, change.expectedVersion(), d, organisationName, now);
        }
        RelationshipState.refresh(c, id, store.clock);
        Person after = PersonRows.find(c, id).orElseThrow();
        store.audit(c, "person", id, id, change.creates() ? "created" : "updated", before.map(Person::fields).orElse(null),
                after.fields(), origin, changeSet, after.version());
        return new ChangeOutcome(index, after, change.creates(), Map.of());
    }

    /** An organisation found by name and completed where it lacks a value, or created. */
    private ChangeOutcome applyOrganisation(Connection c, int index, OrganisationDraft given, Map<String, UUID> known, String changeSet,
                                            Origin origin) throws SQLException {
        OrganisationDraft d;
        try {
            d = validator.check(given);
        } catch (InvalidContactException e) {
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            e.fields().forEach((k, v) -> problems.put("organisation." + k, v));
            return new ChangeOutcome(index, null, null, true, problems);
        }
        Optional<Organisation> existing = OrganisationRows.byName(c, d.name());
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            OrganisationRows.insert(c, id, d, store.now());
            store.audit(c, "organisation", id, null, "created", null, d, origin, changeSet, 1L);
            known.put(DisplayNames.key(d.name()), id);
            return new ChangeOutcome(index, null, OrganisationRows.find(c, id).orElseThrow(), true, Map.of());
        }
        Organisation o = existing.get();
        known.put(DisplayNames.key(o.name()), o.id());
        OrganisationDraft before = new OrganisationDraft(o.name(), o.country(), o.website(), o.notes());
        OrganisationDraft after = new OrganisationDraft(o.name(), o.country() != null ? o.country() : d.country(),
                o.website() != null ? o.website() : d.website(), o.notes() != null ? o.notes() : d.notes());
        if (after.equals(before)) return new ChangeOutcome(index, null, o, false, Map.of());
        OrganisationRows.update(c, o.id(), o.version(), after, store.now());
        store.audit(c, "organisation", o.id(), null, "updated", before, after, origin, changeSet, o.version() + 1);
        return new ChangeOutcome(index, null, OrganisationRows.find(c, o.id()).orElseThrow(), false, Map.of());
    }

    private static ChangeOutcome refused(int index, PersonChange change, String field, String problem) {
        return new ChangeOutcome(index, null, change.creates(), Map.of(field, problem));
    }

    /** The organisation of that name, created (within the change set) when there is none. */
    private UUID organisation(Connection c, String name, Map<String, UUID> known, String changeSet, Origin origin) throws SQLException {
        String key = DisplayNames.key(name);
        UUID id = known.get(key);
        if (id != null) return id;
        Optional<Organisation> existing = OrganisationRows.byName(c, name);
        if (existing.isPresent()) {
            id = existing.get().id();
        } else {
            OrganisationDraft draft = validator.check(new OrganisationDraft(name.strip(), null, null, null));
            id = UUID.randomUUID();
            OrganisationRows.insert(c, id, draft, store.now());
            store.audit(c, "organisation", id, null, "created", null, draft, origin, changeSet, 1L);
        }
        known.put(key, id);
        return id;
    }

    private static PersonDraft withOrganisation(PersonDraft d, UUID organisation) {
        return new PersonDraft(d.givenName(), d.familyName(), d.nameOrder(), organisation, d.title(), d.country(), d.subdivision(),
                d.timeZone(), d.languages(), d.emails(), d.phones(), d.preferredChannels(), d.workingHours(), d.tags(), d.notes(),
                d.customFields(), d.birthday(), d.owner(), d.externalIds(), d.cadenceDays(), d.inPersonCadenceDays());
    }

    private void storeCheckpoint(Connection c, String changeSet, String checkpoint) throws SQLException {
        Instant now = store.now();
        String set = checkpoint == null ? "" : "checkpoint = ?, ";
        Object[] args = checkpoint == null ? new Object[]{now, changeSet} : new Object[]{checkpoint, now, changeSet};
        if (Jdbc.update(c, "UPDATE change_set SET " + set + "updated_at = ? WHERE name = ?", args) == 0) {
            Jdbc.update(c, "INSERT INTO change_set (name, checkpoint, updated_at) VALUES (?, ?, ?)", changeSet, checkpoint, now);
        }
    }

    Optional<String> checkpoint(String changeSet) {
        return store.jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT checkpoint FROM change_set WHERE name = ?")) {
                Jdbc.bind(ps, changeSet);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    RevertReport revert(String changeSet, Origin origin) {
        RevertReport report = store.jdbc.inTransaction(c -> new Revert(c, changeSet, origin).run());
        if (!report.alreadyReverted()) {
            store.post(ContactEvents.BATCH_APPLIED, null, null, origin,
                    Map.of(ContactEvents.CHANGE_SET, changeSet, ContactEvents.COUNT, report.removed() + report.restored()));
        }
        return report;
    }

    /** One revert, in one transaction: reads the change set's journal and takes back what it still may. */
    private final class Revert {
        private final Connection c;
        private final String changeSet;
        private final Origin origin;
        private int removed;
        private int restored;
        private final List<RevertReport.Kept> kept = new ArrayList<>();

        Revert(Connection c, String changeSet, Origin origin) {
            this.c = c;
            this.changeSet = changeSet;
            this.origin = origin;
        }

        RevertReport run() throws SQLException {
            if (revertedAt().isPresent()) return new RevertReport(changeSet, 0, 0, 0, List.of(), true);
            Map<UUID, Journal> people = new LinkedHashMap<>();
            Map<UUID, Journal> organisations = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity, entity_id, action, before_json, version_after"
                    + " FROM audit_event WHERE change_set = ? ORDER BY changed_at, id")) {
                Jdbc.bind(ps, changeSet);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = Jdbc.uuid(rs, "entity_id");
                        Journal j = (rs.getString("entity").equals("organisation") ? organisations : people)
                                .computeIfAbsent(id, k -> new Journal());
                        if (j.firstAction == null) {
                            j.firstAction = rs.getString("action");
                            j.before = rs.getString("before_json");
                        }
                        j.versionAfter = rs.getLong("version_after");
                    }
                }
            }
            for (Map.Entry<UUID, Journal> e : people.entrySet()) takeBack(e.getKey(), e.getValue());
            int organisationsRemoved = 0;
            for (Map.Entry<UUID, Journal> e : organisations.entrySet()) {
                if (takeBackOrganisation(e.getKey(), e.getValue())) organisationsRemoved++;
            }
            Instant now = store.now();
            if (Jdbc.update(c, "UPDATE change_set SET reverted_at = ?, updated_at = ? WHERE name = ?", now, now, changeSet) == 0) {
                Jdbc.update(c, "INSERT INTO change_set (name, updated_at, reverted_at) VALUES (?, ?, ?)", changeSet, now, now);
            }
            return new RevertReport(changeSet, removed, restored, organisationsRemoved, kept, false);
        }

        private void takeBack(UUID id, Journal journal) throws SQLException {
            Optional<Person> now = PersonRows.find(c, id);
            if (now.isEmpty()) return;
            Person person = now.get();
            if (person.version() != journal.versionAfter) {
                kept.add(new RevertReport.Kept(id, person.displayName(), "edited after " + changeSet + " (now version "
                        + person.version() + ", it left version " + journal.versionAfter + ")"));
                return;
            }
            if (journal.firstAction.equals("created")) {
                Optional<String> records = records(id);
                if (records.isPresent()) {
                    kept.add(new RevertReport.Kept(id, person.displayName(), records.get() + " recorded since " + changeSet));
                    return;
                }
                Jdbc.update(c, "DELETE FROM audit_event WHERE person_id = ?", id);
                Jdbc.update(c, "DELETE FROM person WHERE id = ?", id);
                store.audit(c, "person", id, null, "deleted", person.fields(), null, origin, changeSet + ":revert", null);
                removed++;
                return;
            }
            PersonDraft before = store.fromJson(journal.before, PersonDraft.class);
            String organisation = before.organisationId() == null ? null
                    : OrganisationRows.find(c, before.organisationId()).map(Organisation::name).orElse(null);
            if (before.organisationId() != null && organisation == null) before = withOrganisation(before, null);
            PersonRows.update(c, id, person.version(), before, organisation, store.now());
            RelationshipState.refresh(c, id, store.clock);
            Person after = PersonRows.find(c, id).orElseThrow();
            store.audit(c, "person", id, id, "updated", person.fields(), after.fields(), origin, changeSet + ":revert", after.version());
            restored++;
        }

        /** Removes an organisation the set created (when nobody works there), or restores one it completed; true when removed. */
        private boolean takeBackOrganisation(UUID id, Journal journal) throws SQLException {
            Optional<Organisation> now = OrganisationRows.find(c, id);
            if (now.isEmpty()) return false;
            Organisation o = now.get();
            if (o.version() != journal.versionAfter) {
                kept.add(new RevertReport.Kept(id, o.name(), "organisation edited after " + changeSet));
                return false;
            }
            if (journal.firstAction.equals("created")) {
                if (hasMembers(id)) return false;
                Jdbc.update(c, "DELETE FROM organisation WHERE id = ?", id);
                store.audit(c, "organisation", id, null, "deleted", new OrganisationDraft(o.name(), o.country(), o.website(), o.notes()),
                        null, origin, changeSet + ":revert", null);
                return true;
            }
            OrganisationDraft before = store.fromJson(journal.before, OrganisationDraft.class);
            OrganisationRows.update(c, id, o.version(), before, store.now());
            store.audit(c, "organisation", id, null, "updated", new OrganisationDraft(o.name(), o.country(), o.website(), o.notes()),
                    before, origin, changeSet + ":revert", o.version() + 1);
            return false;
        }

        /** What was recorded about a person the change set created (necessarily since it did): a reason to keep them. */
        private Optional<String> records(UUID id) throws SQLException {
            String[][] kinds = {
                    {"interactions", "SELECT COUNT(*) FROM interaction WHERE person_id = ?"},
                    {"commitments", "SELECT COUNT(*) FROM commitment WHERE person_id = ?"},
                    {"trust assessments", "SELECT COUNT(*) FROM trust_assessment WHERE person_id = ?"},
                    {"introductions", "SELECT COUNT(*) FROM introduction WHERE introducer_id = ? OR introduced_id = ? OR to_id = ?"}};
            for (String[] kind : kinds) {
                try (PreparedStatement ps = c.prepareStatement(kind[1])) {
                    long params = kind[1].chars().filter(ch -> ch == '?').count();
                    for (int i = 1; i <= params; i++) ps.setObject(i, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) return Optional.of(rs.getLong(1) + " " + kind[0]);
                    }
                }
            }
            return Optional.empty();
        }

        private boolean hasMembers(UUID organisation) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE organisation_id = ? FETCH FIRST 1 ROWS ONLY")) {
                Jdbc.bind(ps, organisation);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }

        private Optional<Instant> revertedAt() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT reverted_at FROM change_set WHERE name = ?")) {
                Jdbc.bind(ps, changeSet);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(Jdbc.instant(rs, "reverted_at")) : Optional.empty();
                }
            }
        }
    }

    /** What the change set did to one person: its first action, the fields before it, the version it left. */
    private static final class Journal {
        String firstAction;
        String before;
        long versionAfter;
    }
}
