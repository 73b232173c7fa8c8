package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code person} table and its multi-valued fields in {@code person_attribute}: one person
 * in, one person out. Derived columns (cadence in force, due dates, health) are
 * {@link RelationshipState}'s.
 */
final class PersonRows {

    private static final String SELECT = "SELECT p.*, o.name AS organisation_name FROM person p"
            + " LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?";

    private PersonRows() {
    }

    static void insert(Connection c, UUID id, PersonDraft d, String organisationName, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO person (id, version, given_name, family_name, name_order, display_name, display_key, search_key,"
                        + " organisation_id, title, country, subdivision, time_zone, working_start, working_end, work_days, birthday_year,"
                        + " birthday_month, birthday_day, owner, notes, cadence_days, in_person_cadence_days,"
                        + " effective_cadence_days, effective_in_person_days, contact_due_at, in_person_due_at, next_due_at, created_at, updated_at)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 30, 365, ?, ?, ?, ?, ?)",
                values(id, d, organisationName, now, now, now, now, now));
        writeAttributes(c, id, d);
    }

    /** A new person as the bulk insert writes them: the derived columns computed beforehand. */
    record NewRow(UUID id, PersonDraft draft, String organisationName, Object[] derived) {
    }

    /**
     * Inserts many new people in JDBC batches, their derived columns included (see
     * {@link RelationshipState#forNewPerson}), and their multi-valued fields.
     */
    static void insertAll(Connection c, List<NewRow> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, version, given_name, family_name, name_order, display_name,"
                + " display_key, search_key, organisation_id, title, country, subdivision, time_zone, working_start, working_end, work_days,"
                + " birthday_year, birthday_month, birthday_day, owner, notes, cadence_days, in_person_cadence_days,"
                + " effective_cadence_days, effective_in_person_days, contact_due_at, in_person_due_at, next_due_at, health_score,"
                + " created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewRow row : rows) {
                Object[] v = values(row.id(), row.draft(), row.organisationName());
                Object[] args = new Object[v.length + row.derived().length + 2];
                System.arraycopy(v, 0, args, 0, v.length);
                System.arraycopy(row.derived(), 0, args, v.length, row.derived().length);
                args[args.length - 2] = now;
                args[args.length - 1] = now;
                // The id is the first value; the statement writes the version as a constant after it.
                Jdbc.bind(ps, args);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO person_attribute (person_id, kind, seq, label, item, item_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (NewRow row : rows) addAttributes(ps, row.id(), row.draft());
            ps.executeBatch();
        }
    }

    /** @return false when the version did not match (or the person is gone) */
    static boolean update(Connection c, UUID id, long expectedVersion, PersonDraft d, String organisationName, Instant now)
            throws SQLException {
        Object[] v = values(id, d, organisationName, now);
        Object[] args = new Object[v.length + 1];
        System.arraycopy(v, 1, args, 0, v.length - 1);
        args[v.length - 1] = id;
        args[v.length] = expectedVersion;
        int rows = Jdbc.update(c, "UPDATE person SET version = version + 1, given_name = ?, family_name = ?, name_order = ?,"
                + " display_name = ?, display_key = ?, search_key = ?, organisation_id = ?, title = ?, country = ?, subdivision = ?,"
                + " time_zone = ?, working_start = ?, working_end = ?, work_days = ?, birthday_year = ?, birthday_month = ?, birthday_day = ?,"
                + " owner = ?, notes = ?, cadence_days = ?, in_person_cadence_days = ?, updated_at = ? WHERE id = ? AND version = ?", args);
        if (rows == 0) return false;
        Jdbc.update(c, "DELETE FROM person_attribute WHERE person_id = ?", id);
        writeAttributes(c, id, d);
        return true;
    }

    /** The values in the column order of {@link #insert}, the instants last. */
    static Object[] values(UUID id, PersonDraft d, String organisationName, Instant... instants) {
        String display = DisplayNames.display(d.givenName(), d.familyName(), d.nameOrder(), d.country());
        WorkingHours hours = d.workingHours();
        Birthday b = d.birthday();
        List<Object> v = new ArrayList<>(List.of(id));
        v.add(d.givenName());
        v.add(d.familyName());
        v.add(d.nameOrder());
        v.add(display);
        v.add(DisplayNames.key(display));
        v.add(searchKey(display, d, organisationName));
        v.add(d.organisationId());
        v.add(d.title());
        v.add(d.country());
        v.add(d.subdivision());
        v.add(d.timeZone());
        v.add(hours == null ? null : hours.start());
        v.add(hours == null ? null : hours.end());
        v.add(hours == null || hours.days().isEmpty() ? null : hours.toString().substring(0, hours.toString().indexOf(' ')));
        v.add(b == null ? null : b.year());
        v.add(b == null ? null : b.month());
        v.add(b == null ? null : b.day());
        v.add(d.owner());
        v.add(d.notes());
        v.add(d.cadenceDays());
        v.add(d.inPersonCadenceDays());
        v.addAll(List.of((Object[]) instants));
        return v.toArray();
    }

    /** What free-text search looks in: names in both orders, organisation, emails, tags — without case or accents. */
    static String searchKey(String display, PersonDraft d, String organisationName) {
        StringBuilder key = new StringBuilder(DisplayNames.key(display));
        for (String part : new String[]{d.givenName(), d.familyName(), organisationName}) {
            if (part != null) key.append(' ').append(DisplayNames.key(part));
        }
        d.emails().forEach(e -> key.append(' ').append(e.value().toLowerCase(Locale.ROOT)));
        d.tags().forEach(t -> key.append(' ').append(t));
        return key.toString();
    }

    private static void writeAttributes(Connection c, UUID id, PersonDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO person_attribute (person_id, kind, seq, label, item, item_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            addAttributes(ps, id, d);
            ps.executeBatch();
        }
    }

    private static void addAttributes(PreparedStatement ps, UUID id, PersonDraft d) throws SQLException {
        add(ps, id, "email", d.emails().stream().map(e -> new String[]{e.label(), e.value()}).toList());
        add(ps, id, "phone", d.phones().stream().map(p -> new String[]{p.label(), p.value()}).toList());
        add(ps, id, "language", d.languages().stream().map(l -> new String[]{null, l}).toList());
        add(ps, id, "channel", d.preferredChannels().stream().map(ch -> new String[]{null, ch.name()}).toList());
        add(ps, id, "tag", d.tags().stream().map(t -> new String[]{null, t}).toList());
        add(ps, id, "custom", d.customFields().entrySet().stream().map(e -> new String[]{e.getKey(), e.getValue()}).toList());
        add(ps, id, "external", d.externalIds().entrySet().stream().map(e -> new String[]{e.getKey(), e.getValue()}).toList());
    }

    private static void add(PreparedStatement ps, UUID id, String kind, List<String[]> items) throws SQLException {
        for (int i = 0; i < items.size(); i++) {
            String[] item = items.get(i);
            Jdbc.bind(ps, id, kind, i, item[0], item[1], attributeKey(kind, item[0], item[1]));
            ps.addBatch();
        }
    }

    /** How an attribute is looked up: external ids by system and id, the rest by value, ignoring case. */
    /**
     * The key an attribute is found by: an external id with its system, an email, phone or tag in
     * lower case. Custom fields, languages and channels are never looked up by value; their key
     * is empty, so that their entries in the lookup index follow the person's time-ordered id and
     * adding a person appends to the index instead of touching a page at random for each of them.
     * (Rows written before kept their value as the key; nothing reads it.)
     */
    static String attributeKey(String kind, String label, String value) {
        return switch (kind) {
            case "external" -> label + ":" + value;
            case "email", "phone", "tag" -> value.toLowerCase(Locale.ROOT);
            default -> "";
        };
    }

    static Optional<Person> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            Jdbc.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(read(c, rs));
            }
        }
    }

    /**
     * Many people by id, in two statements per few hundred ids rather than two per person;
     * ids of nobody are left out.
     */
    static Map<UUID, Person> findMany(Connection c, Collection<UUID> ids) throws SQLException {
        List<UUID> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<UUID, Person> found = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += MANY) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + MANY));
            String keys = "(VALUES " + String.join(", ", Collections.nCopies(chunk.size(), "(CAST(? AS UUID))")) + ") AS k(id)";
            Map<UUID, Attributes> attributes = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.person_id, a.kind, a.label, a.item FROM " + keys
                    + " JOIN person_attribute a ON a.person_id = k.id ORDER BY a.person_id, a.kind, a.seq")) {
                for (int i = 0; i < chunk.size(); i++) ps.setObject(i + 1, chunk.get(i));
                try (ResultSet a = ps.executeQuery()) {
                    while (a.next()) attributes.computeIfAbsent(Jdbc.uuid(a, "person_id"), id -> new Attributes()).add(a);
                }
            }
            Map<UUID, Person> people = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.*, o.name AS organisation_name FROM " + keys
                    + " JOIN person p ON p.id = k.id LEFT JOIN organisation o ON o.id = p.organisation_id")) {
                for (int i = 0; i < chunk.size(); i++) ps.setObject(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = Jdbc.uuid(rs, "id");
                        people.put(id, read(rs, attributes.getOrDefault(id, new Attributes())));
                    }
                }
            }
            for (UUID id : chunk) {
                Person person = people.get(id);
                if (person != null) found.put(id, person);
            }
        }
        return found;
    }

    /** Ids per statement of {@link #findMany}. */
    private static final int MANY = 500;

    /** A person's multi-valued fields, as read from {@code person_attribute} in kind and sequence order. */
    private static final class Attributes {
        final List<ContactPoint> emails = new ArrayList<>();
        final List<ContactPoint> phones = new ArrayList<>();
        final List<String> languages = new ArrayList<>();
        final List<Channel> channels = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final Map<String, String> custom = new LinkedHashMap<>();
        final Map<String, String> external = new LinkedHashMap<>();

        void add(ResultSet a) throws SQLException {
            String label = a.getString("label");
            String item = a.getString("item");
            switch (a.getString("kind")) {
                case "email" -> emails.add(new ContactPoint(item, label));
                case "phone" -> phones.add(new ContactPoint(item, label));
                case "language" -> languages.add(item);
                case "channel" -> channels.add(Channel.valueOf(item));
                case "tag" -> tags.add(item);
                case "custom" -> custom.put(label, item);
                case "external" -> external.put(label, item);
                default -> { /* a kind written by a newer schema: not part of this API */ }
            }
        }
    }

    private static Person read(Connection c, ResultSet rs) throws SQLException {
        Attributes attributes = new Attributes();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, label, item FROM person_attribute WHERE person_id = ? ORDER BY kind, seq")) {
            Jdbc.bind(ps, Jdbc.uuid(rs, "id"));
            try (ResultSet a = ps.executeQuery()) {
                while (a.next()) attributes.add(a);
            }
        }
        return read(rs, attributes);
    }

    private static Person read(ResultSet rs, Attributes at) throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        LocalTime start = rs.getObject("working_start", LocalTime.class);
        LocalTime end = rs.getObject("working_end", LocalTime.class);
        Integer month = Jdbc.integer(rs, "birthday_month");
        String order = rs.getString("name_order");
        PersonDraft fields = new PersonDraft(rs.getString("given_name"), rs.getString("family_name"),
                order == null ? null : NameOrder.valueOf(order), Jdbc.uuid(rs, "organisation_id"), rs.getString("title"),
                rs.getString("country"), rs.getString("subdivision"), rs.getString("time_zone"), at.languages, at.emails, at.phones,
                at.channels, start == null ? null : hours(start, end, rs.getString("work_days")), at.tags, rs.getString("notes"), at.custom,
                month == null ? null : new Birthday(Jdbc.integer(rs, "birthday_year"), month, rs.getInt("birthday_day")),
                rs.getString("owner"), at.external, Jdbc.integer(rs, "cadence_days"), Jdbc.integer(rs, "in_person_cadence_days"));
        return new Person(id, rs.getLong("version"), fields, rs.getString("display_name"), rs.getString("organisation_name"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), Jdbc.instant(rs, "last_contact_at"),
                Jdbc.instant(rs, "last_in_person_at"), rs.getInt("effective_cadence_days"), rs.getInt("effective_in_person_days"));
    }

    /** The person another system knows by {@code externalId}. */
    static Optional<UUID> byExternalId(Connection c, String system, String externalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT person_id FROM person_attribute WHERE kind = 'external' AND item_key = ?")) {
            Jdbc.bind(ps, attributeKey("external", system.toLowerCase(Locale.ROOT), externalId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Jdbc.uuid(rs, "person_id")) : Optional.empty();
            }
        }
    }

    /** Working hours as stored: the days column holds what {@link WorkingHours#toString()} writes before the hours. */
    static WorkingHours hours(LocalTime start, LocalTime end, String days) {
        return days == null ? new WorkingHours(start, end) : WorkingHours.parse(days + " " + start + "-" + end);
    }
}
