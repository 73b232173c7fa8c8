package io.meridian.benchmark.contacts;

import io.meridian.benchmark.BenchmarkException;
import io.meridian.benchmark.BenchmarkFiles;
import io.meridian.benchmark.Machine;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The contacts benchmark: 100,000 contacts and 1,000,000 interactions, then filtered, sorted
 * page queries through {@code ContactService.search} and the health of the whole book through
 * {@code HealthBook.book()}, each against its floor, the same SQL run directly through JDBC. See
 * docs/benchmarks.md.
 *
 * <p>The contacts bundle's own classes run on the plain class path, wired by hand
 * ({@link io.meridian.contacts.internal.StandaloneContacts}), on an embedded H2 file opened as
 * the store bundle opens it, and optionally on a PostgreSQL server. A harness run on demand,
 * not a test.
 */
public final class ContactsBenchmark {

    private ContactsBenchmark() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(ContactsOptions.USAGE);
            System.exit(0);
        }
        // HikariCP logs its pool starting and stopping through SLF4J to java.util.logging: noise in the report.
        Logger.getLogger("com.zaxxer.hikari").setLevel(Level.WARNING);
        int exit;
        try {
            exit = run(ContactsOptions.parse(Arrays.asList(args)));
        } catch (BenchmarkException e) {
            System.err.println("contacts benchmark: " + e.getMessage());
            exit = 2;
        }
        System.exit(exit);
    }

    private static int run(ContactsOptions options) throws BenchmarkException {
        Machine machine = Machine.describe(ProcessHandle.current().info().command().orElse("java"));
        List<String> jvmFlags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String loadBefore = Machine.loadAverage();
        Path work = BenchmarkFiles.workDirectory(options.work(), "meridian-contacts-benchmark", "the benchmark loads a new database there");
        List<DatabaseResults> results = new ArrayList<>();
        boolean completed = false;
        try {
            results.add(DatabaseBenchmark.run(BenchmarkDatabase.h2(work, options.h2Options()), options, ContactsBenchmark::progress));
            if (options.postgres().isPresent()) {
                try {
                    results.add(DatabaseBenchmark.run(BenchmarkDatabase.postgres(options.postgres().get(), options.postgresUser(),
                            options.postgresPassword()), options, ContactsBenchmark::progress));
                } catch (RuntimeException e) {
                    throw new BenchmarkException("cannot use PostgreSQL at " + options.postgres().get() + ": " + e.getMessage()
                            + ". Check the URL, --pg-user and --pg-password, and that the server runs", e);
                }
            }
            completed = true;
        } finally {
            if (options.keep() || !completed) System.out.println("Database kept in " + work);
            else BenchmarkFiles.delete(work);
        }

        ContactsReport report = new ContactsReport(machine, options, jvmFlags, results, ZonedDateTime.now(), loadBefore,
                Machine.loadAverage());
        String markdown = report.markdown();
        System.out.println();
        System.out.print(markdown);
        if (options.out().isPresent()) BenchmarkFiles.writeReport(options.out().get(), markdown);
        return report.allTargetsMet() ? 0 : 1;
    }

    private static void progress(String line) {
        System.out.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "  " + line);
    }
}
