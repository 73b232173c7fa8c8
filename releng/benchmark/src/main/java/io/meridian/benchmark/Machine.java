package io.meridian.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the figures were measured on, for the report: timings mean little without the CPU, core
 * count, memory and Java runtime next to them. Shared by both benchmarks.
 *
 * @param cpu model name from /proc/cpuinfo
 * @param cores processors available to the JVM (nproc)
 * @param memory MemTotal from /proc/meminfo
 * @param kernel from /proc/sys/kernel/osrelease
 * @param javaVersion {@code java -version} of the runtime the measured processes use
 */
public record Machine(String cpu, int cores, String memory, String kernel, String javaVersion) {

    /**
     * The 1, 5 and 15 minute load averages, to show whether something else was running: on two
     * cores, a concurrent build skews every figure.
     */
    public static String loadAverage() {
        return read(Path.of("/proc/loadavg")).map(l -> String.join(" ", Arrays.asList(l.trim().split("\\s+")).subList(0, 3)))
                .orElse("unknown");
    }

    public static Machine describe(String java) {
        return new Machine(
                procLine("/proc/cpuinfo", "model name").orElse("unknown"),
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal").map(Machine::gibibytes).orElse("unknown"),
                read(Path.of("/proc/sys/kernel/osrelease")).map(String::trim).orElse(System.getProperty("os.version")),
                javaVersion(java));
    }

    private static Optional<String> procLine(String file, String key) {
        return read(Path.of(file)).flatMap(text -> text.lines()
                .filter(l -> l.startsWith(key))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst());
    }

    /** "24584132 kB" gives "23.4 GiB". */
    private static String gibibytes(String memTotal) {
        try {
            long kb = Long.parseLong(memTotal.replace("kB", "").trim());
            return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return memTotal;
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String javaVersion(String java) {
        try {
            Process p = new ProcessBuilder(List.of(java, "-version")).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(30, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "unknown (" + java + " -version failed: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
