package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.CommitmentStatus;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.Interaction;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.Introduction;
import io.meridian.api.contacts.IntroductionPath;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.RelationshipFacts;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.StaleEditException;
import io.meridian.api.contacts.TrustAssessment;
import io.meridian.api.contacts.WorkingHours;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** {@link RelationshipService} on the contacts schema. */
@Component(service = RelationshipService.class)
public final class Relationships implements RelationshipService {

    private static final int MAX_TEXT = 20_000;
    private final ContactStore store;

    @Activate
    public Relationships(@Reference ContactStore store) {
        this.store = store;
    }

    @Override
    public Interaction logInteraction(UUID personId, NewInteraction n, Origin origin) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (n.at().isAfter(store.now().plus(Duration.ofDays(1)))) {
            errors.put("at", n.at() + " is in the future: record interactions that happened (plan future ones in the calendar)");
        }
        if (n.summary() != null && n.summary().length() > MAX_TEXT) errors.put("summary", "at most " + MAX_TEXT + " characters");
        if (!errors.isEmpty()) throw new InvalidContactException(errors);
        Interaction interaction = new Interaction(UUID.randomUUID(), personId, n.channel(), n.at(), n.direction(),
                PersonValidator.trimmed(n.summary()), origin, store.now());
        store.jdbc.inTransaction(c -> {
            requirePerson(c, personId);
            Jdbc.update(c, "INSERT INTO interaction (id, person_id, channel, occurred_at, direction, summary, origin, recorded_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", interaction.id(), personId, n.channel(), n.at(), n.direction(),
                    interaction.summary(), origin, interaction.recordedAt());
            RelationshipState.refresh(c, personId, store.clock);
            store.audit(c, "interaction", interaction.id(), personId, "created", null, interaction, origin);
            return null;
        });
        store.post(ContactEvents.INTERACTION_LOGGED, personId, interaction.id(), origin);
        return interaction;
    }

    @Override
    public List<Interaction> interactions(UUID personId, int limit) {
        return store.jdbc.read(c -> {
            requirePerson(c, personId);
            List<Interaction> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM interaction WHERE person_id = ? ORDER BY occurred_at DESC, id")) {
                ps.setMaxRows(Math.max(1, limit));
                Jdbc.bind(ps, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Interaction(Jdbc.uuid(rs, "id"), personId, Channel.valueOf(rs.getString("channel")),
                                Jdbc.instant(rs, "occurred_at"), Direction.valueOf(rs.getString("direction")), rs.getString("summary"),
                                Origin.valueOf(rs.getString("origin")), Jdbc.instant(rs, "recorded_at")));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public Commitment promise(UUID personId, NewCommitment n, Origin origin) {
        String what = PersonValidator.trimmed(n.what());
        if (what == null || what.length() > 2000) {
            throw new InvalidContactException(Map.of("what", "say what was promised, in at most 2000 characters"));
        }
        UUID id = UUID.randomUUID();
        Commitment created = store.jdbc.inTransaction(c -> {
            requirePerson(c, personId);
            Jdbc.update(c, "INSERT INTO commitment (id, person_id, version, what, owed_by, due_on, state, created_at)"
                    + " VALUES (?, ?, 1, ?, ?, ?, 'OPEN', ?)", id, personId, what, n.owedBy(), n.due(), store.now());
            RelationshipState.refresh(c, personId, store.clock);
            Commitment commitment = commitment(c, id).orElseThrow();
            store.audit(c, "commitment", id, personId, "created", null, commitment, origin);
            return commitment;
        });
        store.post(ContactEvents.COMMITMENT_CHANGED, personId, id, origin);
        return created;
    }

    @Override
    public Commitment changeCommitment(UUID commitmentId, long expectedVersion, CommitmentChange change, Origin origin) {
        Commitment changed = store.jdbc.inTransaction(c -> {
            Commitment found = commitment(c, commitmentId)
                    .orElseThrow(() -> new ContactNotFoundException("no commitment " + commitmentId));
            requirePerson(c, found.personId());
            Commitment before = commitment(c, commitmentId).orElseThrow();
            if (before.version() != expectedVersion) {
                throw new StaleEditException("the commitment \"" + before.what() + "\" was changed meanwhile (now version "
                        + before.version() + "): reload it and try again", before.version());
            }
            if (before.status() == CommitmentStatus.DONE || before.status() == CommitmentStatus.CANCELLED) {
                throw new InvalidContactException(Map.of("status", "the commitment is already " + before.status().name().toLowerCase(Locale.ROOT)
                        + "; record a new one instead"));
            }
            int rows;
            if (change instanceof CommitmentChange.Done done) {
                if (done.on().isAfter(store.today())) {
                    throw new InvalidContactException(Map.of("on", done.on() + " is in the future: mark it done once it is"));
                }
                rows = Jdbc.update(c, "UPDATE commitment SET state = 'DONE', done_on = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?", done.on(), commitmentId, expectedVersion);
            } else if (change instanceof CommitmentChange.DelayCommunicated delay) {
                if (!delay.newDue().isAfter(before.due()) || delay.on().isAfter(delay.newDue())) {
                    throw new InvalidContactException(Map.of("newDue", "the new date " + delay.newDue()
                            + " must come after the promised " + before.due() + " and after the day the delay was told"));
                }
                rows = Jdbc.update(c, "UPDATE commitment SET delay_communicated_on = ?, revised_due_on = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?", delay.on(), delay.newDue(), commitmentId, expectedVersion);
            } else {
                rows = Jdbc.update(c, "UPDATE commitment SET state = 'CANCELLED', version = version + 1 WHERE id = ? AND version = ?",
                        commitmentId, expectedVersion);
            }
            if (rows == 0) {
                throw new StaleEditException("the commitment \"" + before.what() + "\" was changed meanwhile: reload it and try again",
                        expectedVersion + 1);
            }
            RelationshipState.refresh(c, before.personId(), store.clock);
            Commitment after = commitment(c, commitmentId).orElseThrow();
            store.audit(c, "commitment", commitmentId, before.personId(), "updated", before, after, origin);
            return after;
        });
        store.post(ContactEvents.COMMITMENT_CHANGED, changed.personId(), commitmentId, origin);
        return changed;
    }

    @Override
    public List<Commitment> commitments(UUID personId) {
        return store.jdbc.read(c -> {
            requirePerson(c, personId);
            List<Commitment> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM commitment WHERE person_id = ? ORDER BY due_on, created_at")) {
                Jdbc.bind(ps, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) list.add(readCommitment(rs, store.today()));
                }
            }
            return list;
        });
    }

    @Override
    public void relationships(Instant interactionsSince, LocalDate commitmentsDueBy, Consumer<RelationshipFacts> each) {
        store.jdbc.read(c -> {
            readRelationships(c, null, interactionsSince, commitmentsDueBy, each);
            return null;
        });
    }

    @Override
    public void relationships(java.util.Collection<UUID> people, Instant interactionsSince, LocalDate commitmentsDueBy,
                              Consumer<RelationshipFacts> each) {
        List<UUID> all = new ArrayList<>(new java.util.LinkedHashSet<>(people));
        for (int from = 0; from < all.size(); from += RELATIONSHIPS_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + RELATIONSHIPS_CHUNK));
            store.jdbc.read(c -> {
                readRelationships(c, chunk, interactionsSince, commitmentsDueBy, each);
                return null;
            });
        }
    }

    /** How many people one read of {@link #relationships(java.util.Collection, Instant, LocalDate, Consumer)} asks for at a time. */
    private static final int RELATIONSHIPS_CHUNK = 500;

    /** The relationships of {@code people}, or of everyone when it is null: three reads, each row once. */
    private void readRelationships(Connection c, List<UUID> people, Instant interactionsSince, LocalDate commitmentsDueBy,
                                   Consumer<RelationshipFacts> each) throws SQLException {
        LocalDate today = store.today();
        String only = people == null ? "" : " AND person_id IN (" + Jdbc.placeholders(people.size()) + ")";
        Map<UUID, List<Commitment>> open = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM commitment WHERE state = 'OPEN' AND (due_on <= ? OR revised_due_on <= ?)"
                + only + " ORDER BY due_on, created_at")) {
            List<Object> args = new ArrayList<>(List.of(commitmentsDueBy, commitmentsDueBy));
            if (people != null) args.addAll(people);
            Jdbc.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Commitment commitment = readCommitment(rs, today);
                    open.computeIfAbsent(commitment.personId(), k -> new ArrayList<>()).add(commitment);
                }
            }
        }
        Map<UUID, Interaction> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM interaction WHERE occurred_at >= ?" + only + " ORDER BY occurred_at")) {
            List<Object> args = new ArrayList<>(List.of(interactionsSince));
            if (people != null) args.addAll(people);
            Jdbc.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID person = Jdbc.uuid(rs, "person_id");
                    latest.put(person, new Interaction(Jdbc.uuid(rs, "id"), person, Channel.valueOf(rs.getString("channel")),
                            Jdbc.instant(rs, "occurred_at"), Direction.valueOf(rs.getString("direction")), rs.getString("summary"),
                            Origin.valueOf(rs.getString("origin")), Jdbc.instant(rs, "recorded_at")));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, display_name, country, subdivision, time_zone, working_start, working_end,"
                + " birthday_year, birthday_month, birthday_day, last_contact_at, last_in_person_at, contact_due_at, in_person_due_at,"
                + " work_days FROM person" + (people == null ? "" : " WHERE id IN (" + Jdbc.placeholders(people.size()) + ")"))) {
            ps.setFetchSize(1000);
            if (people != null) Jdbc.bind(ps, people.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = (UUID) rs.getObject(1);
                    java.sql.Time start = rs.getTime(6);
                    java.sql.Time end = rs.getTime(7);
                    int month = rs.getInt(9);
                    Birthday birthday = rs.wasNull() ? null : new Birthday(Jdbc.integer(rs, 8), month, rs.getInt(10));
                    each.accept(new RelationshipFacts(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            start == null || end == null ? null : PersonRows.hours(start.toLocalTime(), end.toLocalTime(), rs.getString(15)), birthday,
                            Jdbc.instant(rs, 11), Jdbc.instant(rs, 12), Jdbc.instant(rs, 13), Jdbc.instant(rs, 14), latest.get(id),
                            open.getOrDefault(id, List.of())));
                }
            }
        }
    }

    private Optional<Commitment> commitment(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM commitment WHERE id = ?")) {
            Jdbc.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readCommitment(rs, store.today())) : Optional.empty();
            }
        }
    }

    private static Commitment readCommitment(ResultSet rs, LocalDate today) throws SQLException {
        HealthInputs.Promise p = new HealthInputs.Promise(rs.getString("state"), Jdbc.date(rs, "due_on"), Jdbc.date(rs, "done_on"),
                Jdbc.date(rs, "delay_communicated_on"), Jdbc.date(rs, "revised_due_on"));
        LocalDate deadline = p.deadline();
        CommitmentStatus status = switch (p.state()) {
            case "DONE" -> CommitmentStatus.DONE;
            case "CANCELLED" -> CommitmentStatus.CANCELLED;
            default -> today.isAfter(deadline) ? CommitmentStatus.LATE : CommitmentStatus.OPEN;
        };
        boolean keptOnTime = status == CommitmentStatus.DONE && !p.doneOn().isAfter(deadline);
        return new Commitment(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "person_id"), rs.getLong("version"), rs.getString("what"),
                Party.valueOf(rs.getString("owed_by")), p.due(), status, p.doneOn(), p.delayCommunicatedOn(), p.revisedDue(), keptOnTime,
                Jdbc.instant(rs, "created_at"));
    }

    @Override
    public TrustAssessment assessTrust(UUID personId, int openness, int competence, int respect, int rapport, String note,
                                       LocalDate on, Origin origin) {
        Map<String, String> errors = new LinkedHashMap<>();
        score(errors, "openness", openness);
        score(errors, "competence", competence);
        score(errors, "respect", respect);
        score(errors, "rapport", rapport);
        LocalDate day = on == null ? store.today() : on;
        if (day.isAfter(store.today())) errors.put("on", day + " is in the future: assess trust as it is now or was");
        if (!errors.isEmpty()) throw new InvalidContactException(errors);
        TrustAssessment t = new TrustAssessment(UUID.randomUUID(), personId, openness, competence, respect, rapport,
                PersonValidator.trimmed(note), day);
        store.jdbc.inTransaction(c -> {
            requirePerson(c, personId);
            Jdbc.update(c, "INSERT INTO trust_assessment (id, person_id, openness, competence, respect, rapport, note, assessed_on,"
                            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t.id(), personId, openness, competence, respect, rapport,
                    t.note(), day, store.now());
            RelationshipState.refresh(c, personId, store.clock);
            store.audit(c, "trust", t.id(), personId, "created", null, t, origin);
            return null;
        });
        store.post(ContactEvents.TRUST_ASSESSED, personId, t.id(), origin);
        return t;
    }

    private static void score(Map<String, String> errors, String field, int value) {
        if (value < 1 || value > 5) errors.put(field, "scores run from 1 (low) to 5 (high), not " + value);
    }

    @Override
    public List<TrustAssessment> trustHistory(UUID personId) {
        return store.jdbc.read(c -> {
            requirePerson(c, personId);
            List<TrustAssessment> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM trust_assessment WHERE person_id = ? ORDER BY assessed_on, recorded_at")) {
                Jdbc.bind(ps, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new TrustAssessment(Jdbc.uuid(rs, "id"), personId, rs.getInt("openness"), rs.getInt("competence"),
                                rs.getInt("respect"), rs.getInt("rapport"), rs.getString("note"), Jdbc.date(rs, "assessed_on")));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public Introduction recordIntroduction(UUID introducerId, UUID introducedId, UUID toId, LocalDate on, String note, Origin origin) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (introducerId != null && introducerId.equals(introducedId)) errors.put("introducerId", "a person cannot introduce themselves");
        if (toId != null && toId.equals(introducedId)) errors.put("toId", "a person cannot be introduced to themselves");
        LocalDate day = on == null ? store.today() : on;
        if (day.isAfter(store.today())) errors.put("on", day + " is in the future: record introductions that happened");
        if (!errors.isEmpty()) throw new InvalidContactException(errors);
        Introduction intro = new Introduction(UUID.randomUUID(), introducerId, introducedId, toId, day, PersonValidator.trimmed(note));
        store.jdbc.inTransaction(c -> {
            if (introducerId == null) throw new InvalidContactException(Map.of("introducerId", "say who made the introduction"));
            requirePerson(c, introducerId);
            requirePerson(c, introducedId);
            if (toId != null) requirePerson(c, toId);
            Jdbc.update(c, "INSERT INTO introduction (id, introducer_id, introduced_id, to_id, introduced_on, note, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", intro.id(), introducerId, introducedId, toId, day, intro.note(), store.now());
            store.audit(c, "introduction", intro.id(), introducedId, "created", null, intro, origin);
            return null;
        });
        store.post(ContactEvents.INTRODUCTION_RECORDED, introducedId, intro.id(), origin);
        return intro;
    }

    @Override
    public List<Introduction> introductions(UUID personId) {
        return store.jdbc.read(c -> {
            requirePerson(c, personId);
            return introductionRows(c, "SELECT * FROM introduction WHERE introducer_id = ? OR introduced_id = ? OR to_id = ?"
                    + " ORDER BY introduced_on", personId, personId, personId);
        });
    }

    private static List<Introduction> introductionRows(Connection c, String sql, Object... args) throws SQLException {
        List<Introduction> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Introduction(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "introducer_id"), Jdbc.uuid(rs, "introduced_id"),
                            Jdbc.uuid(rs, "to_id"), Jdbc.date(rs, "introduced_on"), rs.getString("note")));
                }
            }
        }
        return list;
    }

    @Override
    public Optional<IntroductionPath> pathTo(UUID targetId, double minTrust) {
        if (minTrust < 1 || minTrust > 5) throw new InvalidContactException(Map.of("minTrust", "trust runs from 1 to 5, not " + minTrust));
        return store.jdbc.read(c -> {
            Set<UUID> targets = new HashSet<>();
            if (PersonRows.find(c, targetId).isPresent()) {
                targets.add(targetId);
            } else if (OrganisationRows.find(c, targetId).isPresent()) {
                targets.addAll(ids(c, "SELECT id FROM person WHERE organisation_id = ?", targetId));
            } else {
                throw Contacts.notFound(c, targetId);
            }
            List<Introduction> all = introductionRows(c, "SELECT * FROM introduction");
            Map<UUID, Introduction> direct = new HashMap<>();
            for (UUID id : ids(c, "SELECT id FROM person WHERE last_contact_at IS NOT NULL")) direct.put(id, null);
            for (Introduction i : all) if (i.toId() == null) direct.put(i.introducedId(), i);
            Map<UUID, Double> trust = latestTrust(c);
            return new IntroductionGraph(all).best(direct, trust, targets, minTrust).map(p -> describe(c, p, trust));
        });
    }

    private IntroductionPath describe(Connection c, IntroductionGraph.Path path, Map<UUID, Double> trust) {
        try {
            Map<UUID, String> names = new HashMap<>();
            Set<UUID> wanted = new HashSet<>(path.people());
            for (Introduction i : path.links()) {
                if (i == null) continue;
                wanted.add(i.introducerId());
                wanted.add(i.introducedId());
                if (i.toId() != null) wanted.add(i.toId());
            }
            for (UUID id : wanted) {
                if (id != null) PersonRows.find(c, id).ifPresent(p -> names.put(id, p.displayName()));
            }
            List<IntroductionPath.Step> steps = new ArrayList<>();
            for (int i = 0; i < path.people().size(); i++) {
                UUID id = path.people().get(i);
                Introduction link = path.links().get(i);
                String how = link == null ? "you know them directly"
                        : names.getOrDefault(link.introducerId(), "someone") + " introduced " + names.get(link.introducedId()) + " to "
                        + (link.toId() == null ? "you" : names.get(link.toId())) + " on " + link.on();
                steps.add(new IntroductionPath.Step(id, names.get(id), how, trust.get(id)));
            }
            return new IntroductionPath(steps, Double.isNaN(path.weakestTrust()) ? 5.0 : path.weakestTrust());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot name the people on the path: " + e.getMessage(), e);
        }
    }

    private static Map<UUID, Double> latestTrust(Connection c) throws SQLException {
        Map<UUID, Double> latest = new HashMap<>();
        RelationshipState.trustScores(c, null, latest::put); // oldest first, so the last one put stays
        return latest;
    }

    private static List<UUID> ids(Connection c, String sql, Object... args) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * Fails unless the person exists, and locks their row until the transaction ends, so that
     * concurrent changes to one person's records derive the person's state one after another.
     */
    static void requirePerson(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE id = ? FOR UPDATE")) {
            Jdbc.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw Contacts.notFound(c, id);
            }
        }
    }
}
