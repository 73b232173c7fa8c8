package io.meridian.benchmark.contacts;

import io.meridian.benchmark.Latencies;
import io.meridian.benchmark.Machine;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Markdown report of the contacts benchmark: the book, the page queries and the whole-book
 * health against their floors, and the verdict on each target of the requirement. Page queries
 * are judged by the p95 of each kind (every kind must pass); health by the median of the runs
 * that are the first of a new day, the case a user meets every morning.
 */
final class ContactsReport {

    static final double QUERY_P95_MAX_MILLIS = 50;
    static final double HEALTH_MAX_MILLIS = 2000;

    private final Machine machine;
    private final ContactsOptions options;
    private final List<String> jvmFlags;
    private final List<DatabaseResults> databases;
    private final ZonedDateTime date;
    private final String loadBefore;
    private final String loadAfter;

    ContactsReport(Machine machine, ContactsOptions options, List<String> jvmFlags, List<DatabaseResults> databases, ZonedDateTime date,
                   String loadBefore, String loadAfter) {
        this.machine = machine;
        this.options = options;
        this.jvmFlags = jvmFlags;
        this.databases = databases;
        this.date = date;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    boolean allTargetsMet() {
        return databases.stream().allMatch(d -> queriesMet(d) && healthMet(d));
    }

    private static DatabaseResults.Query slowest(DatabaseResults d) {
        return d.queries().stream().max((a, b) -> Double.compare(a.meridian().p95(), b.meridian().p95())).orElseThrow();
    }

    private static boolean queriesMet(DatabaseResults d) {
        return slowest(d).meridian().p95() <= QUERY_P95_MAX_MILLIS;
    }

    private static boolean healthMet(DatabaseResults d) {
        return d.health().book().median() <= HEALTH_MAX_MILLIS;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append(" on ")
                .append(databases.stream().map(DatabaseResults::version).collect(Collectors.joining(" and "))).append(".\n\n");
        book(md);
        for (DatabaseResults d : databases) queries(md, d);
        health(md);
        targets(md);

        md.append("\nMachine: ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
                .append(machine.memory()).append(" memory, Linux ").append(machine.kernel()).append(".  \n");
        md.append("Java: ").append(machine.javaVersion().lines().collect(Collectors.joining("; "))).append(".  \n");
        md.append("JVM flags: `").append(jvmFlags.isEmpty() ? "(none)" : String.join(" ", jvmFlags)).append("`; maximum heap ")
                .append(fmt("%.0f MiB", Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0)).append(".  \n");
        md.append("Load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(loadAfter).append(" after.\n");

        for (DatabaseResults d : databases) {
            if (d.plans().isEmpty()) continue;
            md.append("\nQuery plans on ").append(d.product()).append(" (EXPLAIN ANALYZE of the first query of each kind):\n");
            for (String plan : d.plans()) md.append("\n```\n").append(plan.strip()).append("\n```\n");
        }
        return md.toString();
    }

    private void book(StringBuilder md) {
        md.append("| The book |").append(columns(d -> " " + d.product() + " |")).append('\n');
        md.append("|---|").append(columns(d -> "---:|")).append('\n');
        row(md, "contacts (people)", d -> fmt("%,d", d.facts().persons()));
        row(md, "organisations", d -> fmt("%,d", d.facts().organisations()));
        row(md, "emails, phones, languages, tags, ids", d -> fmt("%,d", d.facts().attributes()));
        row(md, "interactions (last 2 years)", d -> fmt("%,d", d.facts().interactions()));
        row(md, "commitments", d -> fmt("%,d", d.facts().commitments()));
        row(md, "trust assessments", d -> fmt("%,d", d.facts().trustAssessments()));
        row(md, "countries / owners / tags", d -> d.facts().countries().size() + " / " + d.facts().owners().size() + " / "
                + d.facts().tags().size());
        row(md, "H2 URL options beyond the product's", d -> d.extraOptions().isEmpty() ? "none" : "`" + d.extraOptions() + "`");
        row(md, "compacted before measuring (`--compact`)", d -> d.compaction() == null ? "no"
                : fmt("yes: %.0f MB before, SHUTDOWN COMPACT took %.0f s", d.compaction().sizeBeforeMegabytes(), d.compaction().seconds()));
        row(md, "database on disk at the end", d -> fmt("%.0f MB", d.sizeMegabytes()));
        row(md, "bulk load, JDBC batches (not a target)", d -> fmt("%.0f s", d.loadSeconds()));
        row(md, "first refresh after the load, writes every row (not a target)", d -> fmt("%.0f ms", d.firstDerivationMillis()));
    }

    private void queries(StringBuilder md, DatabaseResults d) {
        md.append("\nPage queries on ").append(d.product()).append(", a page of ").append(PageQueries.PAGE).append(": Meridian is `ContactService.search`,")
                .append(" the floor the same four statements through JDBC; ").append(options.samples()).append(" runs of each after ")
                .append(options.warmup()).append(" discarded; milliseconds.\n\n");
        md.append("| query | rotating through | matches counted (median; the count stops 200 past the page) | Meridian p50 | p95 | max | floor p50 | p95 | max | p95 Meridian / floor |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (DatabaseResults.Query q : d.queries()) {
            md.append("| ").append(q.kind().name()).append(" | ").append(q.kind().values()).append(" | ").append(fmt("%,d", q.matches()))
                    .append(latencies(q.meridian())).append(latencies(q.floor())).append(" | ").append(fmt("%.2f", q.p95Ratio()))
                    .append(" |\n");
        }
        Latencies meridian = Latencies.pooled(d.queries().stream().map(DatabaseResults.Query::meridian).toList());
        Latencies floor = Latencies.pooled(d.queries().stream().map(DatabaseResults.Query::floor).toList());
        md.append("| **all together** | | ").append(latencies(meridian)).append(latencies(floor)).append(" | ")
                .append(fmt("%.2f", meridian.p95() / floor.p95())).append(" |\n");
    }

    private void health(StringBuilder md) {
        md.append("\nHealth of the whole book, `RelationshipHealth.book()` (computes every score, writes nothing), and the daily")
                .append(" refresh of the scores stored for the health order (`HealthRefresh`: computes every score, writes the changed")
                .append(" rows 1,000 to a transaction; runs in the background, not a target): median (min–max) of ").append(options.healthRuns())
                .append(" runs of each, each on a new day, milliseconds. The floor runs the same reads through JDBC, without scoring and without writing.\n\n");
        md.append("| |").append(columns(d -> " " + d.product() + " |")).append('\n');
        md.append("|---|").append(columns(d -> "---:|")).append('\n');
        row(md, "`book()`", d -> range(d.health().book()));
        row(md, "floor: the same reads", d -> range(d.health().floor()));
        row(md, "`book()` / floor", d -> fmt("%.2f", d.health().book().median() / d.health().floor().median()));
        row(md, "daily refresh (not a target)", d -> range(d.health().refresh()));
        row(md, "rows written by it (median)", d -> fmt("%,d", d.health().rowsWritten().stream().sorted().toList()
                .get(d.health().rowsWritten().size() / 2)));
        for (Map.Entry<String, Integer> step : databases.get(0).health().floorRows().entrySet()) {
            row(md, "floor: " + step.getKey() + fmt(" (%,d rows)", step.getValue()),
                    d -> fmt("%.0f", d.health().floorSteps().get(step.getKey()).median()));
        }
    }

    private void targets(StringBuilder md) {
        md.append("\n| Target | Database | Measured | Result |\n|---|---|---:|---|\n");
        for (DatabaseResults d : databases) {
            DatabaseResults.Query slowest = slowest(d);
            target(md, "Page query p95 ≤ 50 ms (slowest kind)", d.product(),
                    fmt("%.1f ms", slowest.meridian().p95()) + " (" + slowest.kind().name() + ")", queriesMet(d),
                    over(slowest.meridian().p95(), QUERY_P95_MAX_MILLIS));
            target(md, "Health of the whole book ≤ 2 s (`book()`, median)", d.product(),
                    fmt("%.0f ms", d.health().book().median()) + fmt(" (max %.0f)", d.health().book().max()), healthMet(d),
                    over(d.health().book().median(), HEALTH_MAX_MILLIS));
        }
    }

    private String columns(Function<DatabaseResults, String> cell) {
        return databases.stream().map(cell).collect(Collectors.joining());
    }

    private void row(StringBuilder md, String label, Function<DatabaseResults, String> value) {
        md.append("| ").append(label).append(" |").append(columns(d -> " " + value.apply(d) + " |")).append('\n');
    }

    private static String latencies(Latencies l) {
        return " | " + fmt("%.1f", l.median()) + " | " + fmt("%.1f", l.p95()) + " | " + fmt("%.1f", l.max());
    }

    private static String range(Latencies l) {
        return fmt("%.0f", l.median()) + " (" + fmt("%.0f", l.min()) + "–" + fmt("%.0f", l.max()) + ")";
    }

    private static void target(StringBuilder md, String target, String database, String measured, boolean met, String miss) {
        md.append("| ").append(target).append(" | ").append(database).append(" | ").append(measured).append(" | ")
                .append(met ? "PASS" : "**FAIL**, " + miss).append(" |\n");
    }

    private static String over(double value, double limit) {
        return fmt("%.0f ms", value - limit) + " (" + fmt("%.0f", (value / limit - 1) * 100) + " %) over";
    }

    private static String fmt(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
