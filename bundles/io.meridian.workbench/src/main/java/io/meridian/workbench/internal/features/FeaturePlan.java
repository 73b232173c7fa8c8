package io.meridian.workbench.internal.features;

import java.util.List;

/**
 * What installing or uninstalling a feature does, worked out before doing it.
 *
 * @param features the features that become installed (or uninstalled)
 * @param install bundle artifacts to install
 * @param uninstall bundle artifacts to uninstall
 * @param refresh symbolic names of other bundles that are rewired because of it
 */
public record FeaturePlan(List<String> features, List<String> install, List<String> uninstall, List<String> refresh) {

    public FeaturePlan {
        features = List.copyOf(features);
        install = List.copyOf(install);
        uninstall = List.copyOf(uninstall);
        refresh = List.copyOf(refresh);
    }

    /**
     * A few lines for the shell.
     *
     * @param action "install" or "uninstall", what was asked for the features
     */
    public String describe(String action, boolean dryRun) {
        StringBuilder text = new StringBuilder();
        if (dryRun) text.append("Dry run: nothing was changed.\n");
        line(text, "features to " + action, features);
        line(text, "bundles to install", install);
        line(text, "bundles to uninstall", uninstall);
        line(text, "bundles to refresh", refresh);
        return text.toString();
    }

    private static void line(StringBuilder text, String label, List<String> items) {
        text.append(Character.toUpperCase(label.charAt(0))).append(label.substring(1)).append(": ")
                .append(items.isEmpty() ? "(none)" : String.join(", ", items)).append('\n');
    }
}
