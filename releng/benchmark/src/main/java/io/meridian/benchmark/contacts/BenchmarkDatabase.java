package io.meridian.benchmark.contacts;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.meridian.benchmark.BenchmarkException;
import io.meridian.contacts.internal.StandaloneContacts;
import io.meridian.store.internal.StandaloneStore;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A database opened as the store bundle opens it (io.meridian.store's DatabaseTarget and
 * DatabaseOpener): the embedded H2 file with the product's URL options and the bundle's
 * compaction while it is open, or a PostgreSQL server, behind a HikariCP pool configured the
 * same way; with the contacts schema created from the bundle's own migrations.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    /** The contacts tables, children first, for dropping a previous run's on PostgreSQL. */
    private static final List<String> TABLES = List.of("tombstone", "audit_event", "cadence_rule", "introduction", "trust_assessment",
            "commitment", "interaction", "person_attribute", "person", "organisation");

    public final String product;
    public final String location;
    /** What the H2 URL has beyond the product's options (--h2-options), or "". */
    final String extraOptions;
    /** The pool Meridian's services use. */
    public final HikariDataSource dataSource;
    /**
     * The floor's own pool on the same database: its own sessions, so that H2 cannot hand the
     * floor the result Meridian's identical query just computed (or the other way round).
     */
    public final HikariDataSource floor;
    private final Path file;
    private final Path dataDirectory;
    private final DataSource raw;
    /** The store bundle's compaction of an open H2 file; null on PostgreSQL. */
    private final AutoCloseable compaction;

    private BenchmarkDatabase(String product, String location, DataSource raw, Path file, Path dataDirectory, String extraOptions) {
        this.product = product;
        this.location = location;
        this.file = file;
        this.dataDirectory = dataDirectory;
        this.raw = raw;
        this.extraOptions = extraOptions;
        this.dataSource = pool(raw, "meridian-store");
        this.floor = pool(raw, "floor");
        this.compaction = file == null ? null : StandaloneStore.keepCompact(dataSource, location);
    }

    /** As DatabaseOpener configures it, with the default pool size of StoreConfiguration. */
    private static HikariDataSource pool(DataSource raw, String name) {
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(raw);
        hikari.setPoolName(name);
        hikari.setMaximumPoolSize(8);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(10_000);
        hikari.setRegisterMbeans(false);
        return new HikariDataSource(hikari);
    }

    /**
     * The embedded default: {@code DATA/db/meridian.mv.db}, written at every commit, no network
     * listener; {@code extraOptions} (normally "") are appended to the product's URL, to measure
     * a proposed setting.
     */
    public static BenchmarkDatabase h2(Path dataDirectory, String extraOptions) throws BenchmarkException {
        Path base = dataDirectory.resolve("db").resolve("meridian").toAbsolutePath();
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new BenchmarkException("cannot create " + base.getParent() + ": " + e.getMessage() + ". Name a writable --work DIR", e);
        }
        JdbcDataSource raw = new JdbcDataSource();
        raw.setURL("jdbc:h2:file:" + base + StandaloneStore.H2_OPTIONS + extraOptions);
        Path file = Path.of(base + ".mv.db");
        return new BenchmarkDatabase("H2", file.toString(), raw, file, dataDirectory, extraOptions);
    }

    static BenchmarkDatabase postgres(String url, String user, String password) {
        PGSimpleDataSource raw = new PGSimpleDataSource();
        raw.setURL(StandaloneStore.postgresUrl(url));
        raw.setUser(user);
        raw.setPassword(password);
        return new BenchmarkDatabase("PostgreSQL", url, raw, null, null, "");
    }

    boolean embedded() {
        return file != null;
    }

    /** Creates the contacts schema with the bundle's migrations, dropping a previous run's tables first (on PostgreSQL). */
    public void createSchema() throws BenchmarkException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : TABLES) s.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            for (String statement : statements(StandaloneContacts.migration())) s.execute(statement);
            c.commit();
        } catch (SQLException e) {
            throw new BenchmarkException(product + " at " + location + ": cannot create the contacts schema: " + e.getMessage(), e);
        }
    }

    /**
     * After the bulk load, PostgreSQL's autovacuum would analyze the new tables within a minute;
     * do it now so the planner does not guess. H2 keeps its statistics itself (ANALYZE_AUTO).
     */
    void analyze() throws BenchmarkException {
        if (embedded()) return;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        } catch (SQLException e) {
            throw new BenchmarkException(product + ": ANALYZE failed: " + e.getMessage(), e);
        }
    }

    /**
     * Closes the H2 database with {@code SHUTDOWN COMPACT}, which rewrites the file with only its
     * live pages, and opens it again; this one is closed afterwards. The product compacts while
     * open instead (H2Compaction); this shows the file at its smallest, for comparison.
     */
    BenchmarkDatabase compacted() throws BenchmarkException {
        if (!embedded()) throw new IllegalStateException("only an embedded H2 database is compacted");
        close();
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new BenchmarkException("H2 at " + location + ": SHUTDOWN COMPACT failed: " + e.getMessage(), e);
        }
        return h2(dataDirectory, extraOptions);
    }

    /** The size of the database on disk, in decimal megabytes. */
    public double sizeMegabytes() {
        try {
            if (embedded()) return Files.size(file) / 1e6;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return rs.getLong(1) / 1e6;
            }
        } catch (IOException | SQLException e) {
            return Double.NaN;
        }
    }

    /** The engine's version, for the report. */
    public String version() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return product.toLowerCase(Locale.ROOT) + " (version unknown: " + e.getMessage() + ")";
        }
    }

    /**
     * The statements of a migration as io.meridian.store's SqlScript splits them: a statement
     * ends with a semicolon at the end of a line; lines starting with -- are comments.
     */
    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\r?\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) continue;
            if (current.length() > 0) current.append('\n');
            if (trimmed.endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line);
            }
        }
        if (!current.toString().isBlank()) statements.add(current.toString().strip());
        return statements;
    }

    @Override
    public void close() {
        if (compaction != null) {
            try {
                compaction.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the compaction of " + location, e);
            }
        }
        floor.close();
        dataSource.close();
    }

    /** Binds as the contacts bundle's Jdbc.bind does: instants as UTC OffsetDateTime, the rest as they are. */
    public static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) ps.setNull(i + 1, Types.NULL);
            else if (v instanceof Instant instant) ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            else ps.setObject(i + 1, v);
        }
    }
}
