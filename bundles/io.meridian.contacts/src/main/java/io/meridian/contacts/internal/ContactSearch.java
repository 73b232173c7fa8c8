package io.meridian.contacts.internal;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A contact list query as SQL: filters in the WHERE clause, the sort in ORDER BY with the name
 * and id as tie-breakers (so pages never overlap), then one more query for the page's tags.
 */
final class ContactSearch {

    private ContactSearch() {
    }

    /**
     * The statements of a query: the count and the page share {@code args}; the page's limit
     * and offset follow them. The benchmark's JDBC floor runs exactly these.
     */
    record Statements(String count, String page, List<Object> args) {
    }

    /** A row of the page, before its tags are read. */
    private record Row(UUID id, String displayName, String organisationName, String title, String country, String timeZone,
                       String owner, Instant lastContactAt, Instant contactDue, Instant inPersonDue, Integer healthScore) {

        ContactSummary summary(List<String> tags, Instant now) {
            return new ContactSummary(id, displayName, organisationName, title, country, timeZone, tags, owner, lastContactAt,
                    contactDue, inPersonDue, healthScore, contactDue.isBefore(now) || inPersonDue.isBefore(now));
        }
    }

    static Page<ContactSummary> run(Connection c, ContactQuery q, Instant now) throws SQLException {
        Statements sql = statements(q, now);
        long total;
        try (PreparedStatement ps = c.prepareStatement(sql.count())) {
            Jdbc.bind(ps, sql.args().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Object> pageArgs = new ArrayList<>(sql.args());
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.page())) {
            Jdbc.bind(ps, pageArgs.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(Jdbc.uuid(rs, "id"), rs.getString("display_name"), rs.getString("organisation_name"),
                            rs.getString("title"), rs.getString("country"), rs.getString("time_zone"), rs.getString("owner"),
                            Jdbc.instant(rs, "last_contact_at"), Jdbc.instant(rs, "contact_due_at"), Jdbc.instant(rs, "in_person_due_at"),
                            Jdbc.integer(rs, "health_score")));
                }
            }
        }
        Map<UUID, List<String>> tags = tags(c, rows.stream().map(Row::id).toList());
        List<ContactSummary> items = rows.stream().map(r -> r.summary(tags.getOrDefault(r.id(), List.of()), now)).toList();
        return new Page<>(items, total, q.offset(), q.limit());
    }

    /** Filters in the WHERE clause, the sort in ORDER BY with the name and id as tie-breakers (so pages never overlap). */
    static Statements statements(ContactQuery q, Instant now) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
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
        if (q.tag() != null) {
            // Driven from the tag's index entries, not by probing every person.
            where.append(" AND p.id IN (SELECT a.person_id FROM person_attribute a WHERE a.kind = 'tag' AND a.item_key = ?)");
            args.add(q.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (q.overdue() != null) {
            where.append(q.overdue() ? " AND p.next_due_at < ?" : " AND p.next_due_at >= ?");
            args.add(now);
        }
        String direction = q.descending() ? " DESC" : " ASC";
        String order = switch (q.sort()) {
            case NAME -> "p.display_key" + direction;
            case HEALTH -> "p.health_score" + direction + (q.descending() ? " NULLS LAST" : " NULLS FIRST");
            case LAST_CONTACT -> "p.last_contact_at" + direction + (q.descending() ? " NULLS LAST" : " NULLS FIRST");
            case DUE -> "p.next_due_at" + direction;
        };
        return new Statements("SELECT COUNT(*) FROM person p" + where,
                "SELECT p.id, p.display_name, o.name AS organisation_name, p.title, p.country, p.time_zone, p.owner,"
                        + " p.last_contact_at, p.contact_due_at, p.in_person_due_at, p.health_score FROM person p"
                        + " LEFT JOIN organisation o ON o.id = p.organisation_id" + where
                        + " ORDER BY " + order + ", p.display_key, p.id LIMIT ? OFFSET ?",
                args);
    }

    /** The tags of the page's people, in each person's order. */
    static String tagsStatement(int people) {
        return "SELECT person_id, item FROM person_attribute WHERE kind = 'tag' AND person_id IN ("
                + String.join(", ", Collections.nCopies(people, "?")) + ") ORDER BY person_id, seq";
    }

    /** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
    static String contains(String text) {
        String key = DisplayNames.key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
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
