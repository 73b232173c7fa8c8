package io.meridian.benchmark;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The start-up benchmark: cold start (empty bundle cache) and warm start to ready, and resident
 * memory right after, for Meridian and for the floor, a bare Felix with the same third-party
 * bundles ({@link BareFelix}). See docs/benchmarks.md.
 *
 * <p>Each round starts Meridian cold, then warm on the same data directory, then does the same
 * for the floor; the order of the two alternates from round to round, so that both see the same
 * machine state and neither always goes first. Every start is its own process, stopped with
 * SIGTERM and waited for before the next.
 *
 * <p>A harness run on demand, not a test: timings on shared build machines are too noisy to
 * fail a build on.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = run(BenchmarkOptions.parse(Arrays.asList(args)));
        } catch (BenchmarkException e) {
            System.err.println("benchmark: " + e.getMessage());
            exit = 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = 2;
        }
        System.exit(exit);
    }

    private static int run(BenchmarkOptions options) throws BenchmarkException, InterruptedException {
        Path home = options.home();
        String java = javaCommand();
        List<String> jvmFlags = JvmFlags.of(home.resolve("bin/meridian"), System.getenv("MERIDIAN_OPTS"));
        Variant meridian = Variant.meridian(home);
        Variant floor = Variant.floor(home, java, jvmFlags, ownClasses());
        Results meridianResults = new Results();
        Results floorResults = new Results();
        Machine machine = Machine.describe(java);
        System.out.printf("Benchmarking %s: %d warm-up + %d measured rounds, JVM flags %s%n",
                home, options.warmupRounds(), options.rounds(), String.join(" ", jvmFlags));

        String loadBefore = Machine.loadAverage();
        Path work = BenchmarkFiles.workDirectory(options.work(), "meridian-benchmark", "cold starts need fresh data directories");
        boolean completed = false;
        try {
            int total = options.warmupRounds() + options.rounds();
            for (int round = 0; round < total; round++) {
                boolean warmup = round < options.warmupRounds();
                List<Variant> order = round % 2 == 0 ? List.of(meridian, floor) : List.of(floor, meridian);
                for (Variant variant : order) {
                    Path data = work.resolve(variant.id() + "-" + round);
                    Sample cold = measure(variant, data, work.resolve(variant.id() + "-" + round + "-cold.stderr.log"), options);
                    Sample warm = measure(variant, data, work.resolve(variant.id() + "-" + round + "-warm.stderr.log"), options);
                    System.out.printf(Locale.ROOT,
                            "%-9s %-8s cold %5.0f ms  warm %5.0f ms  RSS %5.1f / %5.1f MB  others' CPU %4.0f / %4.0f ms%n",
                            warmup ? "warm-up" : "round " + (round - options.warmupRounds() + 1), variant.id(),
                            cold.readyMillis(), warm.readyMillis(), cold.rssMegabytes(), warm.rssMegabytes(),
                            cold.otherCpuMillis(), warm.otherCpuMillis());
                    if (!warmup) (variant == meridian ? meridianResults : floorResults).add(cold, warm);
                    if (!options.keep()) BenchmarkFiles.delete(data);
                }
            }
            completed = true;
        } finally {
            // After a failure the logs are what the error message points to: keep them.
            if (options.keep() || !completed) System.out.println("Data directories and logs kept in " + work);
            else BenchmarkFiles.delete(work);
        }

        Report report = new Report(machine, options, jvmFlags, meridianResults, floorResults, ZonedDateTime.now(),
                loadBefore, Machine.loadAverage());
        String markdown = report.markdown();
        System.out.println();
        System.out.print(markdown);
        if (options.out().isPresent()) BenchmarkFiles.writeReport(options.out().get(), markdown);
        return report.allTargetsMet() ? 0 : 1;
    }

    private static Sample measure(Variant variant, Path data, Path log, BenchmarkOptions options)
            throws BenchmarkException, InterruptedException {
        if (options.quietSeconds() > 0 && !OtherCpu.awaitQuiet(options.quietSeconds())) {
            System.out.println("warning: other processes kept the CPU busy for " + options.quietSeconds()
                    + " s; measuring anyway, see \"others' CPU\"");
        }
        return TimedStart.run(variant, data, log, options.timeoutSeconds());
    }

    /** The java bin/meridian runs: $JAVA_HOME/bin/java, or java from the PATH. */
    private static String javaCommand() {
        String javaHome = System.getenv("JAVA_HOME");
        return javaHome != null && !javaHome.isEmpty() ? Path.of(javaHome, "bin", "java").toString() : "java";
    }

    /** The jar (or classes folder) holding the benchmark, for the floor's class path. */
    private static Path ownClasses() throws BenchmarkException {
        try {
            return Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new BenchmarkException("cannot tell where the benchmark classes are, for the floor's class path. "
                    + "Run it from its jar: java -jar releng/benchmark/target/meridian-benchmark.jar");
        }
    }
}
