package io.meridian.benchmark.contacts;

import io.meridian.benchmark.BenchmarkException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.meridian.benchmark.OptionValues.number;
import static io.meridian.benchmark.OptionValues.value;

/**
 * The contacts harness's command line.
 *
 * @param persons contacts to load
 * @param interactions interactions to load, spread over the contacts and two years
 * @param samples measured runs of each page query, on Meridian and on the floor alike
 * @param warmup runs of each page query first discarded (JIT, H2's page cache)
 * @param healthRuns measured runs of the whole-book health, of each kind
 * @param postgres a PostgreSQL JDBC URL to measure as well, if any
 * @param postgresUser its user
 * @param postgresPassword its password
 * @param out where to write the Markdown report as well, if anywhere
 * @param work where the H2 database goes; a new temporary directory if absent
 * @param keep keep the work directory (and its database) afterwards
 * @param seed of the generated data, so that two runs load the same book
 * @param explain add the query plans (EXPLAIN ANALYZE) of the page queries to the report
 * @param compact compact the H2 file (SHUTDOWN COMPACT) after the load, before measuring
 * @param h2Options appended to the product's H2 URL, to measure a proposed setting; "" for none
 */
record ContactsOptions(int persons, int interactions, int samples, int warmup, int healthRuns, Optional<String> postgres,
                       String postgresUser, String postgresPassword, Optional<Path> out, Optional<Path> work, boolean keep, long seed,
                       boolean explain, boolean compact, String h2Options) {

    static final String USAGE = """
            Usage: java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m \\
                     -jar releng/benchmark/target/meridian-benchmark-contacts.jar [OPTIONS]
              --persons N          contacts to load (default: 100000)
              --interactions N     interactions to load (default: 1000000)
              --samples N          measured runs of each page query (default: 200)
              --warmup N           discarded runs of each page query first (default: 50)
              --health-runs N      measured runs of each kind of whole-book health (default: 5)
              --postgres JDBC_URL  measure a PostgreSQL database too (its contacts tables are
                                   dropped and recreated), e.g. the URL that
                                   releng/scripts/test-postgres start DIR prints
              --pg-user USER       its user (default: meridian)
              --pg-password PW     its password (default: meridian)
              --out FILE           also write the Markdown report to FILE
              --work DIR           the H2 database goes here (default: a new temporary directory)
              --keep               keep the work directory afterwards
              --seed N             seed of the generated data (default: 20261120)
              --explain            add the plans of the page queries (EXPLAIN ANALYZE) to the report
              --compact            compact the H2 file (SHUTDOWN COMPACT) after loading, before
                                   measuring: what the book would be like if the product compacted
              --h2-options TEXT    append TEXT to the product's H2 URL, e.g. ";CACHE_SIZE=262144",
                                   to measure a proposed setting
            Exit status: 0 all targets met, 1 a target missed, 2 the benchmark could not run.
            """;

    static ContactsOptions parse(List<String> args) throws BenchmarkException {
        int persons = 100_000;
        int interactions = 1_000_000;
        int samples = 200;
        int warmup = 50;
        int healthRuns = 5;
        String postgres = null;
        String user = "meridian";
        String password = "meridian";
        Path out = null;
        Path work = null;
        boolean keep = false;
        long seed = 20261120L;
        boolean explain = false;
        boolean compact = false;
        String h2Options = "";
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--keep" -> keep = true;
                case "--explain" -> explain = true;
                case "--compact" -> compact = true;
                case "--h2-options" -> h2Options = value(USAGE, args, ++i, option);
                case "--persons" -> persons = number(value(USAGE, args, ++i, option), option, 1000);
                case "--interactions" -> interactions = number(value(USAGE, args, ++i, option), option, 0);
                case "--samples" -> samples = number(value(USAGE, args, ++i, option), option, 20);
                case "--warmup" -> warmup = number(value(USAGE, args, ++i, option), option, 0);
                case "--health-runs" -> healthRuns = number(value(USAGE, args, ++i, option), option, 1);
                case "--postgres" -> postgres = value(USAGE, args, ++i, option);
                case "--pg-user" -> user = value(USAGE, args, ++i, option);
                case "--pg-password" -> password = value(USAGE, args, ++i, option);
                case "--out" -> out = Path.of(value(USAGE, args, ++i, option));
                case "--work" -> work = Path.of(value(USAGE, args, ++i, option));
                case "--seed" -> seed = number(value(USAGE, args, ++i, option), option, 0);
                default -> throw new BenchmarkException("unknown option '" + option + "'.\n" + USAGE);
            }
        }
        if (postgres != null && !postgres.startsWith("jdbc:postgresql:")) {
            throw new BenchmarkException("--postgres " + postgres + " is not a PostgreSQL JDBC URL: write it as "
                    + "jdbc:postgresql://HOST:PORT/DATABASE (releng/scripts/test-postgres start DIR prints one)");
        }
        if (!h2Options.isEmpty() && !h2Options.startsWith(";")) {
            throw new BenchmarkException("--h2-options " + h2Options + ": write settings as they follow the URL, each starting with ';'"
                    + " (e.g. ;CACHE_SIZE=262144)");
        }
        return new ContactsOptions(persons, interactions, samples, warmup, healthRuns, Optional.ofNullable(postgres), user, password,
                Optional.ofNullable(out), Optional.ofNullable(work), keep, seed, explain, compact, h2Options);
    }
}
