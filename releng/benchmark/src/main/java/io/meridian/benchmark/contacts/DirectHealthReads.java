package io.meridian.benchmark.contacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The floor of the whole-book health: the reads the contacts bundle's RelationshipState does
 * for {@code book()} (cadence rules, each tagged person's shortest cadence by tag, every
 * person's inputs, the user's promises, every trust assessment), with the same statements and
 * getters, in one transaction as there; without gathering the rows per person and without
 * scoring.
 * The SQL is copied from RelationshipState: change it with it.
 */
final class DirectHealthReads {

    /** One of the reads: what it reads, how many rows, how long it took. */
    record Step(String what, int rows, long nanos) {
    }

    /** Reads one row's columns. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private DirectHealthReads() {
    }

    /** The reads in RelationshipState's order, each timed. */
    static List<Step> read(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return read(c);
            } finally {
                c.commit();
                c.setAutoCommit(true);
            }
        }
    }

    private static List<Step> read(Connection c) throws SQLException {
        List<Step> steps = new ArrayList<>();
        List<String> ruleTags = new ArrayList<>();
        steps.add(step(c, "cadence rules", "SELECT tag, days, in_person_days FROM cadence_rule ORDER BY tag", rs -> {
            String tag = rs.getString(1);
            if (!"*".equals(tag)) ruleTags.add("'" + tag.replace("'", "''") + "'");
            rs.getInt(2);
            rs.getInt(3);
        }));
        steps.add(step(c, "the rules' tags", "SELECT person_id, item_key FROM person_attribute WHERE kind = 'tag' AND item_key IN ("
                + String.join(", ", ruleTags) + ")", rs -> {
            rs.getObject(1, UUID.class);
            rs.getString(2);
        }));
        steps.add(step(c, "persons", "SELECT p.id, p.created_at, p.last_contact_at, p.last_in_person_at, p.cadence_days,"
                + " p.in_person_cadence_days FROM person p", rs -> {
            rs.getObject(1, UUID.class);
            rs.getObject(2, OffsetDateTime.class);
            rs.getObject(3, OffsetDateTime.class);
            rs.getObject(4, OffsetDateTime.class);
            rs.getInt(5);
            rs.getInt(6);
        }));
        steps.add(step(c, "promises", "SELECT person_id, state, due_on, done_on, delay_communicated_on, revised_due_on"
                + " FROM commitment WHERE owed_by = 'ME'", rs -> {
            rs.getObject(1, UUID.class);
            rs.getString(2);
            rs.getObject(3, LocalDate.class);
            rs.getObject(4, LocalDate.class);
            rs.getObject(5, LocalDate.class);
            rs.getObject(6, LocalDate.class);
        }));
        steps.add(step(c, "trust", "SELECT person_id, openness + competence + respect + rapport AS total"
                + " FROM trust_assessment ORDER BY person_id, assessed_on, recorded_at", rs -> {
            rs.getObject(1, UUID.class);
            rs.getInt(2);
        }));
        return steps;
    }

    private static Step step(Connection c, String what, String sql, RowReader reader) throws SQLException {
        long start = System.nanoTime();
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
                rows++;
            }
        }
        return new Step(what, rows, System.nanoTime() - start);
    }
}
