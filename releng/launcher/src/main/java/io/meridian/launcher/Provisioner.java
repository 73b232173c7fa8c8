package io.meridian.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Installs the core feature's bundles into the framework, or updates those whose jar changed.
 *
 * <p>The bundle cache persists between runs, so on a warm start nothing needs doing: a stamp
 * of {@code features/core.json} and of every jar in {@code system/} (name, size, modification
 * time) is kept next to the cache, and when it matches neither the feature file is parsed nor
 * the bundles checked. Bundles are installed by reference, so the framework reads them from
 * {@code system/} instead of copying them into the cache.
 */
final class Provisioner {

    private static final Logger LOG = Logger.getLogger("io.meridian.launcher");
    static final String LOCATION_PREFIX = "reference:";

    private final Path stampFile;
    private final Path coreFile;
    private final Path systemDir;

    Provisioner(Path stampFile, Path coreFile, Path systemDir) {
        this.stampFile = stampFile;
        this.coreFile = coreFile;
        this.systemDir = systemDir;
    }

    /**
     * The installation the cache was provisioned from, if it is not this one: its bundles are
     * referenced by their old place and cannot be reloaded.
     */
    Optional<Path> movedFrom() {
        try {
            if (!Files.exists(stampFile)) return Optional.empty();
            String first = Files.readAllLines(stampFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            Path recorded = Path.of(first.split("\\|", 2)[0]);
            return recorded.equals(coreFile) ? Optional.empty() : Optional.of(recorded.getParent().getParent());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True if the core feature or the system bundles changed since the cache was last provisioned. */
    boolean needed() {
        try {
            return !Files.exists(stampFile) || !Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp());
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Installs missing core bundles, updates changed ones, sets start levels and marks them
     * for start. Call between {@code init()} and {@code start()} of the framework.
     */
    void provision(BundleContext system, CoreFeature core) throws LaunchException {
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle bundle : system.getBundles()) installed.put(bundle.getLocation(), bundle);
        for (CoreFeature.StartupBundle wanted : core.bundles()) {
            String location = location(wanted.jar());
            try {
                Bundle bundle = installed.get(location);
                if (bundle == null) {
                    bundle = system.installBundle(location);
                } else if (bundle.getLastModified() < lastModified(wanted.jar())) {
                    LOG.info(() -> "updating core bundle " + wanted.artifact() + " from " + wanted.jar());
                    bundle.update();
                }
                bundle.adapt(BundleStartLevel.class).setStartLevel(wanted.startLevel());
                if (wanted.start() && bundle.getHeaders().get("Fragment-Host") == null) {
                    markForStart(bundle);
                }
            } catch (BundleException e) {
                throw new LaunchException(LaunchException.FAILURE, "core bundle " + wanted.jar() + " cannot be installed: "
                        + e.getMessage() + ". The installation is damaged: unpack the distribution again", e);
            }
        }
        writeStamp();
    }

    static String location(Path jar) {
        return LOCATION_PREFIX + jar.toUri();
    }

    private static void markForStart(Bundle bundle) throws BundleException {
        if ((bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0) {
            // The framework is not started yet, so this only records the wish to start,
            // honoured when the start level reaches the bundle's.
            bundle.start();
        }
    }

    private void writeStamp() {
        try {
            Files.createDirectories(stampFile.getParent());
            Path temp = stampFile.resolveSibling(stampFile.getFileName() + ".tmp");
            Files.writeString(temp, stamp(), StandardCharsets.UTF_8);
            Files.move(temp, stampFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot record the provisioned core feature in " + stampFile
                    + "; the next start will check every core bundle again", e);
        }
    }

    private String stamp() throws IOException {
        StringBuilder stamp = new StringBuilder(describe(coreFile)).append('\n');
        try (Stream<Path> jars = Files.list(systemDir)) {
            jars.sorted().forEach(jar -> stamp.append(describe(jar)).append('\n'));
        }
        return stamp.toString();
    }

    private static String describe(Path file) {
        return file + "|" + size(file) + "|" + lastModified(file);
    }

    private static long size(Path jar) {
        try {
            return Files.size(jar);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long lastModified(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
