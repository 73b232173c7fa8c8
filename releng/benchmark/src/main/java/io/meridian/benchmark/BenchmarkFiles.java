package io.meridian.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The files every benchmark harness handles: its work directory, its report, and cleaning up. */
public final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    /**
     * The directory named with {@code --work}, created if need be and required to be empty (for
     * {@code whyEmpty}, said when it is not), or a new temporary one named after {@code prefix}.
     */
    public static Path workDirectory(Optional<Path> named, String prefix, String whyEmpty) throws BenchmarkException {
        try {
            if (named.isEmpty()) return Files.createTempDirectory(prefix);
            Path work = named.get().toAbsolutePath();
            Files.createDirectories(work);
            try (Stream<Path> children = Files.list(work)) {
                if (children.findAny().isPresent()) {
                    throw new BenchmarkException("--work " + work + " is not empty; " + whyEmpty + ". Empty it or name another");
                }
            }
            return work;
        } catch (IOException e) {
            throw new BenchmarkException("cannot create the work directory: " + e.getMessage() + ". Name a writable one with --work DIR", e);
        }
    }

    /** Writes the Markdown report to {@code file} (the {@code --out} option) and says so. */
    public static void writeReport(Path file, String markdown) throws BenchmarkException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, markdown);
            System.out.println("Report written to " + file);
        } catch (IOException e) {
            throw new BenchmarkException("cannot write the report to " + file + ": " + e.getMessage()
                    + ". Name a writable file with --out FILE", e);
        }
    }

    /** Deletes {@code dir} and everything in it, if it exists. */
    public static void delete(Path dir) throws BenchmarkException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new BenchmarkException("cannot delete " + dir + ": " + e.getMessage() + ". Delete it by hand", e);
        }
    }
}
