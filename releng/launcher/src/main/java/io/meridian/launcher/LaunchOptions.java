package io.meridian.launcher;

import io.meridian.support.text.Spelling;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of {@code bin/meridian}.
 *
 * @param action what to do
 * @param dataDir where the database, index, cache and logs live
 * @param port the HTTP port on 127.0.0.1 (0 picks a free one)
 * @param headless true to run without the interactive shell
 * @param demo true to load the demo contacts once the workbench is ready
 * @param command the shell command to run, for {@link Action#RUN}
 */
record LaunchOptions(Action action, Path dataDir, int port, boolean headless, boolean demo, Optional<String> command) {

    enum Action { START, RUN, HELP, VERSION }

    static final int DEFAULT_PORT = 8470;

    static final String USAGE = """
            Usage: meridian [--data DIR] [--port N] [--headless] [--demo]
                   meridian [--data DIR] run 'COMMAND'
                   meridian --help | --version

            Starts the Meridian workbench, or runs one shell command against its data.

              --data DIR   where the database, search index, bundle cache and logs live
                           (default: the data/ folder of the installation)
              --port N     HTTP port on 127.0.0.1 (default %d; 0 picks a free port)
              --headless   no interactive shell; stop with Ctrl-C or SIGTERM
              --demo       load a demo book of contacts (once; 'contacts:demo --reset'
                           reloads it), so there is something to look at
              run 'CMD'    run one shell command: through the running workbench if there is
                           one on DIR, else in a short-lived one; exits non-zero on error
            """.formatted(DEFAULT_PORT);

    static LaunchOptions parse(List<String> args, Path defaultDataDir) throws LaunchException {
        Path dataDir = defaultDataDir;
        int port = DEFAULT_PORT;
        boolean headless = false;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help", "-h" -> {
                    return new LaunchOptions(Action.HELP, dataDir, port, headless, demo, Optional.empty());
                }
                case "--version" -> {
                    return new LaunchOptions(Action.VERSION, dataDir, port, headless, demo, Optional.empty());
                }
                case "--headless" -> headless = true;
                case "--demo" -> demo = true;
                case "--data" -> {
                    if (value == null) value = next(args, ++i, "--data", "a directory, e.g. --data ~/meridian-data");
                    dataDir = path(value);
                }
                case "--port" -> {
                    if (value == null) value = next(args, ++i, "--port", "a port number, e.g. --port 8470, or --port 0 for any free port");
                    port = port(value);
                }
                case "run" -> {
                    List<String> rest = args.subList(i + 1, args.size());
                    if (rest.isEmpty() || String.join(" ", rest).isBlank()) {
                        throw new LaunchException(LaunchException.USAGE,
                                "run needs a shell command, e.g. meridian run 'lb'\n\n" + USAGE);
                    }
                    return new LaunchOptions(Action.RUN, dataDir, port, true, false, Optional.of(String.join(" ", rest)));
                }
                default -> throw new LaunchException(LaunchException.USAGE, arg.startsWith("-")
                        ? "unknown option '" + arg + "'" + suggestion(arg) + "\n\n" + USAGE
                        : "unknown command '" + arg + "'; the only command is 'run'\n\n" + USAGE);
            }
        }
        return new LaunchOptions(Action.START, dataDir, port, headless, demo, Optional.empty());
    }

    private static String next(List<String> args, int i, String flag, String expected) throws LaunchException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new LaunchException(LaunchException.USAGE, flag + " needs a value: " + expected);
        }
        return args.get(i);
    }

    private static Path path(String value) throws LaunchException {
        if (value.isBlank()) throw new LaunchException(LaunchException.USAGE, "--data needs a directory, got an empty value");
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new LaunchException(LaunchException.USAGE, "--data " + value + " is not a valid path: " + e.getReason());
        }
    }

    private static int port(String value) throws LaunchException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        throw new LaunchException(LaunchException.USAGE,
                "--port " + value + " is not a port number: use 1-65535, or 0 to pick a free port");
    }

    /** The known flag closest to a mistyped one (at most two edits away), as a hint. */
    private static String suggestion(String unknown) {
        String best = Spelling.closest(unknown.startsWith("--") ? unknown : "--" + unknown.replaceFirst("^-+", ""),
                List.of("--data", "--port", "--headless", "--demo", "--help", "--version"));
        return best == null ? "" : " (did you mean " + best + "?)";
    }
}
