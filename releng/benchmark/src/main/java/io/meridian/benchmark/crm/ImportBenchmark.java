package io.meridian.benchmark.crm;

import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportSource;
import io.meridian.api.importing.ImportState;
import io.meridian.benchmark.contacts.BenchmarkDatabase;
import io.meridian.contacts.internal.StandaloneContacts;
import io.meridian.crm.internal.formats.CsvFormat;
import io.meridian.crm.internal.pipeline.ImportJournal;
import io.meridian.crm.internal.pipeline.Imports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The import requirement's benchmark: a generated HubSpot-style CSV of N rows (a million, about
 * 150 MB, by default) imported into an empty book on the embedded H2 file, with full
 * normalisation and matching, against the floor of H2 loading the same file into a table of
 * the same columns with its own {@code INSERT … SELECT … FROM CSVREAD(…)}, in the same run, on a
 * database opened the same way. Reports rows a second for both, their ratio, and the peak heap
 * of the import (run this JVM with -Xmx512m to hold it to the target).
 *
 * <pre>java -Xmx512m -jar releng/benchmark/target/meridian-benchmark-crm.jar --rows 1000000 --work /tmp/import-bench</pre>
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "meridian-import-benchmark");
        boolean dryRun = false;
        boolean schemaFloor = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--dry-run" -> dryRun = true;
                case "--schema-floor" -> schemaFloor = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + ": use --rows N, --work DIR, --dry-run, --schema-floor");
            }
        }
        Files.createDirectories(work);
        Path csv = work.resolve("hubspot-" + rows + ".csv");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            long bytes = HubSpotFile.write(csv, rows, 20261124L);
            System.out.printf(Locale.ROOT, "generated %s: %,d rows, %.1f MB in %.1f s%n", csv, rows, bytes / 1e6, (System.nanoTime() - t) / 1e9);
        }
        double floor = floor(csv, work.resolve("floor"), rows);
        double intoPerson = schemaFloor ? personFloor(csv, work.resolve("person-floor"), rows) : 0;
        Result ours = importIt(csv, work.resolve("import"), rows, dryRun);
        System.out.printf(Locale.ROOT, "%nrows %,d, file %.1f MB, max heap %d MB, JVM options %s%n", rows, Files.size(csv) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.ROOT, "floor (H2 INSERT ... SELECT FROM CSVREAD): %.1f s, %,.0f rows/s%n", rows / floor, floor);
        if (schemaFloor) {
            System.out.printf(Locale.ROOT, "floor into Meridian's person table (its indexes, no attributes): %.1f s, %,.0f rows/s%n",
                    rows / intoPerson, intoPerson);
        }
        System.out.printf(Locale.ROOT, "import%s: %.1f s, %,.0f rows/s, %.2f x the floor, peak heap %d MB, state %s, created %,d, rejected %,d%n",
                dryRun ? " (dry run)" : "", ours.seconds, ours.rowsPerSecond, ours.rowsPerSecond / floor, ours.peakHeapMb, ours.run.state(),
                ours.run.counts().created(), ours.run.counts().rejected());
        try (Stream<Path> files = Files.walk(work.resolve("import"))) {
            for (Path db : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".mv.db"))::iterator) {
                System.out.printf(Locale.ROOT, "database file after the import: %.0f MB%n", Files.size(db) / 1e6);
            }
        }
    }

    private record Result(double seconds, double rowsPerSecond, long peakHeapMb, ImportRun run) {
    }

    /** H2 reading the file into a table of its columns: the least any import into H2 can cost. */
    private static double floor(Path csv, Path dir, int rows) throws Exception {
        delete(dir);
        try (BenchmarkDatabase db = BenchmarkDatabase.h2(dir, "")) {
            try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE floor_contact (record_id VARCHAR, first_name VARCHAR, last_name VARCHAR, email VARCHAR,"
                        + " phone VARCHAR, owner VARCHAR, company VARCHAR, lead_status VARCHAR, created VARCHAR, last_activity VARCHAR,"
                        + " title VARCHAR, city VARCHAR, country VARCHAR)");
                long t = System.nanoTime();
                s.execute("INSERT INTO floor_contact SELECT * FROM CSVREAD('" + csv.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
                double seconds = (System.nanoTime() - t) / 1e9;
                return rows / seconds;
            }
        }
    }

    /**
     * H2 reading the same file into the table the contacts live in, with the indexes their lists
     * need: what the database itself costs for the people alone (no emails or phones in their
     * own table, no audit, no normalising or matching). Slow on H2: run it with a smaller --rows.
     */
    private static double personFloor(Path csv, Path dir, int rows) throws Exception {
        delete(dir);
        try (BenchmarkDatabase db = BenchmarkDatabase.h2(dir, "")) {
            db.createSchema();
            try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
                long t = System.nanoTime();
                s.execute("INSERT INTO person (id, version, given_name, family_name, display_name, display_key, search_key, title,"
                        + " owner, effective_cadence_days, effective_in_person_days, contact_due_at, in_person_due_at, next_due_at,"
                        + " created_at, updated_at) SELECT RANDOM_UUID(), 1, \"First Name\", \"Last Name\", \"First Name\" || ' ' ||"
                        + " \"Last Name\", LOWER(\"First Name\" || ' ' || \"Last Name\"), LOWER(\"First Name\" || ' ' || \"Last Name\""
                        + " || ' ' || EMAIL), \"Job Title\", \"Contact owner\", 30, 365, NOW(), NOW(), NOW(), NOW(), NOW()"
                        + " FROM CSVREAD('" + csv.toAbsolutePath() + "', NULL, 'charset=UTF-8')");
                return rows / ((System.nanoTime() - t) / 1e9);
            }
        }
    }

    private static Result importIt(Path csv, Path dir, int rows, boolean dryRun) throws Exception {
        delete(dir);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (BenchmarkDatabase db = BenchmarkDatabase.h2(dir, "")) {
            db.createSchema();
            try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String statement : BenchmarkDatabase.statements(ImportJournal.migration())) s.execute(statement);
            }
            StandaloneContacts contacts = new StandaloneContacts(db.dataSource, Clock.systemUTC());
            List<ImportFormat> formats = List.of(new CsvFormat());
            Imports imports = new Imports(contacts.contacts(), new ImportJournal(db.dataSource), dir.resolve("imports"),
                    () -> (Collection<ImportFormat>) formats, executor, Clock.systemUTC(), 4L << 30);
            System.gc();
            HeapWatch heap = new HeapWatch();
            long t = System.nanoTime();
            ImportRun run = imports.start(ImportSource.of(csv.getFileName().toString(), csv), dryRun ? ImportOptions.defaults().asDryRun() : ImportOptions.defaults());
            long lastPrint = 0;
            while (!run.finished() && run.state() != ImportState.INTERRUPTED) {
                Thread.sleep(200);
                heap.sample();
                run = imports.run(run.id()).orElseThrow();
                if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.printf(Locale.ROOT, "  %5.0f s  %,d rows  %.0f%%  heap peak so far %d MB%n", (lastPrint - t) / 1e9,
                            run.counts().records(), run.progress() * 100, heap.peakMb());
                }
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            return new Result(seconds, rows / seconds, heap.peakMb(), run);
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * The most heap in use, sampled every 200 ms while the import runs (garbage not yet collected
     * included): with -Xmx512m the run proves the bound by finishing, this says how close it came.
     */
    private static final class HeapWatch {
        private long peak;

        void sample() {
            peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        long peakMb() {
            sample();
            return peak >> 20;
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
