package io.meridian.workbench.internal.diag;

import java.util.List;

/**
 * Why a bundle is, or is not, doing its job.
 *
 * @param bundleId the bundle's id
 * @param symbolicName its symbolic name
 * @param version its version
 * @param state ACTIVE, RESOLVED, INSTALLED, …
 * @param healthy true if it is active with every component satisfied
 * @param problems what is wrong, root cause first, each a sentence a person can act on
 */
public record Diagnosis(long bundleId, String symbolicName, String version, String state, boolean healthy,
        List<String> problems) {

    public Diagnosis {
        problems = List.copyOf(problems);
    }

    /** The text {@code diag} prints. */
    public String render() {
        StringBuilder text = new StringBuilder()
                .append("Bundle ").append(bundleId).append(' ').append(symbolicName).append(' ').append(version)
                .append(" is ").append(state).append('\n');
        if (problems.isEmpty()) {
            text.append(healthy ? "No problems: the bundle is active and all its components are satisfied.\n"
                    : "No problem found.\n");
            return text.toString();
        }
        for (int i = 0; i < problems.size(); i++) {
            text.append(i == 0 ? "Root cause: " : "Also: ").append(problems.get(i)).append('\n');
        }
        return text.toString();
    }
}
