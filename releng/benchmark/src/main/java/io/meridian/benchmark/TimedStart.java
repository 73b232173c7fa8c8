package io.meridian.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts one process, times it to its ready line, reads its resident memory, checks that it
 * really answers HTTP, and stops it with SIGTERM.
 *
 * <p>The clock starts right before the process is spawned and stops when the harness reads
 * the ready line: what a user waiting for the URL experiences, JVM start-up included. The
 * resident memory is read from {@code /proc/PID/status} at once, before the HTTP check, so that
 * the check costs the process nothing measured.
 */
final class TimedStart {

    private static final long STOP_TIMEOUT_SECONDS = 30;

    private TimedStart() {
    }

    /**
     * @param log the process's stderr goes here
     */
    static Sample run(Variant variant, Path dataDir, Path log, int timeoutSeconds) throws BenchmarkException, InterruptedException {
        List<String> command = variant.command(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(log.toFile());
        CompletableFuture<Long> ready = new CompletableFuture<>();
        CompletableFuture<String> readyLine = new CompletableFuture<>();
        OtherCpu.Snapshot cpuBefore = OtherCpu.now();
        long spawned = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BenchmarkException("cannot run " + String.join(" ", command) + ": " + e.getMessage()
                    + ". Check that the file exists and is executable", e);
        }
        Thread reader = new Thread(() -> readStdout(process, variant.readyPrefix(), ready, readyLine), variant.id() + "-stdout");
        reader.setDaemon(true);
        reader.start();
        long readyAt;
        long rssKb;
        try {
            readyAt = awaitReady(variant, process, ready, log, timeoutSeconds);
            rssKb = ProcStatus.read(process.pid()).requireJava(variant).rssKb();
            checkAnswers(variant, readyLine.join(), log);
        } finally {
            stop(variant, process);
            reader.join(TimeUnit.SECONDS.toMillis(5));
        }
        return new Sample((readyAt - spawned) / 1_000_000.0, rssKb, OtherCpu.millisBetween(cpuBefore, OtherCpu.now()));
    }

    /** Completes {@code ready} with the time the ready line was read, then drains the rest. */
    private static void readStdout(Process process, String prefix, CompletableFuture<Long> ready, CompletableFuture<String> line) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                if (!ready.isDone() && l.startsWith(prefix)) {
                    ready.complete(System.nanoTime());
                    line.complete(l);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("stdout closed before a line starting with '" + prefix + "'"));
    }

    private static long awaitReady(Variant variant, Process process, CompletableFuture<Long> ready, Path log, int timeoutSeconds)
            throws BenchmarkException, InterruptedException {
        try {
            return ready.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new BenchmarkException(variant.label() + " printed no ready line within " + timeoutSeconds + " s (pid "
                    + process.pid() + "). See " + log + " and its data directory's log/, or raise --timeout");
        } catch (ExecutionException e) {
            String exit = process.isAlive() ? "" : " and exited with status " + process.exitValue();
            throw new BenchmarkException(variant.label() + " closed its output without printing '" + variant.readyPrefix()
                    + "…'" + exit + ". See " + log + " for why", e);
        }
    }

    /**
     * A ready line without a server behind it would make the timing meaningless; any HTTP
     * status (404 included) will do.
     */
    private static void checkAnswers(Variant variant, String readyLine, Path log) throws BenchmarkException {
        URI url = URI.create(readyLine.substring(variant.readyPrefix().length()).trim());
        String pathAndQuery = (url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        if (HttpProbe.status(url.getHost(), url.getPort(), pathAndQuery, 5000) < 0) {
            throw new BenchmarkException(variant.label() + " said it was ready at " + url + " but nothing answers HTTP "
                    + "there, so its ready line comes too early. See " + log);
        }
    }

    private static void stop(Variant variant, Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            System.err.println("warning: " + variant.label() + " (pid " + process.pid() + ") did not stop within "
                    + STOP_TIMEOUT_SECONDS + " s of SIGTERM; killed it. Its next warm start may see a damaged cache");
            process.destroyForcibly().waitFor();
        }
    }

    /** The lines of {@code /proc/PID/status} the benchmark needs. */
    private record ProcStatus(long pid, String name, long rssKb) {

        static ProcStatus read(long pid) throws BenchmarkException {
            Path file = Path.of("/proc/" + pid + "/status");
            String name = null;
            long rss = -1;
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    if (line.startsWith("Name:")) name = line.substring(5).trim();
                    if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            } catch (IOException | NumberFormatException e) {
                throw new BenchmarkException("cannot read the resident memory of pid " + pid + " from " + file + ": " + e
                        + ". The benchmark needs Linux /proc", e);
            }
            if (name == null || rss < 0) {
                throw new BenchmarkException(file + " has no Name or VmRSS line; the benchmark needs Linux /proc");
            }
            return new ProcStatus(pid, name, rss);
        }

        /** The RSS must be the JVM's, not a wrapper's: bin/meridian has to exec java. */
        ProcStatus requireJava(Variant variant) throws BenchmarkException {
            if (!name.equals("java")) {
                throw new BenchmarkException(variant.label() + ": pid " + pid + " is '" + name + "', not java, so its memory "
                        + "is not the JVM's. bin/meridian must start java with exec (it does today; check the script)");
            }
            return this;
        }
    }
}
