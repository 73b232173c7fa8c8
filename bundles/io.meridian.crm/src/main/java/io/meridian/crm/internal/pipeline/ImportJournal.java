package io.meridian.crm.internal.pipeline;

import io.meridian.api.importing.ImportCounts;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportMode;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportState;
import io.meridian.support.jdbc.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The import history and reports, in the import bundle's own tables. */
public final class ImportJournal {

    static final String MIGRATIONS = "db/crm";
    static final List<String> MIGRATION_FILES = List.of("V1__imports.sql", "V2__created_people.sql");

    private final Jdbc jdbc;

    /** The import tables' migrations, in order, as one script: for the benchmark, which runs outside the framework. */
    public static String migration() {
        StringBuilder all = new StringBuilder();
        for (String name : MIGRATION_FILES) {
            try (java.io.InputStream in = ImportJournal.class.getResourceAsStream("/" + MIGRATIONS + "/" + name)) {
                all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + name + " from the import bundle", e);
            }
        }
        return all.toString();
    }

    public ImportJournal(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** A new run, numbered after the last one. */
    ImportRun create(String fileName, String storedFile, String optionsJson, ImportMode mode, boolean dryRun, long totalBytes,
                     Instant now) {
        return jdbc.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM import_run");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            Jdbc.update(c, "INSERT INTO import_run (id, file_name, stored_file, options_json, mode, dry_run, state, started_at,"
                    + " bytes_read, total_bytes, records, created, updated, unchanged, skipped, rejected, possible_duplicates, warnings)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0)", id, fileName, storedFile, optionsJson, mode,
                    dryRun, ImportState.QUEUED, now, totalBytes);
            return read(c, id).orElseThrow();
        });
    }

    /** Where a run stands and how its records went, as the job reports progress. */
    void progress(long id, ImportState state, String format, String preset, long bytesRead, ImportCounts counts, String message,
                  Instant finishedAt) {
        jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE import_run SET state = ?, format = COALESCE(?, format), preset = COALESCE(?, preset),"
                        + " bytes_read = ?, records = ?, created = ?, updated = ?, unchanged = ?, skipped = ?, rejected = ?,"
                        + " possible_duplicates = ?, warnings = ?, message = ?, finished_at = ? WHERE id = ?",
                state, format, preset, bytesRead, counts.records(), counts.created(), counts.updated(), counts.unchanged(),
                counts.skipped(), counts.rejected(), counts.possibleDuplicates(), counts.warnings(),
                message == null ? null : message.length() > 4000 ? message.substring(0, 3997) + "..." : message, finishedAt, id));
    }

    /** Where the run's copy of the file is, and its size, once copied. */
    void stored(long id, String storedFile, long totalBytes) {
        jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE import_run SET stored_file = ?, total_bytes = ? WHERE id = ?",
                storedFile, totalBytes, id));
    }

    void state(long id, ImportState state, String message, Instant finishedAt) {
        jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE import_run SET state = ?, message = ?, finished_at = ? WHERE id = ?",
                state, message, finishedAt, id));
    }

    /** Report lines, written after the batch they belong to was stored. */
    void entries(long id, List<Entry> entries) {
        if (entries.isEmpty()) return;
        jdbc.inTransaction(c -> {
            long seq = nextSeq(c, id);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_entry (run_id, seq, line, column_name, kind, message,"
                    + " person_id, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    ImportEntry x = e.entry();
                    Jdbc.bind(ps, id, seq++, x.line(), clip(x.column(), 500), x.kind(), clip(x.message(), 4000), x.personId(), e.recordJson());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The people a stored batch created, each with the line of its record. */
    void created(long id, List<Created> people) {
        if (people.isEmpty()) return;
        jdbc.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_created (run_id, line, person_id) VALUES (?, ?, ?)")) {
                for (Created p : people) {
                    Jdbc.bind(ps, id, p.line(), p.personId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** A person an import created, and the line of the record that did. */
    record Created(long line, UUID personId) {
    }

    /** The people a run created, in file order. */
    List<Created> created(long id, int offset, int limit) {
        return jdbc.read(c -> {
            List<Created> people = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT line, person_id FROM import_created WHERE run_id = ?"
                    + " ORDER BY line, person_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                Jdbc.bind(ps, id, offset, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) people.add(new Created(rs.getLong(1), Jdbc.uuid(rs, "person_id")));
                }
            }
            return people;
        });
    }

    /** How many people a run created, as listed. */
    long createdCount(long id) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM import_created WHERE run_id = ?")) {
                Jdbc.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Drops the report lines of records past a checkpoint, before an interrupted run reads them again. */
    void dropEntriesAfter(long id, long line) {
        jdbc.inTransaction(c -> Jdbc.update(c, "DELETE FROM import_entry WHERE run_id = ? AND line > ?", id, line));
    }

    /** A report line, with the record's own values as JSON when it was rejected (for the error CSV). */
    record Entry(ImportEntry entry, String recordJson) {
    }

    private static long nextSeq(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM import_entry WHERE run_id = ?")) {
            Jdbc.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Optional<ImportRun> run(long id) {
        return jdbc.read(c -> read(c, id));
    }

    /** The stored file and options of a run, to resume it. */
    Optional<String[]> source(long id) {
        return jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT stored_file, options_json FROM import_run WHERE id = ?")) {
                Jdbc.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new String[]{rs.getString(1), rs.getString(2)}) : Optional.empty();
                }
            }
        });
    }

    List<ImportRun> runs(int offset, int limit) {
        return jdbc.read(c -> {
            List<ImportRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM import_run ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                Jdbc.bind(ps, offset, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) runs.add(run(rs));
                }
            }
            return runs;
        });
    }

    /** Runs left unfinished by a shutdown or crash. */
    List<Long> unfinished() {
        return jdbc.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM import_run WHERE state IN ('QUEUED', 'RUNNING', 'INTERRUPTED') ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    List<ImportEntry> report(long id, int offset, int limit, ImportEntry.Kind only) {
        return jdbc.read(c -> {
            List<ImportEntry> entries = new ArrayList<>();
            String where = only == null ? "" : " AND kind = ?";
            try (PreparedStatement ps = c.prepareStatement("SELECT line, column_name, kind, message, person_id FROM import_entry"
                    + " WHERE run_id = ?" + where + " ORDER BY seq OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                if (only == null) Jdbc.bind(ps, id, offset, limit);
                else Jdbc.bind(ps, id, only, offset, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new ImportEntry(rs.getLong(1), rs.getString(2), ImportEntry.Kind.valueOf(rs.getString(3)),
                                rs.getString(4), Jdbc.uuid(rs, "person_id")));
                    }
                }
            }
            return entries;
        });
    }

    /** The rejected records in file order, with their stored values, for the error CSV. */
    void rejected(long id, RejectedConsumer each) {
        jdbc.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT line, column_name, message, record_json FROM import_entry"
                    + " WHERE run_id = ? AND kind = 'REJECTED' ORDER BY seq")) {
                Jdbc.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) each.accept(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
            return null;
        });
    }

    /** Receives one rejected record. */
    @FunctionalInterface
    interface RejectedConsumer {
        void accept(long line, String column, String reason, String recordJson) throws SQLException;
    }

    private static Optional<ImportRun> read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM import_run WHERE id = ?")) {
            Jdbc.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(run(rs)) : Optional.empty();
            }
        }
    }

    private static ImportRun run(ResultSet rs) throws SQLException {
        ImportCounts counts = new ImportCounts(rs.getLong("records"), rs.getLong("created"), rs.getLong("updated"),
                rs.getLong("unchanged"), rs.getLong("skipped"), rs.getLong("rejected"), rs.getLong("possible_duplicates"),
                rs.getLong("warnings"));
        return new ImportRun(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"), rs.getString("preset"),
                ImportMode.valueOf(rs.getString("mode")), rs.getBoolean("dry_run"), ImportState.valueOf(rs.getString("state")),
                Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"), rs.getLong("bytes_read"), rs.getLong("total_bytes"),
                counts, rs.getString("message"));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

}
