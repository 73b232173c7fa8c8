package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A contact list query as SQL: a capped count, the page from {@code person} alone, then the
 * page's tags and its organisations' names.
 */
final class ContactSearch {

    private ContactSearch() {
    }

    /**
     * How far past the end of the page the count goes. A list needs "page 1 of many", not an
     * exact 25,613: counting every match would read every match, however small the page.
     */
    static final int COUNT_AHEAD = 200;

    /**
     * The statements of a query, each with all its parameters: the count (capped at
     * {@code offset + limit + COUNT_AHEAD + 1} rows, so one over the cap means "more") and the
     * page. The benchmark's JDBC floor runs exactly these.
     */
    record Statements(String count, List<Object> countArgs, long countCap, String page, List<Object> pageArgs) {
    }

    /** A row of the page, before its tags and its organisation's name are read. */
    private record Row(UUID id, String displayName, UUID organisationId, String title, String country, String timeZone,
                       String owner, Instant lastContactAt, Instant contactDue, Instant inPersonDue, Integer healthScore) {

        ContactSummary summary(String organisationName, List<String> tags, Instant now) {
            return new ContactSummary(id, displayName, organisationName, title, country, timeZone, tags, owner, lastContactAt,
                    contactDue, inPersonDue, healthScore, contactDue.isBefore(now) || inPersonDue.isBefore(now));
        }
    }

    static Page<ContactSummary> run(Connection c, ContactQuery q, Instant now) throws SQLException {
        Statements sql = statements(q, now);
        long counted;
        try (PreparedStatement ps = c.prepareStatement(sql.count())) {
            Jdbc.bind(ps, sql.countArgs().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                counted = rs.getLong(1);
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.page())) {
            Jdbc.bind(ps, sql.pageArgs().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(Jdbc.uuid(rs, "id"), rs.getString("display_name"), Jdbc.uuid(rs, "organisation_id"),
                            rs.getString("title"), rs.getString("country"), rs.getString("time_zone"), rs.getString("owner"),
                            Jdbc.instant(rs, "last_contact_at"), Jdbc.instant(rs, "contact_due_at"), Jdbc.instant(rs, "in_person_due_at"),
                            Jdbc.integer(rs, "health_score")));
                }
            }
        }
        Map<UUID, List<String>> tags = tags(c, rows.stream().map(Row::id).toList());
        Map<UUID, String> organisations = organisationNames(c, rows.stream().map(Row::organisationId).filter(Objects::nonNull).distinct().toList());
        List<ContactSummary> items = rows.stream()
                .map(r -> r.summary(organisations.get(r.organisationId()), tags.getOrDefault(r.id(), List.of()), now)).toList();
        boolean exact = counted < sql.countCap();
        return new Page<>(items, exact ? counted : sql.countCap() - 1, exact, q.offset(), q.limit());
    }

    /**
     * Filters in the WHERE clause; the sort in ORDER BY with the name and id as tie-breakers (so
     * pages never overlap), led by the column of an equality filter, which changes nothing in the
     * result but lets the database read an index such as {@code (country, health_score,
     * display_key, id)} in order and stop after the page (H2 does so only when the ORDER BY is
     * the index's columns in the index's order, hence no repeated column, and only for
     * ascending orders). The tag filter probes each candidate's tags for the page (which walks
     * the sort order and stops) and is driven from the tag's index entries for the count. The
     * page reads {@code person} alone; the organisations' names follow for its rows only.
     */
    static Statements statements(ContactQuery q, Instant now) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND p.search_key LIKE ? ESCAPE '\\'");
            args.add(contains(q.text()));
        }
        if (q.country() != null) {
            where.append(" AND p.country = ?");
            args.add(q.country().toUpperCase(Locale.ROOT));
        }
        if (q.owner() != null) {
            where.append(" AND p.owner = ?");
            args.add(q.owner());
        }
        if (q.organisationId() != null) {
            where.append(" AND p.organisation_id = ?");
            args.add(q.organisationId());
        }
        if (q.overdue() != null) {
            where.append(q.overdue() ? " AND p.next_due_at < ?" : " AND p.next_due_at >= ?");
            args.add(now);
        }
        String tag = q.tag() == null ? null : q.tag().strip().toLowerCase(Locale.ROOT);
        long cap = (long) q.offset() + q.limit() + COUNT_AHEAD + 1;

        List<Object> countArgs = new ArrayList<>();
        String count;
        if (tag == null) {
            count = "SELECT COUNT(*) FROM (SELECT 1 FROM person p WHERE 1 = 1" + where + " LIMIT ?) t";
        } else {
            count = "SELECT COUNT(*) FROM (SELECT 1 FROM person_attribute a JOIN person p ON p.id = a.person_id"
                    + " WHERE a.kind = 'tag' AND a.item_key = ?" + where + " LIMIT ?) t";
            countArgs.add(tag);
        }
        countArgs.addAll(args);
        countArgs.add(cap);

        String lead = q.organisationId() != null ? "p.organisation_id, " : q.country() != null ? "p.country, "
                : q.owner() != null ? "p.owner, " : "";
        String direction = q.descending() ? " DESC" : " ASC";
        String order = lead + switch (q.sort()) {
            case NAME -> "p.display_key" + direction;
            case HEALTH -> "p.health_score" + direction + (q.descending() ? " NULLS LAST" : " NULLS FIRST") + ", p.display_key";
            case LAST_CONTACT -> "p.last_contact_at" + direction + (q.descending() ? " NULLS LAST" : " NULLS FIRST") + ", p.display_key";
            case DUE -> "p.next_due_at" + direction + ", p.display_key";
        } + ", p.id";
        List<Object> pageArgs = new ArrayList<>(args);
        String tagFilter = "";
        if (tag != null) {
            tagFilter = " AND EXISTS (SELECT 1 FROM person_attribute a WHERE a.person_id = p.id AND a.kind = 'tag' AND a.item_key = ?)";
            pageArgs.add(tag);
        }
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        String page = "SELECT p.id, p.display_name, p.organisation_id, p.title, p.country, p.time_zone, p.owner,"
                + " p.last_contact_at, p.contact_due_at, p.in_person_due_at, p.health_score FROM person p"
                + " WHERE 1 = 1" + where + tagFilter + " ORDER BY " + order + " LIMIT ? OFFSET ?";
        return new Statements(count, countArgs, cap, page, pageArgs);
    }

    /** The tags of the page's people, in each person's order. */
    static String tagsStatement(int people) {
        return "SELECT person_id, item FROM person_attribute WHERE kind = 'tag' AND person_id IN ("
                + Jdbc.placeholders(people) + ") ORDER BY person_id, seq";
    }

    /** The names of the page's organisations. */
    static String organisationsStatement(int organisations) {
        return "SELECT id, name FROM organisation WHERE id IN (" + Jdbc.placeholders(organisations) + ")";
    }

    /** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
    static String contains(String text) {
        String key = DisplayNames.key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }

    private static Map<UUID, String> organisationNames(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        try (PreparedStatement ps = c.prepareStatement(organisationsStatement(ids.size()))) {
            Jdbc.bind(ps, ids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.put(Jdbc.uuid(rs, "id"), rs.getString("name"));
            }
        }
        return names;
    }

    private static Map<UUID, List<String>> tags(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) return tags;
        try (PreparedStatement ps = c.prepareStatement(tagsStatement(ids.size()))) {
            Jdbc.bind(ps, ids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tags.computeIfAbsent(Jdbc.uuid(rs, "person_id"), k -> new ArrayList<>()).add(rs.getString("item"));
            }
        }
        return tags;
    }
}
