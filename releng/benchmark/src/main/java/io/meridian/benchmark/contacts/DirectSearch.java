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
import java.util.List;
import java.util.UUID;

/**
 * The floor of a page query: the four statements the contacts bundle's ContactSearch runs for
 * a {@link ContactQuery} (count, page, the page's tags and organisations), with the same text and parameters, on a
 * connection from the same pool, reading the same columns; and nothing else — no freshness
 * check, no records built. What Meridian adds on top is the difference.
 *
 * <p>The statements come from the bundle itself ({@link StandaloneContacts#searchStatements}),
 * so the floor always runs what Meridian runs.
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
        StandaloneContacts.SearchStatements sql = StandaloneContacts.searchStatements(q, now);
        long total;
        try (PreparedStatement ps = c.prepareStatement(sql.count())) {
            BenchmarkDatabase.bind(ps, sql.countArgs().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long counted = rs.getLong(1);
                total = counted < sql.countCap() ? counted : sql.countCap() - 1;
            }
        }
        List<UUID> ids = new ArrayList<>();
        List<UUID> organisations = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.page())) {
            BenchmarkDatabase.bind(ps, sql.pageArgs().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject("id", UUID.class));
                    rs.getString("display_name");
                    UUID organisation = rs.getObject("organisation_id", UUID.class);
                    if (organisation != null && !organisations.contains(organisation)) organisations.add(organisation);
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
        if (!organisations.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(StandaloneContacts.organisationsStatement(organisations.size()))) {
                BenchmarkDatabase.bind(ps, organisations.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject("id", UUID.class);
                        rs.getString("name");
                    }
                }
            }
        }
        int tagRows = 0;
        if (!ids.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(StandaloneContacts.tagsStatement(ids.size()))) {
                BenchmarkDatabase.bind(ps, ids.toArray());
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
}
