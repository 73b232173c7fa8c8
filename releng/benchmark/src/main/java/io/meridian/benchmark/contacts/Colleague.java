package io.meridian.benchmark.contacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Someone else at work in the book between two measured runs of the whole-book health: one row
 * of each table {@code book()} reads is written (with its own values). Without this, H2 hands
 * a repeated statement with the same parameters the result it computed last time when no table
 * changed since, and a run would measure that cache rather than the reads; in real use the
 * book changes between two derivations.
 */
final class Colleague {

    /** A write, and the row it writes. */
    private record Write(String sql, Object key) {
    }

    private final DataSource dataSource;
    private List<Write> writes;

    Colleague(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void touch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (writes == null) {
                writes = List.of(
                        new Write("UPDATE cadence_rule SET days = days WHERE tag = ?", "*"),
                        new Write("UPDATE person SET notes = notes WHERE id = ?", first(c, "SELECT id FROM person")),
                        new Write("UPDATE person_attribute SET label = label WHERE person_id = ? AND kind = 'tag' AND seq = 0",
                                first(c, "SELECT person_id FROM person_attribute WHERE kind = 'tag' AND seq = 0")),
                        new Write("UPDATE commitment SET what = what WHERE id = ?", first(c, "SELECT id FROM commitment")),
                        new Write("UPDATE trust_assessment SET note = note WHERE id = ?", first(c, "SELECT id FROM trust_assessment")));
            }
            for (Write write : writes) {
                try (PreparedStatement ps = c.prepareStatement(write.sql())) {
                    ps.setObject(1, write.key());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static Object first(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT 1"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new SQLException("the book has no row for: " + sql);
            return rs.getObject(1);
        }
    }
}
