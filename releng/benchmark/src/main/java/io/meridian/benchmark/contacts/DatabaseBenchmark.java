package io.meridian.benchmark.contacts;

import io.meridian.benchmark.Latencies;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Page;
import io.meridian.benchmark.BenchmarkException;
import io.meridian.contacts.internal.StandaloneContacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The contacts benchmark on one database: load the book, derive it once, then measure the page
 * queries and the whole-book health, each against its floor, the same SQL run directly.
 *
 * <p>Meridian and the floor take turns run by run (which goes first alternates), so that both
 * see the same machine and the same caches; each has its own connection pool.
 */
final class DatabaseBenchmark {

    /** The day the book is measured on, as in the contacts tests. */
    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    /** Replaced by its compacted self with --compact. */
    private BenchmarkDatabase db;
    private final ContactsOptions options;
    private final Consumer<String> progress;
    private final BenchmarkClock clock = new BenchmarkClock(START);

    private DatabaseBenchmark(BenchmarkDatabase db, ContactsOptions options, Consumer<String> progress) {
        this.db = db;
        this.options = options;
        this.progress = progress;
    }

    /** Measures on {@code db}, and closes it. */
    static DatabaseResults run(BenchmarkDatabase db, ContactsOptions options, Consumer<String> progress)
            throws BenchmarkException {
        DatabaseBenchmark benchmark = new DatabaseBenchmark(db, options, progress);
        try {
            return benchmark.run();
        } catch (SQLException e) {
            throw new BenchmarkException(db.product + " at " + db.location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BenchmarkException(db.product + " at " + db.location + ": the contact services failed: " + e, e);
        } finally {
            benchmark.db.close();
        }
    }

    private DatabaseResults run() throws BenchmarkException, SQLException {
        progress.accept(db.product + ": creating the contacts schema");
        db.createSchema();
        progress.accept(db.product + ": loading " + options.persons() + " contacts and " + options.interactions() + " interactions");
        long start = System.nanoTime();
        SyntheticBook.Facts facts = SyntheticBook.load(db.dataSource, options, clock.instant(),
                line -> progress.accept(db.product + ": loaded " + line));
        db.analyze();
        double loadSeconds = (System.nanoTime() - start) / 1e9;

        StandaloneContacts services = new StandaloneContacts(db.dataSource, clock);
        start = System.nanoTime();
        services.refreshBook();
        double firstDerivation = (System.nanoTime() - start) / 1e6;
        db.analyze();
        double size = db.sizeMegabytes();
        progress.accept(String.format("%s: loaded in %.0f s, derived every score in %.0f ms; %.0f MB on disk", db.product, loadSeconds,
                firstDerivation, size));
        DatabaseResults.Compaction compaction = null;
        if (options.compact() && db.embedded()) {
            start = System.nanoTime();
            db = db.compacted();
            compaction = new DatabaseResults.Compaction(size, (System.nanoTime() - start) / 1e9);
            services = new StandaloneContacts(db.dataSource, clock);
            progress.accept(String.format("%s: SHUTDOWN COMPACT in %.0f s, from %.0f MB to %.0f MB", db.product, compaction.seconds(),
                    size, db.sizeMegabytes()));
        }

        List<DatabaseResults.Query> queries = new ArrayList<>();
        for (PageQueries.Case kind : PageQueries.of(facts)) queries.add(measure(services.contacts(), kind));
        DatabaseResults.Health health = health(services);
        List<String> plans = options.explain() ? plans(PageQueries.of(facts)) : List.of();
        return new DatabaseResults(db.product, db.version(), db.extraOptions, facts, loadSeconds, firstDerivation, compaction,
                db.sizeMegabytes(), queries, health, plans);
    }

    private DatabaseResults.Query measure(ContactService contacts, PageQueries.Case kind) throws SQLException, BenchmarkException {
        for (int i = 0; i < PageQueries.ROTATION; i++) check(contacts, kind, i);
        for (int i = 0; i < options.warmup(); i++) {
            contacts.search(kind.query().apply(i));
            DirectSearch.run(db.floor, kind.query().apply(i), clock.instant());
        }
        Latencies meridian = new Latencies();
        Latencies floor = new Latencies();
        List<Long> matches = new ArrayList<>();
        for (int i = 0; i < options.samples(); i++) {
            ContactQuery q = kind.query().apply(i);
            if (i % 2 == 0) {
                matches.add(timeMeridian(contacts, q, meridian));
                timeFloor(q, floor);
            } else {
                timeFloor(q, floor);
                matches.add(timeMeridian(contacts, q, meridian));
            }
        }
        matches.sort(null);
        DatabaseResults.Query result = new DatabaseResults.Query(kind, meridian, floor, matches.get(matches.size() / 2));
        progress.accept(String.format("%s: %-46s p95 %6.1f ms, floor %6.1f ms (%.2f ×), %d matches", db.product, kind.name(),
                meridian.p95(), floor.p95(), result.p95Ratio(), result.matches()));
        return result;
    }

    private long timeMeridian(ContactService contacts, ContactQuery q, Latencies into) {
        long start = System.nanoTime();
        Page<ContactSummary> page = contacts.search(q);
        into.add(System.nanoTime() - start);
        return page.total();
    }

    private void timeFloor(ContactQuery q, Latencies into) throws SQLException {
        long start = System.nanoTime();
        DirectSearch.run(db.floor, q, clock.instant());
        into.add(System.nanoTime() - start);
    }

    /** The floor must return the page Meridian returns, or it measures something else. */
    private void check(ContactService contacts, PageQueries.Case kind, int i) throws SQLException, BenchmarkException {
        ContactQuery q = kind.query().apply(i);
        Page<ContactSummary> page = contacts.search(q);
        DirectSearch.Result direct = DirectSearch.run(db.floor, q, clock.instant());
        List<?> ids = page.items().stream().map(ContactSummary::id).toList();
        long tags = page.items().stream().mapToLong(s -> s.tags().size()).sum();
        if (page.total() != direct.total() || !ids.equals(direct.ids()) || tags != direct.tagRows()) {
            throw new BenchmarkException("the floor's SQL no longer matches ContactSearch: for " + q + " Meridian returned "
                    + page.total() + " matches, page " + ids + ", " + tags + " tags; the floor " + direct.total() + ", " + direct.ids()
                    + ", " + direct.tagRows() + ". Update DirectSearch to the SQL ContactSearch now runs");
        }
        if (page.items().isEmpty()) {
            throw new BenchmarkException(kind.name() + ": " + q + " found nothing; the generated book is too small for this query "
                    + "(raise --persons)");
        }
    }

    private DatabaseResults.Health health(StandaloneContacts services) throws SQLException {
        progress.accept(db.product + ": health of the whole book and the daily refresh, " + options.healthRuns() + " runs of each");
        Latencies book = new Latencies();
        Latencies refresh = new Latencies();
        Latencies floor = new Latencies();
        Map<String, Latencies> steps = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<Long> written = new ArrayList<>();
        Colleague colleague = new Colleague(db.floor);
        services.health().book();
        DirectHealthReads.read(db.floor);
        for (int run = 0; run < options.healthRuns(); run++) {
            clock.advance(Duration.ofDays(1));
            if (run % 2 == 0) {
                time(services, book, colleague);
                floor(floor, steps, rows, colleague);
            } else {
                floor(floor, steps, rows, colleague);
                time(services, book, colleague);
            }
        }
        for (int run = 0; run < options.healthRuns(); run++) {
            clock.advance(Duration.ofDays(1));
            colleague.touch();
            long start = System.nanoTime();
            written.add((long) services.refreshBook());
            refresh.add(System.nanoTime() - start);
        }
        progress.accept(String.format("%s: book() %.0f ms, floor %.0f ms; daily refresh %.0f ms (%d rows written)", db.product,
                book.median(), floor.median(), refresh.median(), written.get(written.size() / 2)));
        return new DatabaseResults.Health(book, refresh, floor, written, steps, rows);
    }

    private static void time(StandaloneContacts services, Latencies into, Colleague colleague) throws SQLException {
        colleague.touch();
        long start = System.nanoTime();
        services.health().book();
        into.add(System.nanoTime() - start);
    }

    private void floor(Latencies into, Map<String, Latencies> steps, Map<String, Integer> rows, Colleague colleague)
            throws SQLException {
        colleague.touch();
        long start = System.nanoTime();
        List<DirectHealthReads.Step> read = DirectHealthReads.read(db.floor);
        into.add(System.nanoTime() - start);
        for (DirectHealthReads.Step step : read) {
            steps.computeIfAbsent(step.what(), k -> new Latencies()).add(step.nanos());
            rows.put(step.what(), step.rows());
        }
    }

    /** EXPLAIN ANALYZE of the count and page statements of each case's first query. */
    private List<String> plans(List<PageQueries.Case> cases) throws SQLException {
        List<String> plans = new ArrayList<>();
        try (Connection c = db.floor.getConnection()) {
            for (PageQueries.Case kind : cases) {
                ContactQuery q = kind.query().apply(0);
                StandaloneContacts.SearchStatements sql = StandaloneContacts.searchStatements(q, clock.instant());
                plans.add(kind.name() + " (" + q + "), count:\n" + explain(c, sql.count(), sql.countArgs()));
                plans.add(kind.name() + ", page:\n" + explain(c, sql.page(), sql.pageArgs()));
            }
        }
        return plans;
    }

    private static String explain(Connection c, String sql, List<Object> args) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            BenchmarkDatabase.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
