package io.meridian.benchmark;

import java.util.List;

/** How the harnesses read an option's value from their command line, and what they say when it is missing or wrong. */
public final class OptionValues {

    private OptionValues() {
    }

    /** The value after {@code option}, at {@code index}; {@code usage} is shown when there is none. */
    public static String value(String usage, List<String> args, int index, String option) throws BenchmarkException {
        if (index >= args.size()) throw new BenchmarkException(option + " needs a value.\n" + usage);
        return args.get(index);
    }

    /** A whole number of at least {@code min}; underscores may group digits ({@code 100_000}). */
    public static int number(String value, String option, int min) throws BenchmarkException {
        try {
            int n = Integer.parseInt(value.replace("_", ""));
            if (n >= min) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BenchmarkException(option + " " + value + ": expected a whole number of at least " + min);
    }
}
