package io.meridian.workbench.internal.features;

import io.meridian.api.shell.ShellCommand;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Set;

/** {@code feature:list|info|install|uninstall}. */
@Component(service = FeatureCommands.class, property = {
        ShellCommand.SCOPE + "=feature",
        ShellCommand.FUNCTION + "=list", ShellCommand.FUNCTION + "=info",
        ShellCommand.FUNCTION + "=install", ShellCommand.FUNCTION + "=uninstall"})
public final class FeatureCommands {

    private final FeatureInstaller features;

    @Activate
    public FeatureCommands(@Reference FeatureInstaller features) {
        this.features = features;
    }

    @Descriptor("List the features, whether each is installed, and any feature file that cannot be read")
    public String list() {
        FeatureRepository repository = features.repository();
        Set<String> installed = features.installed();
        StringBuilder text = new StringBuilder(String.format("%-24s %-10s %s%n", "FEATURE", "STATE", "DESCRIPTION"));
        for (Feature feature : repository.features().values()) {
            text.append(String.format("%-24s %-10s %s%n", feature.id(),
                    installed.contains(feature.id()) ? "installed" : "-", feature.description()));
        }
        for (FeatureRepository.Problem problem : repository.problems()) {
            text.append("broken: ").append(problem.message()).append('\n');
        }
        return text.toString();
    }

    @Descriptor("Show a feature: its bundles, the features it requires, and whether it is installed")
    public String info(@Descriptor("feature id") String id) {
        Feature feature = features.feature(id);
        StringBuilder text = new StringBuilder()
                .append("Feature ").append(feature.id()).append(features.installed().contains(id) ? " (installed)" : " (not installed)").append('\n')
                .append(feature.description()).append('\n')
                .append("Requires: ").append(feature.requires().isEmpty() ? "(nothing)" : String.join(", ", feature.requires())).append('\n')
                .append("Bundles:\n");
        for (Feature.FeatureBundle bundle : feature.bundles()) {
            text.append("  ").append(bundle.artifact()).append("  start level ").append(bundle.startLevel())
                    .append(bundle.start() ? "" : "  (started on demand)").append('\n');
        }
        return text.toString();
    }

    @Descriptor("Install a feature and the features it requires; the choice persists across restarts")
    public String install(
            @Descriptor("only show what would be installed or refreshed")
            @Parameter(names = {"-n", "--dry-run"}, presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("feature id") String id) {
        return features.install(id, dryRun).describe("install", dryRun);
    }

    @Descriptor("Uninstall a feature; refuses while another installed feature requires it")
    public String uninstall(
            @Descriptor("only show what would be uninstalled or refreshed")
            @Parameter(names = {"-n", "--dry-run"}, presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("feature id") String id) {
        return features.uninstall(id, dryRun).describe("uninstall", dryRun);
    }
}
