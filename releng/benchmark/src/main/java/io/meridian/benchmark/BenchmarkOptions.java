package io.meridian.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.meridian.benchmark.OptionValues.number;
import static io.meridian.benchmark.OptionValues.value;

/**
 * The harness's command line.
 *
 * @param home the unpacked distribution to measure
 * @param rounds measured rounds
 * @param warmupRounds rounds run first and discarded (page cache, CPU frequency, JIT of nothing: just the machine)
 * @param out where to write the Markdown report as well, if anywhere
 * @param work where the data directories and per-start logs go; a new temporary directory if absent
 * @param keep keep the work directory afterwards (to read the logs)
 * @param timeoutSeconds how long one start may take to print its ready line
 * @param quietSeconds how long to wait, before each start, for other processes to go quiet; 0 not to wait
 */
record BenchmarkOptions(Path home, int rounds, int warmupRounds, Optional<Path> out, Optional<Path> work, boolean keep,
                        int timeoutSeconds, int quietSeconds) {

    static final Path DEFAULT_HOME = Path.of("releng/distribution/target/meridian");

    static final String USAGE = """
            Usage: java -jar releng/benchmark/target/meridian-benchmark.jar [OPTIONS]
              --home DIR        unpacked distribution (default: releng/distribution/target/meridian)
              --rounds N        measured rounds (default: 5)
              --warmup N        rounds run first and discarded (default: 1)
              --out FILE        also write the Markdown report to FILE
              --work DIR        data directories and logs go here (default: a new temporary directory)
              --keep            keep the work directory afterwards
              --timeout SECONDS how long one start may take to be ready (default: 60)
              --quiet SECONDS   before each start, wait up to this long for other processes
                                to use under 10 % of a core (default: 120; 0: do not wait)
            Exit status: 0 all targets met, 1 a target missed, 2 the benchmark could not run.
            """;

    static BenchmarkOptions parse(List<String> args) throws BenchmarkException {
        Path home = DEFAULT_HOME;
        int rounds = 5;
        int warmup = 1;
        Path out = null;
        Path work = null;
        boolean keep = false;
        int timeout = 60;
        int quiet = 120;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--keep" -> keep = true;
                case "--home" -> home = Path.of(value(USAGE, args, ++i, option));
                case "--out" -> out = Path.of(value(USAGE, args, ++i, option));
                case "--work" -> work = Path.of(value(USAGE, args, ++i, option));
                case "--rounds" -> rounds = number(value(USAGE, args, ++i, option), option, 1);
                case "--warmup" -> warmup = number(value(USAGE, args, ++i, option), option, 0);
                case "--timeout" -> timeout = number(value(USAGE, args, ++i, option), option, 1);
                case "--quiet" -> quiet = number(value(USAGE, args, ++i, option), option, 0);
                default -> throw new BenchmarkException("unknown option '" + option + "'.\n" + USAGE);
            }
        }
        home = home.toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("bin/meridian")) || !Files.isRegularFile(home.resolve("features/core.json"))) {
            throw new BenchmarkException(home + " is not an unpacked Meridian distribution (no bin/meridian or "
                    + "features/core.json). Build it first: cd to the project root and run ./mvnw -B -q package -DskipTests, "
                    + "or pass --home DIR");
        }
        return new BenchmarkOptions(home, rounds, warmup, Optional.ofNullable(out), Optional.ofNullable(work), keep, timeout, quiet);
    }
}
