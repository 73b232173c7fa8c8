package io.meridian.store.internal;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps an open embedded H2 file compact. H2 compacts a file while it is open only on the
 * background writer thread, which {@code WRITE_DELAY=0} (every commit on disk before it is
 * acknowledged) switches off; without it, each commit appends a chunk, partly dead chunks are
 * never rewritten, and a book of 200 MB grows to gigabytes, and its reads slow down with it.
 * So this does what that thread would: every second, while less than {@value #TARGET_FILL_RATE} %
 * of the chunks is live, the least live are rewritten, up to {@value #WRITE_BYTES} bytes at a
 * time (H2's own {@code MVStore.compact}, safe alongside writes, as the background thread runs
 * it). H2 rewrites and reuses only chunks older than its retention time (45 s by default), which
 * keeps what the disk may not have flushed yet; so the file may grow by what is written in 45 s
 * before it settles.
 *
 * <p>H2 exports no way from a connection to its store, so the store is reached by reflection
 * through public methods of H2 2.x ({@code JdbcConnection.getSession().getDatabase().getStore()
 * .getMvStore()}); nothing of H2 is imported. If a later H2 no longer has them, this says so once
 * in the log and stops: the database works as before, only larger (it is still compacted for
 * up to {@code MAX_COMPACT_TIME} when it closes). {@code H2CompactionTest} pins the path.
 */
final class H2Compaction implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("io.meridian.store");
    static final int TARGET_FILL_RATE = 80;
    static final int WRITE_BYTES = 16 << 20;
    static final long PERIOD_MILLIS = 1000;

    private final DataSource pool;
    private final String location;
    private final ScheduledExecutorService timer;
    private Object store;
    private boolean failed;

    private H2Compaction(DataSource pool, String location, boolean start) {
        this.pool = pool;
        this.location = location;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meridian-h2-compaction");
            t.setDaemon(true);
            return t;
        });
        if (start) timer.scheduleWithFixedDelay(this::compact, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Compacts the H2 file behind {@code pool} every second until closed. */
    static H2Compaction start(DataSource pool, String location) {
        return new H2Compaction(pool, location, true);
    }

    /** For tests: nothing runs until {@link #compact()} is called. */
    static H2Compaction manual(DataSource pool, String location) {
        return new H2Compaction(pool, location, false);
    }

    /**
     * One round: rewrites the least-live chunks until the store is {@value #TARGET_FILL_RATE} %
     * live or {@value #WRITE_BYTES} bytes were written; returns whether it rewrote anything.
     */
    synchronized boolean compact() {
        if (failed) return false;
        try {
            Object mv = store();
            if (mv == null) return false;
            return (Boolean) call(mv, "compact", new Class<?>[]{int.class, int.class}, TARGET_FILL_RATE, WRITE_BYTES);
        } catch (ReflectiveOperationException | ClassCastException e) {
            failed = true;
            LOG.log(Level.WARNING, "cannot compact " + location + " while it is open: this H2 version does not offer the way in ("
                    + e + "). The database works as before but its file grows until it is closed; report this with the H2 version", e);
            return false;
        } catch (SQLException | RuntimeException e) {
            // The database is closing or being restored: try again next round, on the store then open.
            store = null;
            return false;
        }
    }

    /** The percentage of the file's chunks that is live data, as H2 reports it (the figure {@code compact} aims at). */
    int fillRate() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 100;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The open MVStore, found again after the database was closed and opened (a restore). */
    private Object store() throws ReflectiveOperationException, SQLException {
        if (store != null && !(Boolean) call(store, "isClosed", new Class<?>[0])) return store;
        store = null;
        try (Connection c = pool.getConnection()) {
            Object connection = c.unwrap(Connection.class);
            Object session = call(connection, "getSession", new Class<?>[0]);
            Object database = call(session, "getDatabase", new Class<?>[0]);
            Object h2Store = call(database, "getStore", new Class<?>[0]);
            store = h2Store == null ? null : call(h2Store, "getMvStore", new Class<?>[0]);
        }
        return store;
    }

    private static Object call(Object target, String method, Class<?>[] types, Object... args) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method, types);
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw e;
        }
    }
}
