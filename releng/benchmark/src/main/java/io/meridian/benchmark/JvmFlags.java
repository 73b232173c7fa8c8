package io.meridian.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options {@code bin/meridian} starts Java with, for the floor process to use the same.
 * Taken from the script itself (its {@code ${MERIDIAN_OPTS:-defaults}}), not copied here, so the
 * two cannot drift apart; and, like the script, {@code MERIDIAN_OPTS} replaces the defaults.
 */
final class JvmFlags {

    private static final Pattern DEFAULTS = Pattern.compile("\\$\\{MERIDIAN_OPTS:-([^}]*)}");

    private JvmFlags() {
    }

    static List<String> of(Path script, String meridianOpts) throws BenchmarkException {
        if (meridianOpts != null && !meridianOpts.isBlank()) return words(meridianOpts);
        String text;
        try {
            text = Files.readString(script);
        } catch (IOException e) {
            throw new BenchmarkException("cannot read " + script + " for its JVM options: " + e.getMessage(), e);
        }
        Matcher m = DEFAULTS.matcher(text);
        if (!m.find()) {
            throw new BenchmarkException(script + " has no ${MERIDIAN_OPTS:-...} default JVM options any more, so the "
                    + "floor cannot use the same flags. Update JvmFlags to how the script now sets them, or set MERIDIAN_OPTS");
        }
        return words(m.group(1));
    }

    /** Splits as the unquoted expansion in the script does: on blanks. */
    private static List<String> words(String options) {
        return Arrays.stream(options.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
