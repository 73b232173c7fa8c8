package io.meridian.store.internal;

import javax.sql.DataSource;

/**
 * What the store bundle does to an embedded H2 file, for the contacts benchmark outside OSGi:
 * its URL options and the compaction it runs while the file is open. In the bundle's package,
 * on the plain class path, only to reach the package-private classes.
 */
public final class StandaloneStore {

    /** The options the store bundle opens the embedded default with. */
    public static final String H2_OPTIONS = DatabaseTarget.H2_OPTIONS;

    private StandaloneStore() {
    }

    /** Keeps the H2 file behind {@code pool} compact, as the store bundle does, until closed. */
    public static AutoCloseable keepCompact(DataSource pool, String location) {
        return H2Compaction.start(pool, location);
    }
}
