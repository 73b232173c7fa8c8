package io.meridian.contacts.internal;

import io.meridian.itest.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Contact books on a PostgreSQL server, each on a database of its own with the contacts bundle's migration applied. */
final class PostgresBooks {

    private PostgresBooks() {
    }

    static ContactBook newBook(PostgresServer server) {
        String name = "contacts_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = dataSource(server, server.jdbcUrl());
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + server.jdbcUrl(), e);
        }
        return new ContactBook(dataSource(server, server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + name));
    }

    private static PGSimpleDataSource dataSource(PostgresServer server, String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(server.user());
        ds.setPassword(server.password());
        return ds;
    }
}
