package io.meridian.benchmark.contacts;

import io.meridian.contacts.internal.StandaloneContacts;

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
 * for {@code book()} (cadence rules, the people carrying the rules' tags, every person's inputs,
 * the user's promises, every trust assessment), with the same statements, taken from
 * RelationshipState itself ({@link StandaloneContacts#healthReads}), and the same getters, in one
 * transaction as there; without gathering the rows per person and without scoring.
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
        steps.add(step(c, "cadence rules", StandaloneContacts.healthReads(0).get(0), List.of(), rs -> {
            String tag = rs.getString(1);
            if (!"*".equals(tag)) ruleTags.add(tag);
            rs.getInt(2);
            rs.getInt(3);
        }));
        List<String> sql = StandaloneContacts.healthReads(ruleTags.size());
        if (!ruleTags.isEmpty()) {
            steps.add(step(c, "the rules' tags", sql.get(1), ruleTags, rs -> {
                rs.getObject(1, UUID.class);
                rs.getString(2);
            }));
        }
        steps.add(step(c, "persons", sql.get(2), List.of(), rs -> {
            rs.getObject(1, UUID.class);
            rs.getObject(2, OffsetDateTime.class);
            rs.getObject(3, OffsetDateTime.class);
            rs.getObject(4, OffsetDateTime.class);
            rs.getInt(5);
            rs.getInt(6);
        }));
        steps.add(step(c, "promises", sql.get(3), List.of(), rs -> {
            rs.getObject(1, UUID.class);
            rs.getString(2);
            rs.getObject(3, LocalDate.class);
            rs.getObject(4, LocalDate.class);
            rs.getObject(5, LocalDate.class);
            rs.getObject(6, LocalDate.class);
        }));
        steps.add(step(c, "trust", sql.get(4), List.of(), rs -> {
            rs.getObject(1, UUID.class);
            rs.getInt(2);
        }));
        return steps;
    }

    private static Step step(Connection c, String what, String sql, List<String> args, RowReader reader) throws SQLException {
        long start = System.nanoTime();
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                    rows++;
                }
            }
        }
        return new Step(what, rows, System.nanoTime() - start);
    }
}
