package io.meridian.workbench.internal.features;

import java.nio.file.Path;
import java.util.List;

/**
 * A feature: a named set of bundles a user installs together, and the features it needs.
 *
 * @param id the file name without ".json"
 * @param description one line for people
 * @param requires ids of the features that must be installed with this one
 * @param bundles what the feature installs, in start order
 * @param file where it was read from
 */
public record Feature(String id, String description, List<String> requires, List<FeatureBundle> bundles, Path file) {

    /** The feature every installation has; it cannot be uninstalled. */
    public static final String CORE = "core";

    public Feature {
        requires = List.copyOf(requires);
        bundles = List.copyOf(bundles);
    }

    /**
     * A bundle of a feature.
     *
     * @param artifact the jar's name in {@code system/}, without ".jar"
     * @param startLevel its OSGi start level
     * @param start false if something else starts it when needed
     */
    public record FeatureBundle(String artifact, int startLevel, boolean start) {
    }
}
