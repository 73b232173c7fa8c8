package io.meridian.contacts.internal;

import io.meridian.itest.PostgresServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Team mode: every contact service test, on a real PostgreSQL server, each test on a database
 * of its own with the contacts bundle's migration applied.
 */
class ContactServicesOnPostgresIT extends ContactServicesTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Override
    protected ContactBook newBook() {
        String name = "contacts_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = dataSource(POSTGRES.jdbcUrl());
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + POSTGRES.jdbcUrl(), e);
        }
        return new ContactBook(dataSource(POSTGRES.jdbcUrl().substring(0, POSTGRES.jdbcUrl().lastIndexOf('/') + 1) + name));
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(POSTGRES.user());
        ds.setPassword(POSTGRES.password());
        return ds;
    }
}
