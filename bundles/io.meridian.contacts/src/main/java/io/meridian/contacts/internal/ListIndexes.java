package io.meridian.contacts.internal;

import io.meridian.api.contacts.BulkLoad;
import io.meridian.support.jdbc.Jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indexes the people lists are read by, and setting them aside for a large load.
 *
 * <p>On H2, a person added to a large book touches a page of each of these indexes, in a random
 * order of names and dates, and H2 writes every page it touched anew: a large import spends
 * nearly all its time, and gigabytes of file, on them. Set aside while the load runs and built
 * again in one pass when it ends, they cost a fraction of that. Lists work meanwhile, reading
 * the table through. PostgreSQL updates its indexes in place and keeps them.
 *
 * <p>The definitions are read from the migration that created them, so that the two cannot
 * drift apart. Loads may overlap: the indexes come back when the last one finishes.
 */
final class ListIndexes {

    private static final Logger LOG = Logger.getLogger("io.meridian.contacts");
    /** Below this many new people, updating the indexes costs less than building them again. */
    static final long MINIMUM_LOAD = 10_000;
    /** Nor when the book is over four times the load: the rebuild reads the whole book. */
    static final long MOST_BOOK_PER_LOADED = 4;
    private static final Pattern DEFINITION = Pattern.compile("(?m)^CREATE INDEX (person_\\w+) ON person (\\(.*\\));$");

    /** One index: its name and the columns of its {@code CREATE INDEX}. */
    record Definition(String name, String columns) {
        String create() {
            return "CREATE INDEX IF NOT EXISTS " + name + " ON person " + columns;
        }
    }

    private final Jdbc jdbc;
    private final List<Definition> definitions;
    private int loads;

    ListIndexes(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.definitions = definitions();
    }

    /** The indexes on {@code person} that the first migration creates. */
    static List<Definition> definitions() {
        String sql;
        try (InputStream in = ListIndexes.class.getResourceAsStream("/" + ContactStore.MIGRATIONS + "/V1__contacts.sql")) {
            if (in == null) throw new IllegalStateException("the contacts migration V1__contacts.sql is missing from the bundle");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Definition> found = new ArrayList<>();
        Matcher m = DEFINITION.matcher(sql);
        while (m.find()) found.add(new Definition(m.group(1), m.group(2)));
        if (found.isEmpty()) throw new IllegalStateException("V1__contacts.sql defines no index on person");
        return List.copyOf(found);
    }

    /** Opens a load of about {@code people} new people, setting the indexes aside if that pays. */
    synchronized BulkLoad open(long people) {
        boolean setAside = loads > 0 || jdbc.read(c -> h2(c) && people >= MINIMUM_LOAD && bookSize(c) <= people * MOST_BOOK_PER_LOADED);
        if (!setAside) return new Load(false);
        if (loads++ == 0) {
            int dropped = jdbc.inTransaction(c -> {
                Set<String> present = present(c);
                int n = 0;
                try (Statement s = c.createStatement()) {
                    for (Definition d : definitions) {
                        if (present.contains(d.name())) {
                            s.execute("DROP INDEX IF EXISTS " + d.name());
                            n++;
                        }
                    }
                }
                return n;
            });
            LOG.info(() -> "set aside " + dropped + " list indexes for a load of about " + people
                    + " people; they are built again when it finishes");
        }
        return new Load(true);
    }

    private synchronized void finished() {
        if (--loads == 0) rebuild("the load finished");
    }

    /** Builds the indexes a load that never finished left out (the workbench stopped), unless a load runs. */
    synchronized void repairIfMissing() {
        if (loads == 0 && !missing().isEmpty()) rebuild("a load was left unfinished (the workbench stopped during an import)");
    }

    /** The indexes that are not there now. */
    List<String> missing() {
        Set<String> present = jdbc.read(ListIndexes::present);
        return definitions.stream().map(Definition::name).filter(name -> !present.contains(name)).toList();
    }

    private void rebuild(String why) {
        long start = System.nanoTime();
        int built = jdbc.inTransaction(c -> {
            Set<String> present = present(c);
            int n = 0;
            try (Statement s = c.createStatement()) {
                for (Definition d : definitions) {
                    if (present.contains(d.name())) continue;
                    s.execute(d.create());
                    n++;
                }
            }
            return n;
        });
        if (built > 0) {
            LOG.info(() -> "built " + built + " list indexes again, as " + why + ", in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
    }

    private static boolean h2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }

    private static long bookSize(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Names of the indexes on {@code person}, lower case, as the engine reports them. */
    private static Set<String> present(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, tableName(c), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name != null) names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String tableName(Connection c) throws SQLException {
        return c.getMetaData().storesUpperCaseIdentifiers() ? "PERSON" : "person";
    }

    private final class Load implements BulkLoad {
        private final boolean setAside;
        private boolean finished;

        Load(boolean setAside) {
            this.setAside = setAside;
        }

        @Override
        public boolean indexesSetAside() {
            return setAside;
        }

        @Override
        public void finish() {
            synchronized (ListIndexes.this) {
                if (finished) return;
                finished = true;
                if (setAside) finished();
            }
        }
    }
}
