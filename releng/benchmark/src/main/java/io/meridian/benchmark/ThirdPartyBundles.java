package io.meridian.benchmark;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The floor's bundle list: the entries of {@code features/core.json}, and of the features the
 * distribution installs ({@code etc/io.meridian.features.cfg}, with the features they require),
 * that are not Meridian's own ({@code io.meridian.*}) and that start at launch. Entries with
 * {@code "start": false} (the interactive shell, org.apache.felix.gogo.jline, started only on
 * demand) are left out, so the floor runs exactly the third-party code a headless Meridian runs.
 * Read from the distribution rather than copied here so that the floor follows the features.
 */
final class ThirdPartyBundles {

    static final String OWN_PREFIX = "io.meridian";

    /**
     * @param artifact the jar's name in {@code system/}, without ".jar"
     * @param jar the jar itself
     * @param startLevel as in the feature file
     */
    record Entry(String artifact, Path jar, int startLevel) {
    }

    private ThirdPartyBundles() {
    }

    /** Core first, then each installed feature after the features it requires; each artifact once. */
    static List<Entry> of(Path home) throws BenchmarkException {
        Path system = home.resolve("system");
        Map<String, Entry> entries = new java.util.LinkedHashMap<>();
        for (Entry e : read(home.resolve("features/core.json"), system)) entries.putIfAbsent(e.artifact(), e);
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String feature : installed(home.resolve("etc/io.meridian.features.cfg"))) {
            addFeature(home, feature, done, entries);
        }
        return List.copyOf(entries.values());
    }

    private static void addFeature(Path home, String id, java.util.Set<String> done, Map<String, Entry> entries)
            throws BenchmarkException {
        if (!done.add(id)) return;
        Path file = home.resolve("features").resolve(id + ".json");
        if (!Files.isRegularFile(file)) {
            // the workbench skips a selected feature it has no descriptor for, so the floor does too
            System.err.println("floor: no " + file + " for the selected feature '" + id + "'; left out, as Meridian leaves it out");
            return;
        }
        Map<String, Object> json = json(file);
        if (json.get("requires") instanceof List<?> requires) {
            for (Object required : requires) addFeature(home, String.valueOf(required), done, entries);
        }
        for (Entry e : entries(json, file, home.resolve("system"))) entries.putIfAbsent(e.artifact(), e);
    }

    /** The {@code features} of the selection file, in order; none if there is no file. */
    private static List<String> installed(Path cfg) throws BenchmarkException {
        if (!Files.isRegularFile(cfg)) return List.of();
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(cfg)) {
            p.load(in);
        } catch (IOException e) {
            throw new BenchmarkException("cannot read " + cfg + ": " + e.getMessage(), e);
        }
        return java.util.Arrays.stream(p.getProperty("features", "").split(","))
                .map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    private static Map<String, Object> json(Path featureJson) throws BenchmarkException {
        try {
            return JSON.std.mapFrom(Files.readString(featureJson));
        } catch (IOException e) {
            throw new BenchmarkException("cannot read the feature " + featureJson + ": " + e.getMessage()
                    + ". Pass the unpacked distribution with --home DIR (build it with ./mvnw -B -q package -DskipTests)", e);
        }
    }

    /** The third-party entries of one feature file, in its order. */
    static List<Entry> read(Path featureJson, Path systemDir) throws BenchmarkException {
        return entries(json(featureJson), featureJson, systemDir);
    }

    private static List<Entry> entries(Map<String, Object> json, Path featureJson, Path systemDir) throws BenchmarkException {
        if (!(json.get("bundles") instanceof List<?> bundles)) {
            throw new BenchmarkException(featureJson + ": no \"bundles\" list; the benchmark expects the format "
                    + "{\"bundles\":[{\"artifact\":…,\"startLevel\":…}]} the launcher reads");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            if (!(bundles.get(i) instanceof Map<?, ?> bundle) || !(bundle.get("artifact") instanceof String artifact)) {
                throw new BenchmarkException(featureJson + ", bundles[" + i + "]: needs a string field \"artifact\"");
            }
            boolean started = !(bundle.get("start") instanceof Boolean start) || start;
            if (artifact.startsWith(OWN_PREFIX) || !started) continue;
            int startLevel = bundle.get("startLevel") instanceof Number n ? n.intValue() : 1;
            Path jar = systemDir.resolve(artifact + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new BenchmarkException(featureJson + ", bundles[" + i + "]: " + jar + " is missing; rebuild the "
                        + "distribution with ./mvnw -B -q package -DskipTests");
            }
            entries.add(new Entry(artifact, jar, startLevel));
        }
        return List.copyOf(entries);
    }
}
