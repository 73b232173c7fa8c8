package io.meridian.benchmark.calendar;

import io.meridian.benchmark.BenchmarkException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.meridian.benchmark.OptionValues.number;
import static io.meridian.benchmark.OptionValues.value;

/**
 * The calendar harness's command line.
 *
 * @param rounds measured rounds of the planner, each one plan per variant and one floor
 * @param warmup planner rounds run first and discarded (the JIT)
 * @param agendaRounds measured rounds of the agenda, each one view and one floor
 * @param agendaWarmup agenda rounds run first and discarded (the JIT, H2's page cache)
 * @param persons contacts in the agenda's book
 * @param only "planner" or "agenda" to measure one of them; empty for both
 * @param quietSeconds how long to wait, before each part, for other processes to go quiet; 0 not to wait
 * @param out where to write the Markdown report as well, if anywhere
 * @param work where the H2 database goes; a new temporary directory if absent
 * @param keep keep the work directory (and its database) afterwards
 * @param seed of the generated book, so that two runs load the same one
 * @param h2Options appended to the product's H2 URL, to measure a proposed setting; "" for none
 */
record CalendarOptions(int rounds, int warmup, int agendaRounds, int agendaWarmup, int persons, Optional<String> only,
                       int quietSeconds, Optional<Path> out, Optional<Path> work, boolean keep, long seed, String h2Options) {

    static final String USAGE = """
            Usage: java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m \\
                     -jar releng/benchmark/target/meridian-benchmark-calendar.jar [OPTIONS]
              --rounds N          measured rounds of the meeting planner (default: 500)
              --warmup N          planner rounds run first and discarded (default: 300)
              --agenda-rounds N   measured rounds of the agenda (default: 100)
              --agenda-warmup N   agenda rounds run first and discarded (default: 20)
              --persons N         contacts in the agenda's book (default: 100000)
              --only PART         measure only the planner or only the agenda
              --quiet SECONDS     before each part, wait up to this long for other processes
                                  to use under 10 % of a core (default: 120; 0: do not wait)
              --out FILE          also write the Markdown report to FILE
              --work DIR          the H2 database goes here (default: a new temporary directory)
              --keep              keep the work directory afterwards
              --seed N            seed of the generated book (default: 20261019)
              --h2-options TEXT   append TEXT to the product's H2 URL, e.g. ";LAZY_QUERY_EXECUTION=TRUE",
                                  to measure a proposed setting
            Exit status: 0 all targets met, 1 a target missed, 2 the benchmark could not run.
            """;

    static CalendarOptions parse(List<String> args) throws BenchmarkException {
        int rounds = 500;
        int warmup = 300;
        int agendaRounds = 100;
        int agendaWarmup = 20;
        int persons = 100_000;
        String only = null;
        int quiet = 120;
        Path out = null;
        Path work = null;
        boolean keep = false;
        long seed = 20261019L;
        String h2Options = "";
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--keep" -> keep = true;
                case "--rounds" -> rounds = number(value(USAGE, args, ++i, option), option, 10);
                case "--warmup" -> warmup = number(value(USAGE, args, ++i, option), option, 0);
                case "--agenda-rounds" -> agendaRounds = number(value(USAGE, args, ++i, option), option, 5);
                case "--agenda-warmup" -> agendaWarmup = number(value(USAGE, args, ++i, option), option, 0);
                case "--persons" -> persons = number(value(USAGE, args, ++i, option), option, 1000);
                case "--only" -> only = value(USAGE, args, ++i, option);
                case "--quiet" -> quiet = number(value(USAGE, args, ++i, option), option, 0);
                case "--out" -> out = Path.of(value(USAGE, args, ++i, option));
                case "--work" -> work = Path.of(value(USAGE, args, ++i, option));
                case "--seed" -> seed = number(value(USAGE, args, ++i, option), option, 0);
                case "--h2-options" -> h2Options = value(USAGE, args, ++i, option);
                default -> throw new BenchmarkException("unknown option '" + option + "'.\n" + USAGE);
            }
        }
        if (only != null && !only.equals("planner") && !only.equals("agenda")) {
            throw new BenchmarkException("--only " + only + ": write --only planner or --only agenda (or leave it out for both)");
        }
        if (!h2Options.isEmpty() && !h2Options.startsWith(";")) {
            throw new BenchmarkException("--h2-options " + h2Options + ": write settings as they follow the URL, each starting with ';'"
                    + " (e.g. ;LAZY_QUERY_EXECUTION=TRUE)");
        }
        return new CalendarOptions(rounds, warmup, agendaRounds, agendaWarmup, persons, Optional.ofNullable(only), quiet,
                Optional.ofNullable(out), Optional.ofNullable(work), keep, seed, h2Options);
    }

    boolean planner() {
        return only.isEmpty() || only.get().equals("planner");
    }

    boolean agenda() {
        return only.isEmpty() || only.get().equals("agenda");
    }
}
