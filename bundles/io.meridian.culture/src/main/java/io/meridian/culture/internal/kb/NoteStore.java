package io.meridian.culture.internal.kb;

import io.meridian.api.culture.Note;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The user's notes on countries, in the {@code kb_note} table of the store's database. */
public final class NoteStore {

    /** Where the table's migrations are, inside this bundle. */
    public static final String MIGRATIONS = "db/culture";

    private final DataSource data;
    private final Clock clock;

    public NoteStore(DataSource data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public Note add(String country, String text) throws SQLException {
        Instant now = now();
        try (Connection c = data.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO kb_note (country, body, created_at, updated_at, version)"
                     + " VALUES (?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, country);
            ps.setString(2, text);
            ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Note(keys.getLong(1), country, text, now, now, 1);
            }
        }
    }

    public Note edit(long id, long version, String text) throws SQLException {
        Instant now = now();
        try (Connection c = data.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE kb_note SET body = ?, updated_at = ?, version = version + 1"
                     + " WHERE id = ? AND version = ?")) {
            ps.setString(1, text);
            ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setLong(3, id);
            ps.setLong(4, version);
            if (ps.executeUpdate() == 1) return find(id).orElseThrow();
        }
        Note current = find(id).orElseThrow(() -> new NoSuchElementException("there is no note " + id));
        throw new ConcurrentModificationException("note " + id + " is at version " + current.version() + ", not " + version
                + "; read it again and apply the change to the current text");
    }

    public boolean delete(long id) throws SQLException {
        try (Connection c = data.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM kb_note WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<Note> find(long id) throws SQLException {
        List<Note> found = query("SELECT * FROM kb_note WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** A country's notes, newest first. */
    public List<Note> of(String country) throws SQLException {
        return query("SELECT * FROM kb_note WHERE country = ? ORDER BY updated_at DESC, id DESC", country);
    }

    /** How many notes each country has. */
    public Map<String, Integer> countByCountry() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = data.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT country, COUNT(*) FROM kb_note GROUP BY country");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
        }
        return counts;
    }

    /** Every note, by id. */
    public List<Note> all() throws SQLException {
        return query("SELECT * FROM kb_note ORDER BY id");
    }

    private List<Note> query(String sql, Object... args) throws SQLException {
        List<Note> notes = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.add(new Note(rs.getLong("id"), rs.getString("country"), rs.getString("body"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version")));
                }
            }
        }
        return notes;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
