package io.meridian.api.store;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

import javax.sql.DataSource;
import java.util.List;

/**
 * The open database: a pooled {@link DataSource} and the schema migrations of each bundle.
 * Registered only while the database is usable; a bundle that references it starts once the
 * database is open and stops before it closes (for a restore, a reconfiguration or shutdown).
 */
@ProviderType
public interface Database {

    /** EventAdmin topic posted after {@code store:restore} replaced the data; derived data (indexes, caches) should be rebuilt. */
    String TOPIC_RESTORED = "io/meridian/store/RESTORED";

    /** Pooled connections; each must be closed by whoever borrows it. */
    DataSource dataSource();

    /** The engine behind it: {@link #H2} or {@link #POSTGRESQL}. */
    String product();

    String H2 = "H2";
    String POSTGRESQL = "PostgreSQL";

    /** Where the data lives, for people: the H2 file or the server and database name, never a password. */
    String location();

    /**
     * Applies the bundle's migrations in {@code folder} that this database has not seen yet, in
     * version order, each in its own transaction, and records them under the bundle's symbolic
     * name. Safe when several workbenches share one server: they take turns.
     *
     * @return the migrations applied now, empty when the schema was already current
     * @throws StoreException naming the file and statement that failed, or a migration that was
     *         changed after it had been applied
     */
    List<Migration> migrate(Bundle owner, String folder);
}
