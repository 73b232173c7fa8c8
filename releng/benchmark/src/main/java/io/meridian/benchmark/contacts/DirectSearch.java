package io.meridian.benchmark.contacts;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.contacts.internal.StandaloneContacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The floor of a page query: the three statements the contacts bundle's ContactSearch runs for
 * a {@link ContactQuery} (count, page, the page's tags), with the same text and parameters, on a
 * connection from the same pool, reading the same columns; and nothing else — no freshness
 * check, no records built. What Meridian adds on top is the difference.
 *
 * <p>The SQL is copied, not shared: if ContactSearch changes, change this with it. The harness
 * checks that both return the same page before it measures, so a drift shows as an error.
 */
final class DirectSearch {

    /** The page as the floor sees it: enough to check it is the page Meridian returned. */
    record Result(long total, List<UUID> ids, int tagRows) {
    }

    private DirectSearch() {
    }

    static Result run(DataSource dataSource, ContactQuery q, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return run(c, q, now);
        }
    }

    static Result run(Connection c, ContactQuery q, Instant now) throws SQLException {
        Sql sql = sql(q, now);
        long total;
        try (PreparedStatement ps = c.prepareStatement(sql.count())) {
            SyntheticBook.bind(ps, sql.args().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Object> pageArgs = new ArrayList<>(sql.args());
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.page())) {
            SyntheticBook.bind(ps, pageArgs.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject("id", UUID.class));
                    rs.getString("display_name");
                    rs.getString("organisation_name");
                    rs.getString("title");
                    rs.getString("country");
                    rs.getString("time_zone");
                    rs.getString("owner");
                    rs.getObject("last_contact_at", OffsetDateTime.class);
                    rs.getObject("contact_due_at", OffsetDateTime.class);
                    rs.getObject("in_person_due_at", OffsetDateTime.class);
                    rs.getInt("health_score");
                }
            }
        }
        int tagRows = 0;
        if (!ids.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(tagsSql(ids.size()))) {
                SyntheticBook.bind(ps, ids.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject("person_id", UUID.class);
                        rs.getString("item");
                        tagRows++;
                    }
                }
            }
        }
        return new Result(total, ids, tagRows);
    }

    /** The count and page statements of a query, and their shared parameters (the page's limit and offset come last). */
    record Sql(String count, String page, List<Object> args) {
    }

    /** As ContactSearch.run builds them. */
    static Sql sql(ContactQuery q, Instant now) {
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
        return new Sql("SELECT COUNT(*) FROM person p" + where,
                "SELECT p.id, p.display_name, o.name AS organisation_name, p.title, p.country,"
                        + " p.time_zone, p.owner, p.last_contact_at, p.contact_due_at, p.in_person_due_at, p.health_score FROM person p"
                        + " LEFT JOIN organisation o ON o.id = p.organisation_id" + where
                        + " ORDER BY " + order + ", p.display_key, p.id LIMIT ? OFFSET ?",
                args);
    }

    static String tagsSql(int ids) {
        return "SELECT person_id, item FROM person_attribute WHERE kind = 'tag' AND person_id IN ("
                + String.join(", ", Collections.nCopies(ids, "?")) + ") ORDER BY person_id, seq";
    }

    private static String contains(String text) {
        String key = StandaloneContacts.key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }
}
