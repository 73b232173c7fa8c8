package io.meridian.benchmark.calendar;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.RelationshipService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Someone else at work in the book between two measured agendas.
 *
 * <p>{@link #touch} writes one row of each table the agenda reads with its own values. Without
 * it, H2 hands a repeated statement with the same parameters the result it computed the last
 * time when no table changed since, and a run would measure that cache rather than the reads
 * (as in the contacts benchmark's colleague).
 *
 * <p>{@link #logMeetings} logs meetings with some people through the relationship service, as
 * the user would, and hands the agenda the events the contacts bundle posts for them (outside
 * the framework nobody delivers them), so that an agenda that keeps the book in memory reads
 * those people again.
 */
final class Colleague {

    private static final List<String> TABLES = List.of("person", "interaction", "commitment");
    private static final List<String> WRITES = List.of("UPDATE person SET notes = notes WHERE id = ?",
            "UPDATE interaction SET summary = summary WHERE id = ?", "UPDATE commitment SET what = what WHERE id = ?");

    private final DataSource dataSource;
    private final SplittableRandom random;
    private List<Object> rows;
    private List<UUID> people;

    Colleague(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.random = new SplittableRandom(seed);
    }

    void touch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (rows == null) {
                List<Object> found = new ArrayList<>();
                for (String table : TABLES) found.add(first(c, table));
                rows = List.copyOf(found);
            }
            for (int i = 0; i < WRITES.size(); i++) {
                try (PreparedStatement ps = c.prepareStatement(WRITES.get(i))) {
                    ps.setObject(1, rows.get(i));
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Logs a meeting at {@code now} with each of {@code count} people drawn at random, and tells {@code agenda}. */
    void logMeetings(RelationshipService relationships, EventHandler agenda, int count, Instant now) throws SQLException {
        if (people == null) people = ids();
        for (int i = 0; i < count; i++) {
            UUID person = people.get(random.nextInt(people.size()));
            relationships.logInteraction(person, new NewInteraction(Channel.MEETING, now.minus(random.nextInt(600), ChronoUnit.MINUTES),
                    Direction.OUTBOUND, "Catch-up"), Origin.UI);
            agenda.handleEvent(new Event(ContactEvents.INTERACTION_LOGGED, Map.of(ContactEvents.PERSON_ID, person.toString())));
        }
    }

    private List<UUID> ids() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id FROM person ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getObject(1, UUID.class));
        }
        return ids;
    }

    private static Object first(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " LIMIT 1"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new SQLException("the book has no row in " + table);
            return rs.getObject(1);
        }
    }
}
