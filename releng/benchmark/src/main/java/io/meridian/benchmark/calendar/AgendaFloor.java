package io.meridian.benchmark.calendar;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The floor of the agenda: the three reads of {@code RelationshipService.relationships} for the
 * whole book (the contacts bundle's {@code Relationships}) with the same statements, the
 * parameters the agenda passed, and the same getters, on one pooled connection as there; each
 * row's columns are read and the row is dropped. No grouping by person, no records, no agenda.
 *
 * <p>The statements are copied from {@code Relationships}, which keeps them inline; the harness
 * checks before measuring that both read the same rows ({@link #check}), so a change there that
 * this class misses stops the run instead of measuring something else.
 */
final class AgendaFloor {

    static final String COMMITMENTS = "SELECT * FROM commitment WHERE state = 'OPEN' AND (due_on <= ? OR revised_due_on <= ?)"
            + " ORDER BY due_on, created_at";
    static final String INTERACTIONS = "SELECT * FROM interaction WHERE occurred_at >= ? ORDER BY occurred_at";
    static final String PERSONS = "SELECT id, display_name, country, subdivision, time_zone, working_start, working_end,"
            + " birthday_year, birthday_month, birthday_day, last_contact_at, last_in_person_at, contact_due_at, in_person_due_at,"
            + " work_days FROM person";

    /**
     * The rows read.
     *
     * @param recentPeople the people with an interaction since the first day read; only counted by {@link #check}
     */
    record Rows(int commitments, int interactions, int persons, int recentPeople) {
        long total() {
            return (long) commitments + interactions + persons;
        }
    }

    private AgendaFloor() {
    }

    static Rows read(DataSource dataSource, Instant interactionsSince, LocalDate commitmentsDueBy) throws SQLException {
        return read(dataSource, interactionsSince, commitmentsDueBy, null);
    }

    /** Reads as {@link #read} does, and also counts the people with a recent interaction, to compare with the service. */
    static Rows check(DataSource dataSource, Instant interactionsSince, LocalDate commitmentsDueBy) throws SQLException {
        return read(dataSource, interactionsSince, commitmentsDueBy, new HashSet<>());
    }

    private static Rows read(DataSource dataSource, Instant since, LocalDate dueBy, Set<UUID> recent) throws SQLException {
        int commitments = 0;
        int interactions = 0;
        int persons = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(COMMITMENTS)) {
                ps.setObject(1, dueBy);
                ps.setObject(2, dueBy);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString("state");
                        rs.getObject("due_on", LocalDate.class);
                        rs.getObject("done_on", LocalDate.class);
                        rs.getObject("delay_communicated_on", LocalDate.class);
                        rs.getObject("revised_due_on", LocalDate.class);
                        rs.getObject("id", UUID.class);
                        rs.getObject("person_id", UUID.class);
                        rs.getLong("version");
                        rs.getString("what");
                        rs.getString("owed_by");
                        rs.getObject("created_at", OffsetDateTime.class);
                        commitments++;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(INTERACTIONS)) {
                ps.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID person = rs.getObject("person_id", UUID.class);
                        if (recent != null) recent.add(person);
                        rs.getObject("id", UUID.class);
                        rs.getString("channel");
                        rs.getObject("occurred_at", OffsetDateTime.class);
                        rs.getString("direction");
                        rs.getString("summary");
                        rs.getString("origin");
                        rs.getObject("recorded_at", OffsetDateTime.class);
                        interactions++;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(PERSONS)) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                        rs.getTime(6);
                        rs.getTime(7);
                        rs.getInt(9);
                        if (!rs.wasNull()) {
                            rs.getInt(8);
                            rs.getInt(10);
                        }
                        rs.getString(2);
                        rs.getString(3);
                        rs.getString(4);
                        rs.getString(5);
                        for (int i = 11; i <= 14; i++) rs.getObject(i, OffsetDateTime.class);
                        rs.getString(15);
                        persons++;
                    }
                }
            }
        }
        return new Rows(commitments, interactions, persons, recent == null ? 0 : recent.size());
    }
}
