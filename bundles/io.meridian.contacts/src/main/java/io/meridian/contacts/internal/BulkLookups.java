package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finding many people at once, as an import matches a batch of records: one statement per few
 * hundred keys instead of one per record.
 */
final class BulkLookups {

    /** Keys per IN list: small enough for any driver's parameter limit, large enough to keep round trips few. */
    private static final int CHUNK = 500;
    static final String SEPARATOR = "\u001f";

    private BulkLookups() {
    }

    static Map<UUID, Person> people(Connection c, Collection<UUID> ids) throws SQLException {
        return PersonRows.findMany(c, ids);
    }

    /** Up to {@code limit} people whose id comes after {@code after}, in id order. */
    static List<Person> after(Connection c, UUID after, int limit) throws SQLException {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be 1–1000, not " + limit);
        List<UUID> ids = new ArrayList<>();
        String sql = "SELECT id FROM person" + (after == null ? "" : " WHERE id > ?") + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (after != null) Jdbc.bind(ps, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(Jdbc.uuid(rs, "id"));
            }
        }
        return new ArrayList<>(people(c, ids).values());
    }

    /** Who holds each attribute value of a kind ({@code email}, {@code phone}), by the value's lookup key. */
    static Map<String, List<UUID>> holders(Connection c, String kind, Collection<String> values) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) keys.add(PersonRows.attributeKey(kind, null, v.strip()));
        }
        Map<String, List<UUID>> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            try (PreparedStatement ps = c.prepareStatement(byKeys(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                ps.setString(chunk.size() + 1, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<UUID> ids = found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                        UUID id = Jdbc.uuid(rs, "person_id");
                        if (!ids.contains(id)) ids.add(id);
                    }
                }
            }
        }
        return found;
    }

    /** The person each external id of a system belongs to. */
    static Map<String, UUID> externalIds(Connection c, String system, Collection<String> ids) throws SQLException {
        String prefix = system.strip().toLowerCase(Locale.ROOT);
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String id : ids) {
            if (id != null && !id.isBlank()) byKey.put(PersonRows.attributeKey("external", prefix, id.strip()), id.strip());
        }
        Map<String, UUID> found = new HashMap<>();
        for (List<String> chunk : chunks(byKey.keySet())) {
            try (PreparedStatement ps = c.prepareStatement(byKeys(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                ps.setString(chunk.size() + 1, "external");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.put(byKey.get(rs.getString(1)), Jdbc.uuid(rs, "person_id"));
                }
            }
        }
        return found;
    }

    /**
     * People at the named organisations whose family name has the same key, by name, keyed by
     * organisation name and family name as the caller wrote them.
     */
    static Map<String, List<PersonName>> namesAtOrganisations(Connection c, Collection<String> familyNames,
                                                              Collection<String> organisationNames) throws SQLException {
        Map<String, List<String>> familiesByKey = new HashMap<>();
        for (String f : familyNames) {
            if (f != null && !f.isBlank()) familiesByKey.computeIfAbsent(DisplayNames.key(f), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<String>> organisationsByKey = new HashMap<>();
        for (String o : organisationNames) {
            if (o != null && !o.isBlank()) organisationsByKey.computeIfAbsent(DisplayNames.key(o), k -> new ArrayList<>()).add(o);
        }
        Map<String, List<PersonName>> found = new LinkedHashMap<>();
        if (familiesByKey.isEmpty()) return found;
        for (List<String> chunk : chunks(organisationsByKey.keySet())) {
            String sql = "SELECT p.id, p.given_name, p.family_name, p.display_name, o.name_key FROM person p"
                    + " JOIN organisation o ON o.id = p.organisation_id WHERE o.name_key IN (" + Jdbc.placeholders(chunk.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> families = familiesByKey.get(DisplayNames.key(rs.getString("family_name")));
                        if (families == null) continue;
                        PersonName name = new PersonName(Jdbc.uuid(rs, "id"), rs.getString("given_name"), rs.getString("family_name"),
                                rs.getString("display_name"));
                        for (String organisation : organisationsByKey.get(rs.getString("name_key"))) {
                            for (String family : families) {
                                found.computeIfAbsent(organisation + SEPARATOR + family, k -> new ArrayList<>()).add(name);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Attributes of one kind by many lookup keys. The keys are a VALUES list joined to the
     * attribute table, so that each is one index lookup on (kind, item_key): with {@code kind = ?
     * AND item_key IN (…)} H2 uses the index for the kind alone and reads every attribute of it.
     */
    private static String byKeys(int keys) {
        return "SELECT a.item_key, a.person_id FROM (VALUES " + String.join(", ", java.util.Collections.nCopies(keys, "(?)"))
                + ") AS k(lookup_key) JOIN person_attribute a ON a.item_key = k.lookup_key AND a.kind = ?";
    }

    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return chunks;
    }
}
