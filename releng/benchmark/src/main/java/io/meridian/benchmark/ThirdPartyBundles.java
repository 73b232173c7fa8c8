package io.meridian.benchmark;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The floor's bundle list: the entries of {@code features/core.json} that are not Meridian's
 * own ({@code io.meridian.*}) and that the core starts at launch. Entries with
 * {@code "start": false} (the interactive shell, org.apache.felix.gogo.jline, started only on
 * demand) are left out, so the floor runs exactly the third-party code a headless Meridian runs.
 * Read from the distribution rather than copied here so that the floor follows core.json.
 */
final class ThirdPartyBundles {

    static final String OWN_PREFIX = "io.meridian";

    /**
     * @param artifact the jar's name in {@code system/}, without ".jar"
     * @param jar the jar itself
     * @param startLevel as in core.json
     */
    record Entry(String artifact, Path jar, int startLevel) {
    }

    private ThirdPartyBundles() {
    }

    /** In core.json order. */
    static List<Entry> read(Path coreJson, Path systemDir) throws BenchmarkException {
        Map<String, Object> json;
        try {
            json = JSON.std.mapFrom(Files.readString(coreJson));
        } catch (IOException e) {
            throw new BenchmarkException("cannot read the core feature " + coreJson + ": " + e.getMessage()
                    + ". Pass the unpacked distribution with --home DIR (build it with ./mvnw -B -q package -DskipTests)", e);
        }
        if (!(json.get("bundles") instanceof List<?> bundles)) {
            throw new BenchmarkException(coreJson + ": no \"bundles\" list; the benchmark expects the format "
                    + "{\"bundles\":[{\"artifact\":…,\"startLevel\":…}]} the launcher reads");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            if (!(bundles.get(i) instanceof Map<?, ?> bundle) || !(bundle.get("artifact") instanceof String artifact)) {
                throw new BenchmarkException(coreJson + ", bundles[" + i + "]: needs a string field \"artifact\"");
            }
            boolean started = !(bundle.get("start") instanceof Boolean start) || start;
            if (artifact.startsWith(OWN_PREFIX) || !started) continue;
            int startLevel = bundle.get("startLevel") instanceof Number n ? n.intValue() : 1;
            Path jar = systemDir.resolve(artifact + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new BenchmarkException(coreJson + ", bundles[" + i + "]: " + jar + " is missing; rebuild the "
                        + "distribution with ./mvnw -B -q package -DskipTests");
            }
            entries.add(new Entry(artifact, jar, startLevel));
        }
        return List.copyOf(entries);
    }
}
