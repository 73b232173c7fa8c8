package io.meridian.store.internal;

import javax.sql.DataSource;

/**
 * What the store bundle does to a database, for the contacts benchmark outside OSGi: the
 * options of its embedded H2 file and of a PostgreSQL URL, and the compaction it runs while an
 * H2 file is open. In the bundle's package,
 * on the plain class path, only to reach the package-private classes.
 */
public final class StandaloneStore {

    /** The options the store bundle opens the embedded default with. */
    public static final String H2_OPTIONS = DatabaseTarget.H2_OPTIONS;

    private StandaloneStore() {
    }

    /** A PostgreSQL URL as the store bundle connects with it. */
    public static String postgresUrl(String url) {
        return DatabaseTarget.postgresUrl(url);
    }

    /** Keeps the H2 file behind {@code pool} compact, as the store bundle does, until closed. */
    public static AutoCloseable keepCompact(DataSource pool, String location) {
        return H2Compaction.start(pool, location);
    }
}
