package io.meridian.store.internal;

import io.meridian.api.store.Database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The database a configuration points at: which driver opens it and with what. The embedded
 * default writes every commit to the file at once ({@code WRITE_DELAY=0}) so that a kill loses
 * no acknowledged write, and never opens a network listener.
 */
record DatabaseTarget(String driverClass, String product, String url, String user, String password, String location) {

    static final String H2_DRIVER = "org.h2.Driver";
    /**
     * The embedded default's options: every commit on disk before it is acknowledged, and up to
     * a second of compaction when the database closes (while open, {@link H2Compaction} does it).
     */
    static final String H2_OPTIONS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=1000;DB_CLOSE_ON_EXIT=FALSE";
    static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";

    static DatabaseTarget of(StoreConfiguration config, Path dataDirectory) {
        if (config.poolSize() < 1 || config.poolSize() > 64) {
            throw new IllegalArgumentException("etc/io.meridian.store.cfg: poolSize = " + config.poolSize() + " must be 1-64 (default 8)");
        }
        String url = config.url().strip();
        if (url.isEmpty()) {
            Path file = dataDirectory.resolve("db").resolve("meridian").toAbsolutePath();
            return new DatabaseTarget(H2_DRIVER, Database.H2,
                    "jdbc:h2:file:" + file + H2_OPTIONS, "", "", file + ".mv.db");
        }
        String password = password(config);
        if (url.startsWith("jdbc:h2:")) return embedded(url, config.user(), password);
        if (url.startsWith("jdbc:postgresql:")) {
            String where = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            return new DatabaseTarget(POSTGRESQL_DRIVER, Database.POSTGRESQL, postgresUrl(url), config.user(), password,
                    where.substring("jdbc:".length()) + (config.user().isEmpty() ? "" : " as " + config.user()));
        }
        throw new IllegalArgumentException("etc/io.meridian.store.cfg: url = " + url + " is neither an embedded H2 database (jdbc:h2:file:PATH)"
                + " nor a PostgreSQL server (jdbc:postgresql://HOST:5432/DATABASE); leave it empty for the embedded default");
    }

    /**
     * The server's URL with {@code prepareThreshold=0} unless it says otherwise: every statement
     * is planned for its own parameters. With the driver's default, a statement run five times
     * is prepared on the server, which may then plan it once for any parameters; for a contact
     * list filtered by a tag, that one plan suits rare tags and makes a common one sort every
     * person carrying it (180 ms instead of 5 at 100,000 contacts, docs/benchmarks.md).
     */
    static String postgresUrl(String url) {
        if (url.contains("prepareThreshold=")) return url;
        return url + (url.contains("?") ? "&" : "?") + "prepareThreshold=0";
    }

    /** An H2 file of the user's choosing: still embedded, still writing every commit at once. */
    private static DatabaseTarget embedded(String url, String user, String password) {
        String rest = url.substring("jdbc:h2:".length());
        String upper = rest.toUpperCase(Locale.ROOT);
        if (upper.startsWith("TCP:") || upper.startsWith("SSL:") || upper.startsWith("MEM:") || upper.contains("AUTO_SERVER")) {
            throw new IllegalArgumentException("etc/io.meridian.store.cfg: url = " + url + " is not an embedded H2 file: Meridian opens"
                    + " no database listener and keeps nothing only in memory. Use jdbc:h2:file:PATH, or a PostgreSQL server to share data");
        }
        String path = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        String file = path.contains(";") ? path.substring(0, path.indexOf(';')) : path;
        String durable = upper.contains("WRITE_DELAY") ? url : url + ";WRITE_DELAY=0";
        return new DatabaseTarget(H2_DRIVER, Database.H2, durable, user, password, file + ".mv.db");
    }

    private static String password(StoreConfiguration config) {
        if (config.passwordFile().isBlank()) return config.password();
        Path file = Path.of(config.passwordFile().strip());
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("etc/io.meridian.store.cfg: passwordFile = " + file + " cannot be read ("
                    + e.getMessage() + "); create it with the password on its first line, readable only by you", e);
        }
    }

    boolean embedded() {
        return product.equals(Database.H2);
    }

    /** What a person needs to bring the driver in, when it is not installed. */
    String missingDriverAdvice() {
        return embedded() ? "the H2 driver bundle (com.h2database) is not active: run 'diag com.h2database'"
                : "the PostgreSQL driver is not installed: run 'feature:install postgresql'";
    }
}
