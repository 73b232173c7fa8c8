package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.PersonDraft;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Keeps the columns of {@code person} that are derived from other tables up to date: the
 * cadence in force (own, else the shortest of the tags' rules, else the default), the latest
 * contact and visit, when the next of each is due, and the health score. Called in the
 * transaction of every change that affects them; and once a day for the whole book
 * ({@link HealthRefresh}), since recency decays with the calendar alone, which is what the
 * health order of the lists reads. The health of the whole book itself is computed on demand
 * and writes nothing.
 */
final class RelationshipState {

    /** Rows written per transaction by the daily refresh, so that it never holds the book locked. */
    static final int REFRESH_BATCH = 1000;

    /** What health is computed from, by position: 1 id, 2 created, 3 last contact, 4 last visit, 5 and 6 own cadences. */
    private static final String INPUTS = "SELECT p.id, p.created_at, p.last_contact_at, p.last_in_person_at, p.cadence_days,"
            + " p.in_person_cadence_days";
    private static final String RULES = "SELECT tag, days, in_person_days FROM cadence_rule ORDER BY tag";
    /** The user's promises: 1 person, 2 state, 3 due, 4 done, 5 delay told, 6 revised due. */
    private static final String PROMISES = "SELECT person_id, state, due_on, done_on, delay_communicated_on, revised_due_on"
            + " FROM commitment WHERE owed_by = 'ME'";
    /** Trust assessments: 1 person, 2 the sum of the four criteria. */
    private static final String TRUST = "SELECT person_id, openness + competence + respect + rapport AS total FROM trust_assessment";

    /** And what is stored from it, from position 7: version, cadences in force, due dates, score. */
    private static final String STORED = ", p.version, p.effective_cadence_days, p.effective_in_person_days, p.contact_due_at,"
            + " p.in_person_due_at, p.health_score";

    private RelationshipState() {
    }

    /**
     * The reads of {@link #book}, in order, for the whole book: the rules, the people carrying the
     * rules' {@code ruleTags} tags (bound as its parameters), every person's inputs, the user's
     * promises and every trust assessment. The benchmark's floor runs exactly these.
     */
    static List<String> bookReads(int ruleTags) {
        return List.of(RULES, ruleTagsStatement(ruleTags), INPUTS + " FROM person p", PROMISES,
                TRUST + " ORDER BY person_id, assessed_on, recorded_at");
    }

    private static String ruleTagsStatement(int tags) {
        return "SELECT person_id, item_key FROM person_attribute WHERE kind = 'tag' AND item_key IN (" + Jdbc.placeholders(tags) + ")";
    }

    /** Re-derives one person (after a change to them or their records), in the caller's transaction; returns their health. */
    static Health refresh(Connection c, UUID personId, Clock clock) throws SQLException {
        Map<UUID, Row> rows = read(c, personId, true);
        Row row = rows.get(personId);
        Derived d = derive(row, LocalDate.now(clock), clock);
        try (PreparedStatement update = c.prepareStatement("UPDATE person SET effective_cadence_days = ?, effective_in_person_days = ?,"
                + " contact_due_at = ?, in_person_due_at = ?, next_due_at = ?, health_score = ?, last_contact_at = ?,"
                + " last_in_person_at = ? WHERE id = ?")) {
            HealthInputs in = row.inputs();
            Jdbc.bind(update, in.cadenceDays, in.inPersonDays, d.contactDue(), d.inPersonDue(), d.nextDue(), d.health().score(),
                    in.lastContactAt, in.lastInPersonAt, personId);
            update.executeUpdate();
        }
        return d.health();
    }

    /**
     * What a new person's derived columns hold, computed without reading them back: the cadence
     * in force (their own, else the shortest of their tags' rules, else the default), the due
     * dates one cadence after {@code now}, and their health on a book with nothing recorded yet.
     *
     * @return effective days, effective in-person days, contact due, in-person due, next due, health score
     */
    static Object[] forNewPerson(UUID id, PersonDraft d, Instant now, Map<String, CadenceRule> rules, Clock clock) {
        CadenceRule fallback = rules.getOrDefault(CadenceRule.DEFAULT, new CadenceRule(CadenceRule.DEFAULT, 30, 365));
        int tagged = Integer.MAX_VALUE;
        int taggedInPerson = Integer.MAX_VALUE;
        for (String tag : d.tags()) {
            CadenceRule rule = rules.get(tag);
            if (rule == null || CadenceRule.DEFAULT.equals(rule.tag())) continue;
            tagged = Math.min(tagged, rule.days());
            taggedInPerson = Math.min(taggedInPerson, rule.inPersonDays());
        }
        int days = d.cadenceDays() != null ? d.cadenceDays() : tagged != Integer.MAX_VALUE ? tagged : fallback.days();
        int inPersonDays = d.inPersonCadenceDays() != null ? d.inPersonCadenceDays()
                : taggedInPerson != Integer.MAX_VALUE ? taggedInPerson : fallback.inPersonDays();
        Derived derived = derive(new Row(new HealthInputs(id, now, null, null, days, inPersonDays), 1, 0, 0, null, null, null),
                LocalDate.now(clock), clock);
        return new Object[]{days, inPersonDays, derived.contactDue(), derived.inPersonDue(), derived.nextDue(), derived.health().score()};
    }

    /** Today's health of everyone, from one transaction's reads; writes nothing. */
    static Map<UUID, Health> book(Connection c, Clock clock) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        Collection<Row> rows = read(c, null, false).values();
        // Scoring is pure computation on what was read: spread over the cores.
        return rows.parallelStream().collect(Collectors.toMap(r -> r.inputs().personId,
                r -> HealthCalculator.compute(r.inputs(), today, clock.getZone())));
    }

    /**
     * The daily refresh: reads the book in one transaction, then writes the changed rows
     * {@link #REFRESH_BATCH} to a transaction. A row is written only if its derived values are
     * still those that were read: a person changed meanwhile was re-derived by that change.
     */
    static int refreshBook(Jdbc jdbc, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<Derived> changed = jdbc.inTransaction(c -> changed(read(c, null, true).values(), today, clock));
        int written = 0;
        for (int from = 0; from < changed.size(); from += REFRESH_BATCH) {
            List<Derived> batch = changed.subList(from, Math.min(changed.size(), from + REFRESH_BATCH));
            written += jdbc.inTransaction(c -> write(c, batch));
        }
        return written;
    }

    static Map<String, CadenceRule> rules(Connection c) throws SQLException {
        Map<String, CadenceRule> rules = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(RULES);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) rules.put(rs.getString(1), new CadenceRule(rs.getString(1), rs.getInt(2), rs.getInt(3)));
        }
        return rules;
    }

    /** A person's inputs, and the derived values stored for them when read. */
    private record Row(HealthInputs inputs, long version, int storedDays, int storedInPersonDays, Instant contactDue,
                       Instant inPersonDue, Integer score) {
    }

    /** What a row's derived columns should hold today. */
    private record Derived(Row row, Instant contactDue, Instant inPersonDue, Instant nextDue, Health health) {

        boolean changed() {
            HealthInputs in = row.inputs();
            return row.storedDays() != in.cadenceDays || row.storedInPersonDays() != in.inPersonDays
                    || !Objects.equals(row.contactDue(), contactDue) || !Objects.equals(row.inPersonDue(), inPersonDue)
                    || !Objects.equals(row.score(), health.score());
        }
    }

    private static Derived derive(Row row, LocalDate today, Clock clock) {
        HealthInputs in = row.inputs();
        Instant contactDue = due(in.lastContactAt, in.createdAt, in.cadenceDays);
        Instant inPersonDue = due(in.lastInPersonAt, in.createdAt, in.inPersonDays);
        return new Derived(row, contactDue, inPersonDue, contactDue.isBefore(inPersonDue) ? contactDue : inPersonDue,
                HealthCalculator.compute(in, today, clock.getZone()));
    }

    private static List<Derived> changed(Collection<Row> rows, LocalDate today, Clock clock) {
        return rows.parallelStream().map(r -> derive(r, today, clock)).filter(Derived::changed).toList();
    }

    /** Writes derived values where the row still holds what was read; returns how many were written. */
    private static int write(Connection c, List<Derived> changed) throws SQLException {
        int written = 0;
        try (PreparedStatement update = c.prepareStatement("UPDATE person SET effective_cadence_days = ?, effective_in_person_days = ?,"
                + " contact_due_at = ?, in_person_due_at = ?, next_due_at = ?, health_score = ? WHERE id = ? AND version = ?"
                + " AND last_contact_at IS NOT DISTINCT FROM ? AND last_in_person_at IS NOT DISTINCT FROM ?"
                + " AND contact_due_at = ? AND in_person_due_at = ? AND health_score IS NOT DISTINCT FROM ?")) {
            int pending = 0;
            for (Derived d : changed) {
                HealthInputs in = d.row().inputs();
                Jdbc.bind(update, in.cadenceDays, in.inPersonDays, d.contactDue(), d.inPersonDue(), d.nextDue(), d.health().score(),
                        in.personId, d.row().version(), in.lastContactAt, in.lastInPersonAt, d.row().contactDue(),
                        d.row().inPersonDue(), d.row().score());
                update.addBatch();
                if (++pending % REFRESH_BATCH == 0) written += sum(update.executeBatch());
            }
            written += sum(update.executeBatch());
        }
        return written;
    }

    private static int sum(int[] counts) {
        int sum = 0;
        for (int n : counts) sum += Math.max(0, n);
        return sum;
    }

    /**
     * Everyone's inputs, or one person's ({@code only}), whose latest interactions are read
     * afresh; with the derived values stored for them when {@code stored}, else those are empty.
     */
    private static Map<UUID, Row> read(Connection c, UUID only, boolean stored) throws SQLException {
        Map<String, CadenceRule> rules = rules(c);
        CadenceRule fallback = rules.getOrDefault(CadenceRule.DEFAULT, new CadenceRule(CadenceRule.DEFAULT, 30, 365));
        Map<UUID, int[]> byTags = tagCadences(c, rules, only);
        Map<UUID, Instant[]> latest = only == null ? Map.of() : latestInteractions(c, only);
        Map<UUID, Row> rows = new HashMap<>(only == null ? 1 << 17 : 2);
        String sql = INPUTS + (stored ? STORED : "") + " FROM person p" + (only == null ? "" : " WHERE p.id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (only != null) Jdbc.bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // Columns by position (INPUTS, then STORED): this loop runs for every person in the book.
                    UUID id = rs.getObject(1, UUID.class);
                    int[] tagged = byTags.get(id);
                    Integer own = Jdbc.integer(rs, 5);
                    Integer ownInPerson = Jdbc.integer(rs, 6);
                    Instant[] last = latest.getOrDefault(id, new Instant[]{Jdbc.instant(rs, 3), Jdbc.instant(rs, 4)});
                    int days = own != null ? own : tagged != null ? tagged[0] : fallback.days();
                    int inPersonDays = ownInPerson != null ? ownInPerson : tagged != null ? tagged[1] : fallback.inPersonDays();
                    HealthInputs inputs = new HealthInputs(id, Jdbc.instant(rs, 2), last[0], last[1], days, inPersonDays);
                    rows.put(id, stored ? new Row(inputs, rs.getLong(7), rs.getInt(8), rs.getInt(9), Jdbc.instant(rs, 10),
                            Jdbc.instant(rs, 11), Jdbc.integer(rs, 12)) : new Row(inputs, 0, 0, 0, null, null, null));
                }
            }
        }
        promises(c, only, rows);
        trust(c, only, rows);
        return rows;
    }

    /**
     * For each person with a tag that has a cadence rule: the shortest of those rules' cadences,
     * any and in person, as {@code [days, inPersonDays]}. Reads only the rules' tags, from the
     * tag index alone ({@code (kind, item_key, person_id)}; tags are kept in lower case, so
     * {@code item_key} is the tag), rather than every tag of the book.
     */
    private static Map<UUID, int[]> tagCadences(Connection c, Map<String, CadenceRule> rules, UUID only) throws SQLException {
        List<CadenceRule> byTag = rules.values().stream().filter(r -> !CadenceRule.DEFAULT.equals(r.tag())).toList();
        Map<UUID, int[]> cadences = new HashMap<>();
        if (byTag.isEmpty()) return cadences;
        String sql = ruleTagsStatement(byTag.size()) + (only == null ? "" : " AND person_id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Object> args = new ArrayList<>(byTag.stream().map(CadenceRule::tag).toList());
            if (only != null) args.add(only);
            Jdbc.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CadenceRule rule = rules.get(rs.getString(2));
                    int[] shortest = cadences.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[]{Integer.MAX_VALUE, Integer.MAX_VALUE});
                    shortest[0] = Math.min(shortest[0], rule.days());
                    shortest[1] = Math.min(shortest[1], rule.inPersonDays());
                }
            }
        }
        return cadences;
    }

    /** Due one cadence after the last contact, or after the person was added if never contacted. */
    private static Instant due(Instant last, Instant created, int days) {
        return (last != null ? last : created).plus(days, ChronoUnit.DAYS);
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
        try (PreparedStatement ps = c.prepareStatement(PROMISES + (only == null ? "" : " AND person_id = ?"))) {
            if (only != null) Jdbc.bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(rs.getObject(1, UUID.class));
                    if (row == null) continue;
                    row.inputs().promises.add(new HealthInputs.Promise(rs.getString(2), Jdbc.date(rs, 3), Jdbc.date(rs, 4),
                            Jdbc.date(rs, 5), Jdbc.date(rs, 6)));
                }
            }
        }
    }

    private static void trust(Connection c, UUID only, Map<UUID, Row> rows) throws SQLException {
        trustScores(c, only, (id, score) -> {
            Row row = rows.get(id);
            if (row != null) row.inputs().trust.add(score);
        });
    }

    /** Each trust score (the mean of the four criteria) to {@code each}, oldest first per person; everyone's when {@code only} is null. */
    static void trustScores(Connection c, UUID only, BiConsumer<UUID, Double> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TRUST + (only == null ? "" : " WHERE person_id = ?")
                + " ORDER BY person_id, assessed_on, recorded_at")) {
            if (only != null) Jdbc.bind(ps, only);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) each.accept(rs.getObject(1, UUID.class), rs.getInt(2) / 4.0);
            }
        }
    }
}
