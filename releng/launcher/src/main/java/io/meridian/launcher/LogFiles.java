package io.meridian.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where every log line of the process goes: java.util.logging, which the OSGi Log service
 * (through the io.meridian.logging bundle), SLF4J users such as Jetty, and the framework
 * itself all feed. Full records go to rotating files under {@code data/log/}; the console
 * gets one line per error, pointing at the file.
 */
final class LogFiles {

    static final String FILE_PATTERN = "meridian-%g.log";
    private static final int FILE_LIMIT_BYTES = 10 * 1024 * 1024;
    private static final int FILE_COUNT = 5;

    /**
     * Loggers switched to full detail with {@code MERIDIAN_OPTS=-Dmeridian.log.debug=NAME,…};
     * held here because java.util.logging keeps only weak references to loggers.
     */
    private static final java.util.List<Logger> DEBUGGED = new java.util.ArrayList<>();

    private LogFiles() {
    }

    /** Routes the root logger to files in {@code logDir} and errors to {@code console}. */
    static Path configure(Path logDir, PrintStream console) throws LaunchException {
        Path current = logDir.resolve(FILE_PATTERN.replace("%g", "0"));
        FileHandler files;
        try {
            Files.createDirectories(logDir);
            files = new FileHandler(logDir.resolve(FILE_PATTERN).toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            files.setEncoding("UTF-8");
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILURE, "cannot write log files in " + logDir + ": "
                    + e.getMessage() + ". Fix the permissions of the data directory or choose another with --data DIR", e);
        }
        files.setFormatter(new LineFormatter());
        files.setFilter(LogFiles::isFault);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(files);
        ConsoleErrors errors = new ConsoleErrors(console, current);
        errors.setFilter(LogFiles::isFault);
        root.addHandler(errors);
        for (String name : System.getProperty("meridian.log.debug", "").split(",")) {
            if (name.isBlank()) continue;
            Logger debugged = Logger.getLogger(name.trim());
            debugged.setLevel(Level.FINEST);
            DEBUGGED.add(debugged);
        }
        return current;
    }

    /**
     * False for the HTTP server's report of a route that refused a request on purpose: Felix
     * logs every exception a servlet throws as an error, before Meridian's error page answers
     * it, and a route refuses bad input by throwing an ApiException (or a shell-shared
     * CommandException). Those are answers to the client, not faults of the workbench.
     */
    static boolean isFault(LogRecord record) {
        String message = record.getMessage();
        if (record.getThrown() == null || message == null || !message.startsWith("Exception while processing request")) {
            return true;
        }
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Matched by name: the launcher does not share classes with the bundles. A LogException
            // from the OSGi Log service carries the original's name in its text.
            String text = cause.toString();
            if (text.startsWith("io.meridian.api.rest.ApiException") || text.startsWith("io.meridian.api.shell.CommandException")
                    || text.contains(": io.meridian.api.rest.ApiException") || text.contains(": io.meridian.api.shell.CommandException")) {
                return false;
            }
        }
        return true;
    }

    /** One line per record, then the stack trace if there is one. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160)
                    .append(TIME.format(record.getInstant())).append(' ')
                    .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                    .append('[').append(record.getLoggerName()).append("] ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }

    /** Prints each error as a single console line with a pointer to the log file. */
    static final class ConsoleErrors extends Handler {
        private static final LineFormatter FORMAT = new LineFormatter();
        private final PrintStream console;
        private final Path logFile;

        ConsoleErrors(PrintStream console, Path logFile) {
            this.console = console;
            this.logFile = logFile;
            setLevel(Level.SEVERE);
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) return;
            String message = FORMAT.formatMessage(record);
            Throwable cause = record.getThrown();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
            String reason = cause == null || message.contains(String.valueOf(cause.getMessage())) ? ""
                    : ": " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
            console.println("ERROR [" + record.getLoggerName() + "] " + firstLine(message) + reason
                    + " (details in " + logFile + ")");
            console.flush();
        }

        private static String firstLine(String message) {
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }

        @Override
        public void flush() {
            console.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

}
