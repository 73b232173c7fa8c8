package io.meridian.contacts.internal;

import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.Health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the columns of {@code person} that are derived from other tables up to date: the
 * cadence in force (own, else the shortest of the tags' rules, else the default), the latest
 * contact and visit, when the next of each is due, and the health score. Called in the
 * transaction of every change that affects them, and once a day for the whole book, since
 * recency decays with the calendar alone.
 */
final class RelationshipState {

    private RelationshipState() {
    }

    /** Re-derives one person (after a change to them or their records); returns their health. */
    static Health refresh(Connection c, UUID personId, Clock clock) throws SQLException {
        return derive(c, personId, clock).get(personId);
    }

    /** Re-derives everyone; writes only the rows whose derived values changed. */
    static Map<UUID, Health> refreshBook(Connection c, Clock clock) throws SQLException {
        return derive(c, null, clock);
    }

    static Map<String, CadenceRule> rules(Connection c) throws SQLException {
        Map<String, CadenceRule> rules = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tag, days, in_person_days FROM cadence_rule ORDER BY tag");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) rules.put(rs.getString(1), new CadenceRule(rs.getString(1), rs.getInt(2), rs.getInt(3)));
        }
        return rules;
    }

    private record Row(HealthInputs inputs, long version, int storedDays, int storedInPersonDays, Instant contactDue,
                       Instant inPersonDue, Integer score) {
    }

    private static Map<UUID, Health> derive(Connection c, UUID only, Clock clock) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        Map<String, CadenceRule> rules = rules(c);
        String where = only == null ? "" : " WHERE p.id = ?";
        Map<UUID, Row> rows = new LinkedHashMap<>();
        Map<UUID, List<String>> tags = tags(c, only);
        Map<UUID, Instant[]> latest = only == null ? Map.of() : latestInteractions(c, only);
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.version, p.created_at, p.last_contact_at, p.last_in_person_at,"
                + " p.cadence_days, p.in_person_cadence_days, p.effective_cadence_days, p.effective_in_person_days,"
                + " p.contact_due_at, p.in_person_due_at, p.health_score FROM person p" + where)) {
            if (only != null) Jdbc.bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = Jdbc.uuid(rs, "id");
                    List<String> personTags = tags.getOrDefault(id, List.of());
                    Integer own = Jdbc.integer(rs, "cadence_days");
                    Integer ownInPerson = Jdbc.integer(rs, "in_person_cadence_days");
                    Instant[] last = latest.getOrDefault(id, new Instant[]{Jdbc.instant(rs, "last_contact_at"), Jdbc.instant(rs, "last_in_person_at")});
                    int days = own != null ? own : effective(rules, personTags, false);
                    int inPersonDays = ownInPerson != null ? ownInPerson : effective(rules, personTags, true);
                    HealthInputs inputs = new HealthInputs(id, Jdbc.instant(rs, "created_at"), last[0], last[1], days, inPersonDays);
                    rows.put(id, new Row(inputs, rs.getLong("version"), rs.getInt("effective_cadence_days"), rs.getInt("effective_in_person_days"),
                            Jdbc.instant(rs, "contact_due_at"), Jdbc.instant(rs, "in_person_due_at"), Jdbc.integer(rs, "health_score")));
                }
            }
        }
        promises(c, only, rows);
        trust(c, only, rows);
        Map<UUID, Health> health = new HashMap<>();
        // One person: their row is locked by the caller, and the latest interactions were just read.
        // The whole book: written only where nobody changed the row since it was read, since a
        // concurrent change to a person derives that person's state itself.
        String sql = only != null
                ? "UPDATE person SET effective_cadence_days = ?, effective_in_person_days = ?, contact_due_at = ?, in_person_due_at = ?,"
                        + " next_due_at = ?, health_score = ?, health_as_of = ?, last_contact_at = ?, last_in_person_at = ? WHERE id = ?"
                : "UPDATE person SET effective_cadence_days = ?, effective_in_person_days = ?, contact_due_at = ?, in_person_due_at = ?,"
                        + " next_due_at = ?, health_score = ?, health_as_of = ? WHERE id = ? AND version = ?"
                        + " AND last_contact_at IS NOT DISTINCT FROM ? AND last_in_person_at IS NOT DISTINCT FROM ?";
        try (PreparedStatement update = c.prepareStatement(sql)) {
            int pending = 0;
            for (Row row : rows.values()) {
                HealthInputs in = row.inputs();
                Health h = HealthCalculator.compute(in, today, clock.getZone());
                health.put(in.personId, h);
                Instant contactDue = due(in.lastContactAt, in.createdAt, in.cadenceDays);
                Instant inPersonDue = due(in.lastInPersonAt, in.createdAt, in.inPersonDays);
                boolean changed = only != null || row.storedDays() != in.cadenceDays || row.storedInPersonDays() != in.inPersonDays
                        || !Objects.equals(row.contactDue(), contactDue) || !Objects.equals(row.inPersonDue(), inPersonDue)
                        || !Objects.equals(row.score(), h.score());
                if (!changed) continue;
                Instant nextDue = contactDue.isBefore(inPersonDue) ? contactDue : inPersonDue;
                if (only != null) {
                    Jdbc.bind(update, in.cadenceDays, in.inPersonDays, contactDue, inPersonDue, nextDue, h.score(), today,
                            in.lastContactAt, in.lastInPersonAt, in.personId);
                } else {
                    Jdbc.bind(update, in.cadenceDays, in.inPersonDays, contactDue, inPersonDue, nextDue, h.score(), today,
                            in.personId, row.version(), in.lastContactAt, in.lastInPersonAt);
                }
                update.addBatch();
                if (++pending % 1000 == 0) update.executeBatch();
            }
            update.executeBatch();
        }
        return health;
    }

    private static int effective(Map<String, CadenceRule> rules, List<String> tags, boolean inPerson) {
        CadenceRule fallback = rules.get(CadenceRule.DEFAULT);
        int best = fallback == null ? (inPerson ? 365 : 30) : (inPerson ? fallback.inPersonDays() : fallback.days());
        boolean tagged = false;
        for (String tag : tags) {
            CadenceRule rule = rules.get(tag);
            if (rule == null) continue;
            int days = inPerson ? rule.inPersonDays() : rule.days();
            best = tagged ? Math.min(best, days) : days;
            tagged = true;
        }
        return best;
    }

    /** Due one cadence after the last contact, or after the person was added if never contacted. */
    private static Instant due(Instant last, Instant created, int days) {
        return (last != null ? last : created).plus(days, ChronoUnit.DAYS);
    }

    private static Map<UUID, List<String>> tags(Connection c, UUID only) throws SQLException {
        Map<UUID, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, item FROM person_attribute WHERE kind = 'tag'"
                + (only == null ? "" : " AND person_id = ?"))) {
            if (only != null) Jdbc.bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tags.computeIfAbsent(Jdbc.uuid(rs, "person_id"), k -> new ArrayList<>()).add(rs.getString("item"));
            }
        }
        return tags;
    }

    private static Map<UUID, Instant[]> latestInteractions(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(occurred_at) AS any_at,"
                + " MAX(CASE WHEN channel = 'IN_PERSON' THEN occurred_at END) AS visit_at FROM interaction WHERE person_id = ?")) {
            Jdbc.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Map.of(id, new Instant[]{Jdbc.instant(rs, "any_at"), Jdbc.instant(rs, "visit_at")});
            }
        }
    }

    private static void promises(Connection c, UUID only, Map<UUID, Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, state, due_on, done_on, delay_communicated_on, revised_due_on"
                + " FROM commitment WHERE owed_by = 'ME'" + (only == null ? "" : " AND person_id = ?"))) {
            if (only != null) Jdbc.bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(Jdbc.uuid(rs, "person_id"));
                    if (row == null) continue;
                    row.inputs().promises.add(new HealthInputs.Promise(rs.getString("state"), Jdbc.date(rs, "due_on"),
                            Jdbc.date(rs, "done_on"), Jdbc.date(rs, "delay_communicated_on"), Jdbc.date(rs, "revised_due_on")));
                }
            }
        }
    }

    private static void trust(Connection c, UUID only, Map<UUID, Row> rows) throws SQLException {
        trustScores(c, only).forEach((id, scores) -> {
            Row row = rows.get(id);
            if (row != null) row.inputs().trust.addAll(scores);
        });
    }

    /** Each person's trust scores (the mean of the four criteria), oldest first; everyone's when {@code only} is null. */
    static Map<UUID, List<Double>> trustScores(Connection c, UUID only) throws SQLException {
        Map<UUID, List<Double>> scores = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, openness + competence + respect + rapport AS total"
                + " FROM trust_assessment" + (only == null ? "" : " WHERE person_id = ?") + " ORDER BY person_id, assessed_on, recorded_at")) {
            if (only != null) Jdbc.bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) scores.computeIfAbsent(Jdbc.uuid(rs, "person_id"), k -> new ArrayList<>()).add(rs.getInt("total") / 4.0);
            }
        }
        return scores;
    }
}
