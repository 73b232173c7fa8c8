package io.meridian.store.internal;

import io.meridian.api.store.Database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The database a configuration points at: which driver opens it and with what. The embedded
 * default writes every commit to the file at once ({@code WRITE_DELAY=0}) so that a kill loses
 * no acknowledged write, and never opens a network listener.
 */
record DatabaseTarget(String driverClass, String product, String url, String user, String password, String location) {

    static final String H2_DRIVER = "org.h2.Driver";
    static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";

    static DatabaseTarget of(StoreConfiguration config, Path dataDirectory) {
        String url = config.url().strip();
        if (url.isEmpty()) {
            Path file = dataDirectory.resolve("db").resolve("meridian").toAbsolutePath();
            return new DatabaseTarget(H2_DRIVER, Database.H2,
                    "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "", "", file + ".mv.db");
        }
        String password = password(config);
        if (url.startsWith("jdbc:h2:")) {
            return new DatabaseTarget(H2_DRIVER, Database.H2, url, config.user(), password, url);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            String where = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            return new DatabaseTarget(POSTGRESQL_DRIVER, Database.POSTGRESQL, url, config.user(), password,
                    where.substring("jdbc:".length()) + (config.user().isEmpty() ? "" : " as " + config.user()));
        }
        throw new IllegalArgumentException("etc/io.meridian.store.cfg: url = " + url + " is neither an embedded H2 database (jdbc:h2:file:PATH)"
                + " nor a PostgreSQL server (jdbc:postgresql://HOST:5432/DATABASE); leave it empty for the embedded default");
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
