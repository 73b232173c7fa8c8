package io.meridian.workbench.internal.features;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features described by {@code features/*.json}. A malformed file does not stop the
 * others from loading; it is kept as a {@link Problem} naming the file, line and field.
 */
public final class FeatureRepository {

    /** A feature file that could not be read. */
    public record Problem(Path file, String message) {
    }

    private final Map<String, Feature> features;
    private final List<Problem> problems;

    private FeatureRepository(Map<String, Feature> features, List<Problem> problems) {
        this.features = Collections.unmodifiableMap(features);
        this.problems = List.copyOf(problems);
    }

    /** Reads every {@code *.json} in the folder; a missing folder gives an empty repository. */
    public static FeatureRepository load(Path folder, Path systemDir, ObjectMapper json) {
        Map<String, Feature> features = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : files) {
                    try {
                        Feature feature = parse(file, systemDir, json);
                        features.put(feature.id(), feature);
                    } catch (FeatureFileException e) {
                        problems.add(new Problem(file, e.getMessage()));
                    }
                }
            } catch (IOException e) {
                problems.add(new Problem(folder, "cannot list feature files: " + e.getMessage()));
            }
        }
        // Dropping a feature can leave another one's requirement dangling: repeat until none does.
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (Feature feature : List.copyOf(features.values())) {
                for (String required : feature.requires()) {
                    if (!features.containsKey(required)) {
                        problems.add(new Problem(feature.file(), feature.file() + ": field \"requires\": feature '" + required
                                + "' does not exist or cannot be read; remove it or fix " + required + ".json"));
                        features.remove(feature.id());
                        dropped = true;
                        break;
                    }
                }
            }
        }
        return new FeatureRepository(features, problems);
    }

    static Feature parse(Path file, Path systemDir, ObjectMapper json) throws FeatureFileException {
        String id = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FeatureFileException(file + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new FeatureFileException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) throw new FeatureFileException(file + ": must hold a JSON object");
        if (root.has("id") && !id.equals(root.path("id").asText())) {
            throw new FeatureFileException(file + ": field \"id\" is '" + root.path("id").asText()
                    + "' but the file name says '" + id + "'; make them the same");
        }
        for (var names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("id", "description", "requires", "bundles").contains(name)) {
                throw new FeatureFileException(file + ": unknown field \"" + name + "\"; a feature has \"id\", \"description\", "
                        + "\"requires\" and \"bundles\"");
            }
        }
        List<String> requires = new ArrayList<>();
        JsonNode requiresNode = root.path("requires");
        if (!requiresNode.isMissingNode()) {
            if (!requiresNode.isArray()) throw new FeatureFileException(file + ": field \"requires\" must be a list of feature ids");
            requiresNode.forEach(r -> requires.add(r.asText()));
        }
        JsonNode bundlesNode = root.path("bundles");
        if (!bundlesNode.isArray()) {
            throw new FeatureFileException(file + ": field \"bundles\" must be a list of {\"artifact\": …, \"startLevel\": …}");
        }
        List<Feature.FeatureBundle> bundles = new ArrayList<>();
        for (int i = 0; i < bundlesNode.size(); i++) {
            JsonNode b = bundlesNode.get(i);
            String where = file + ", bundles[" + i + "]";
            if (!b.path("artifact").isTextual() || b.path("artifact").asText().isBlank()) {
                throw new FeatureFileException(where + ": needs a string field \"artifact\" naming a jar in system/");
            }
            String artifact = b.path("artifact").asText();
            if (!Files.isRegularFile(systemDir.resolve(artifact + ".jar"))) {
                throw new FeatureFileException(where + ": \"artifact\": system/" + artifact + ".jar does not exist");
            }
            JsonNode level = b.path("startLevel");
            if (!level.isMissingNode() && !level.isInt()) {
                throw new FeatureFileException(where + ": \"startLevel\" must be a whole number, e.g. 20 (got " + level + ")");
            }
            int startLevel = level.asInt(1);
            if (startLevel < 1) throw new FeatureFileException(where + ": \"startLevel\" must be 1 or more");
            JsonNode start = b.path("start");
            if (!start.isMissingNode() && !start.isBoolean()) {
                throw new FeatureFileException(where + ": \"start\" must be true or false (got " + start + ")");
            }
            for (var names = b.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!List.of("artifact", "startLevel", "start").contains(name)) {
                    throw new FeatureFileException(where + ": unknown field \"" + name + "\"; a bundle has \"artifact\", "
                            + "\"startLevel\" and \"start\"");
                }
            }
            bundles.add(new Feature.FeatureBundle(artifact, startLevel, start.asBoolean(true)));
        }
        return new Feature(id, root.path("description").asText(""), requires, bundles, file);
    }

    public Map<String, Feature> features() {
        return features;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Thrown for a feature file that cannot be used; the message names file, place and fix. */
    static final class FeatureFileException extends Exception {
        private static final long serialVersionUID = 1L;

        FeatureFileException(String message) {
            super(message);
        }
    }
}
