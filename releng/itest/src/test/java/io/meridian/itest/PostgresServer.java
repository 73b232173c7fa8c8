package io.meridian.itest;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server on 127.0.0.1, run by {@code releng/scripts/test-postgres}
 * (which installs PostgreSQL first if the machine has none).
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static final PostgresServer postgres = new PostgresServer();
 * </pre>
 *
 * starts one in a fresh temporary folder before the class's tests and stops and deletes it
 * after them; {@link #start(Path)} starts one in a given folder, to be {@link #close() closed}.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private static final Path SCRIPT = Path.of(System.getProperty("meridian.scripts", "../scripts"), "test-postgres");

    private Path dir;
    private boolean ownsDir;
    private String jdbcUrl;
    private Thread shutdownHook;

    /** Starts a server in {@code dir} (created if missing). As root, the folders above it must be enterable by others. */
    public static PostgresServer start(Path dir) throws IOException, InterruptedException {
        PostgresServer server = new PostgresServer();
        try {
            server.startIn(dir);
        } catch (Exception e) {
            try {
                server.close();
            } catch (Exception f) {
                e.addSuppressed(f);
            }
            throw e;
        }
        return server;
    }

    public String jdbcUrl() {
        if (jdbcUrl == null) throw new IllegalStateException("PostgreSQL server not started");
        return jdbcUrl;
    }

    public String user() {
        return "meridian";
    }

    public String password() {
        return "meridian";
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (jdbcUrl != null) return;
        // Under java.io.tmpdir: as root, the server runs as an unprivileged user, who cannot
        // enter a JUnit @TempDir (mode 700) or a clone under /root.
        ownsDir = true;
        startIn(Files.createTempDirectory("meridian-postgres"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (dir == null) return;
        try {
            run(60, "stop", dir.toString());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway, and stopping twice is harmless
            }
            if (ownsDir) delete(dir);
            dir = null;
            jdbcUrl = null;
        }
    }

    private void startIn(Path folder) throws IOException, InterruptedException {
        Path target = folder.toAbsolutePath();
        dir = target;
        // A backstop for a JVM that ends without afterAll, so no server outlives the build.
        shutdownHook = new Thread(() -> {
            try {
                run(60, "stop", target.toString());
            } catch (Exception e) {
                System.err.println("could not stop PostgreSQL in " + target + ": " + e.getMessage());
            }
        }, "stop-postgres");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        // Installing the package on a fresh machine takes a few minutes; starting, a second or two.
        run(900, "ensure").forEach(System.out::println);   // says so when it installs PostgreSQL
        List<String> output = run(120, "start", dir.toString());
        jdbcUrl = output.stream().filter(line -> line.startsWith("jdbc:postgresql:")).reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("test-postgres start printed no JDBC URL:\n" + String.join("\n", output)));
    }

    /** Runs the script and returns its output (stdout and stderr), or throws with that output. */
    private static List<String> run(int timeoutSeconds, String... arguments) throws IOException, InterruptedException {
        if (!Files.isExecutable(SCRIPT)) throw new IllegalStateException("no executable " + SCRIPT.toAbsolutePath());
        List<String> command = Stream.concat(Stream.of(SCRIPT.toString()), Stream.of(arguments)).toList();
        // Into a file rather than a pipe, so that the timeout holds even when the script hangs.
        Path log = Files.createTempFile("test-postgres", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!exited) process.destroyForcibly().waitFor();
            List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (!exited || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command)
                        + (exited ? " failed with exit code " + process.exitValue() : " did not finish within " + timeoutSeconds + " s")
                        + ":\n" + String.join("\n", output));
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.delete(path);
        }
    }
}
