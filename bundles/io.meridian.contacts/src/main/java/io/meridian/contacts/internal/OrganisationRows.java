package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code organisation} table. */
final class OrganisationRows {

    private OrganisationRows() {
    }

    static void insert(Connection c, UUID id, OrganisationDraft d, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO organisation (id, version, name, name_key, country, website, notes, created_at, updated_at)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)", id, d.name(), DisplayNames.key(d.name()), d.country(), d.website(), d.notes(), now, now);
    }

    static boolean update(Connection c, UUID id, long expectedVersion, OrganisationDraft d, Instant now) throws SQLException {
        return Jdbc.update(c, "UPDATE organisation SET version = version + 1, name = ?, name_key = ?, country = ?, website = ?,"
                + " notes = ?, updated_at = ? WHERE id = ? AND version = ?", d.name(), DisplayNames.key(d.name()), d.country(),
                d.website(), d.notes(), now, id, expectedVersion) == 1;
    }

    static Optional<Organisation> find(Connection c, UUID id) throws SQLException {
        return one(c, "SELECT * FROM organisation WHERE id = ?", id);
    }

    static Optional<Organisation> byName(Connection c, String name) throws SQLException {
        return one(c, "SELECT * FROM organisation WHERE name_key = ?", DisplayNames.key(name));
    }

    static Page<Organisation> page(Connection c, String text, int offset, int limit) throws SQLException {
        String where = text == null || text.isBlank() ? "" : " WHERE name_key LIKE ? ESCAPE '\\'";
        Object[] args = where.isEmpty() ? new Object[0] : new Object[]{ContactSearch.contains(text)};
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM organisation" + where)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Organisation> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM organisation" + where + " ORDER BY name_key, id LIMIT ? OFFSET ?")) {
            Object[] all = new Object[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = limit;
            all[args.length + 1] = offset;
            Jdbc.bind(ps, all);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(read(rs));
            }
        }
        return new Page<>(items, total, offset, limit);
    }

    /** After a rename, members are found by the new name. */
    static void refreshMemberSearchKeys(Connection c, UUID organisationId) throws SQLException {
        List<UUID> members = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM person WHERE organisation_id = ?")) {
            Jdbc.bind(ps, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) members.add(Jdbc.uuid(rs, "id"));
            }
        }
        for (UUID member : members) {
            var person = PersonRows.find(c, member).orElseThrow();
            Jdbc.update(c, "UPDATE person SET search_key = ? WHERE id = ?",
                    PersonRows.searchKey(person.displayName(), person.fields(), person.organisationName()), member);
        }
    }

    private static Optional<Organisation> one(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Organisation read(ResultSet rs) throws SQLException {
        return new Organisation(Jdbc.uuid(rs, "id"), rs.getLong("version"), rs.getString("name"), rs.getString("country"),
                rs.getString("website"), rs.getString("notes"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
