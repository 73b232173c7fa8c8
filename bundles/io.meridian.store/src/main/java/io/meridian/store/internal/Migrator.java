package io.meridian.store.internal;

import io.meridian.api.store.Database;
import io.meridian.api.store.Migration;
import io.meridian.api.store.StoreException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings one bundle's schema up to date and records each step in {@code meridian_schema_history}.
 * Workbenches sharing a PostgreSQL server take turns through an advisory lock; an embedded H2
 * database has one workbench, so a lock in this JVM suffices.
 */
final class Migrator {

    static final String HISTORY = "meridian_schema_history";
    private static final long ADVISORY_LOCK_KEY = 0x4d6572696469616eL; // "Meridian"
    private static final Logger LOG = Logger.getLogger("io.meridian.store");

    private final DataSource dataSource;
    private final String product;
    private final Path backups;

    /**
     * @param backups where to copy an embedded database before its schema changes, since H2
     *        commits each schema statement on its own and cannot roll a failed migration back;
     *        null for PostgreSQL, whose migrations are transactional
     */
    Migrator(DataSource dataSource, String product, Path backups) {
        this.dataSource = dataSource;
        this.product = product;
        this.backups = backups;
    }

    synchronized List<Migration> migrate(String owner, String folder, List<MigrationFile> files) {
        try (Connection c = dataSource.getConnection()) {
            lock(c, true);
            try {
                createHistoryTable(c);
                return applyPending(c, owner, folder, files);
            } finally {
                lock(c, false);
            }
        } catch (SQLException e) {
            throw new StoreException(owner + ": cannot migrate its schema: " + e.getMessage(), e);
        }
    }

    /** Every recorded migration, by owner then version. */
    List<Migration> history() {
        try (Connection c = dataSource.getConnection()) {
            createHistoryTable(c);
            List<Migration> all = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT owner, version, description, checksum FROM " + HISTORY + " ORDER BY owner, version")) {
                while (rs.next()) all.add(new Migration(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4)));
            }
            return all;
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema history: " + e.getMessage(), e);
        }
    }

    private List<Migration> applyPending(Connection c, String owner, String folder, List<MigrationFile> files) throws SQLException {
        Map<Integer, Migration> applied = new HashMap<>();
        int newest = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT version, description, checksum FROM " + HISTORY + " WHERE owner = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), new Migration(owner, rs.getInt(1), rs.getString(2), rs.getLong(3)));
                    newest = Math.max(newest, rs.getInt(1));
                }
            }
        }
        int shipped = files.isEmpty() ? 0 : files.get(files.size() - 1).version();
        if (newest > shipped) {
            throw new StoreException(owner + ": the database is at schema version " + newest + " but this bundle ships only up to "
                    + shipped + "; a newer Meridian wrote it. Install that version again, or restore a backup made with this one");
        }
        List<MigrationFile> pending = new ArrayList<>();
        for (MigrationFile file : files) {
            Migration before = applied.get(file.version());
            if (before == null) {
                pending.add(file);
            } else if (before.checksum() != file.checksum()) {
                throw new StoreException(owner + ": " + folder + "/" + file.name() + " changed after it was applied (checksum "
                        + before.checksum() + ", now " + file.checksum() + "); put the shipped text back and add a new migration instead");
            }
        }
        List<Migration> done = new ArrayList<>();
        if (pending.isEmpty()) return done;
        Path copy = copyBeforeMigrating(c, owner, pending.get(0).version());
        for (MigrationFile file : pending) {
            try {
                apply(c, owner, folder, file);
            } catch (StoreException e) {
                if (copy == null) throw e;
                throw new StoreException(e.getMessage() + ". H2 kept the statements before that one; the database as it was"
                        + " before the migration is in " + copy + ": stop Meridian, unzip it into " + copy.getParent()
                        + " over meridian.mv.db, and start again with a fixed bundle", e.getCause());
            }
            done.add(new Migration(owner, file.version(), file.description(), file.checksum()));
            LOG.info(() -> owner + ": applied schema migration " + file.name());
        }
        return done;
    }

    /** H2's own consistent copy of the whole database file, taken before a schema change. */
    private Path copyBeforeMigrating(Connection c, String owner, int version) throws SQLException {
        if (backups == null) return null;
        Path copy = backups.resolve("before-" + owner + "-v" + version + ".zip");
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
        }
        return copy;
    }

    private void apply(Connection c, String owner, String folder, MigrationFile file) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (SqlScript.Statement statement : SqlScript.parse(file.sql())) {
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    throw new StoreException(owner + ": " + folder + "/" + file.name() + " line " + statement.line()
                            + " failed on " + product + ": " + e.getMessage(), e);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                    + " (owner, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, owner);
                ps.setInt(2, file.version());
                ps.setString(3, file.description());
                ps.setLong(4, file.checksum());
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void createHistoryTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (owner VARCHAR(200) NOT NULL, version INTEGER NOT NULL,"
                    + " description VARCHAR(500) NOT NULL, checksum BIGINT NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (owner, version))");
        }
    }

    private void lock(Connection c, boolean take) throws SQLException {
        if (!product.equals(Database.POSTGRESQL)) return;
        try (PreparedStatement ps = c.prepareStatement(take ? "SELECT pg_advisory_lock(?)" : "SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, ADVISORY_LOCK_KEY);
            ps.executeQuery().close();
        }
    }
}
