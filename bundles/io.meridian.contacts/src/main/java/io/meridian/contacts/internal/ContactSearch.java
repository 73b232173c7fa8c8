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

    static Page<ContactSummary> run(Connection c, ContactQuery q, Instant now) throws SQLException {
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
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM person p" + where)) {
            Jdbc.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        String direction = q.descending() ? " DESC" : " ASC";
        String order = switch (q.sort()) {
            case NAME -> "p.display_key" + direction;
            case HEALTH -> "p.health_score" + direction + (q.descending() ? " NULLS LAST" : " NULLS FIRST");
            case LAST_CONTACT -> "p.last_contact_at" + direction + (q.descending() ? " NULLS LAST" : " NULLS FIRST");
            case DUE -> "p.next_due_at" + direction;
        };
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.display_name, o.name AS organisation_name, p.title, p.country,"
                + " p.time_zone, p.owner, p.last_contact_at, p.contact_due_at, p.in_person_due_at, p.health_score FROM person p"
                + " LEFT JOIN organisation o ON o.id = p.organisation_id" + where
                + " ORDER BY " + order + ", p.display_key, p.id LIMIT ? OFFSET ?")) {
            Jdbc.bind(ps, pageArgs.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = Jdbc.uuid(rs, "id");
                    ids.add(id);
                    Instant due = Jdbc.instant(rs, "contact_due_at");
                    Instant inPersonDue = Jdbc.instant(rs, "in_person_due_at");
                    rows.add(new Object[]{id, rs.getString("display_name"), rs.getString("organisation_name"), rs.getString("title"),
                            rs.getString("country"), rs.getString("time_zone"), rs.getString("owner"), Jdbc.instant(rs, "last_contact_at"),
                            due, inPersonDue, Jdbc.integer(rs, "health_score"), due.isBefore(now) || inPersonDue.isBefore(now)});
                }
            }
        }
        Map<UUID, List<String>> tags = tags(c, ids);
        List<ContactSummary> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new ContactSummary((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    tags.getOrDefault((UUID) r[0], List.of()), (String) r[6], (Instant) r[7], (Instant) r[8], (Instant) r[9], (Integer) r[10],
                    (Boolean) r[11]));
        }
        return new Page<>(items, total, q.offset(), q.limit());
    }

    /** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
    static String contains(String text) {
        String key = DisplayNames.key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }

    private static Map<UUID, List<String>> tags(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) return tags;
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, item FROM person_attribute WHERE kind = 'tag' AND person_id IN ("
                + marks + ") ORDER BY person_id, seq")) {
            Jdbc.bind(ps, ids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tags.computeIfAbsent(Jdbc.uuid(rs, "person_id"), k -> new ArrayList<>()).add(rs.getString("item"));
            }
        }
        return tags;
    }
}
