package io.meridian.store.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.meridian.api.store.Database;
import io.meridian.api.store.Migration;
import io.meridian.api.store.StoreException;
import org.osgi.framework.Bundle;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@link Database} service: an open connection pool and its migrations. */
final class OpenDatabase implements Database {

    private final HikariDataSource pool;
    private final String product;
    private final String location;
    private final Migrator migrator;
    private final H2Compaction compaction;

    /**
     * @param migrationBackups where an embedded database is copied before its schema changes, and
     *                         whether it is embedded (then kept compact while open); null for a server
     */
    OpenDatabase(HikariDataSource pool, String product, String location, Path migrationBackups) {
        this.pool = pool;
        this.product = product;
        this.location = location;
        this.migrator = new Migrator(pool, product, migrationBackups);
        this.compaction = migrationBackups != null && Database.H2.equals(product) ? H2Compaction.start(pool, location) : null;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String product() {
        return product;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<Migration> migrate(Bundle owner, String folder) {
        String name = owner.getSymbolicName();
        return migrator.migrate(name, folder, MigrationFile.select(name, folder, read(owner, folder), product));
    }

    List<Migration> history() {
        return migrator.history();
    }

    void close() {
        if (compaction != null) compaction.close();
        pool.close();
    }

    private static Map<String, String> read(Bundle owner, String folder) {
        Map<String, String> texts = new TreeMap<>();
        Enumeration<URL> entries = owner.findEntries(folder, "*.sql", false);
        if (entries == null) {
            throw new StoreException(owner.getSymbolicName() + " has no migrations in " + folder + "/: ship V1__<description>.sql there");
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            try (InputStream in = url.openStream()) {
                texts.put(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StoreException(owner.getSymbolicName() + ": cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        return texts;
    }
}
