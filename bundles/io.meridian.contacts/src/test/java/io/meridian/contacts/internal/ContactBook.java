package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The contact services wired by hand on an empty database (in-memory H2 here; PostgreSQL in
 * the team-mode integration tests) with the bundle's own migration, a clock the test can move, and an EventAdmin that keeps what was posted.
 */
public final class ContactBook {

    final List<Event> events = new CopyOnWriteArrayList<>();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T10:00:00Z"));
    final ContactStore store;
    final Relationships relationships;
    final HealthBook health;
    final Contacts contacts;

    /** On a new in-memory H2 database. */
    static ContactBook onH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new ContactBook(ds);
    }

    /** For other bundles' tests: the contact services on an empty database, which gets the bundle's schema. */
    public static ContactBook on(DataSource ds) {
        return new ContactBook(ds);
    }

    public io.meridian.api.contacts.ContactService contacts() {
        return contacts;
    }

    public io.meridian.api.contacts.RelationshipService relationships() {
        return relationships;
    }

    /** On an empty database, which gets the bundle's schema. */
    ContactBook(DataSource ds) {
        migrate(ds);
        EventAdmin admin = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        };
        store = new ContactStore(ds, admin, clock);
        relationships = new Relationships(store);
        health = new HealthBook(store);
        contacts = new Contacts(store, relationships, health);
    }

    private static void migrate(DataSource ds) {
        for (String name : ContactStore.MIGRATION_FILES) {
            try (InputStream in = ContactBook.class.getResourceAsStream("/" + ContactStore.MIGRATIONS + "/" + name);
                 Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                for (String statement : sql.split(";\\s*\\n")) {
                    if (!statement.isBlank()) s.execute(statement);
                }
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot create the test schema from " + name, e);
            }
        }
    }

    /** A clock that stands still until a test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
