package io.meridian.workbench.internal.ui;

import io.meridian.api.workbench.WorkbenchCommand;
import io.meridian.api.workbench.WorkbenchView;
import io.meridian.support.workbench.DeclaredView;
import io.meridian.support.workbench.PaletteCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import java.util.List;

/** The Plugins view: bundles and features, their state and what is wrong, install and remove. */
@Component(service = WorkbenchView.class)
public final class PluginsView extends DeclaredView {

    private final List<ServiceRegistration<WorkbenchCommand>> commands;

    @Activate
    public PluginsView(BundleContext context) {
        super("plugins", "Plugins", "plugin", 900, Placement.MAIN, "/ui/views/plugins.js", "meridian-plugins");
        commands = PaletteCommand.registerAll(context,
                new PaletteCommand("plugins.install", "Install a plugin from a file", "Plugins", "bundle jar add upload",
                        "#/plugins?install=1"),
                new PaletteCommand("plugins.problems", "Show plugin problems", "Plugins", "diagnostics errors broken health",
                        "#/plugins?problems=1"),
                new PaletteCommand("plugins.features", "Add or remove a feature (region pack)", "Plugins",
                        "region pack feature install uninstall", "#/plugins?tab=features"));
    }

    @Deactivate
    void deactivate() {
        PaletteCommand.unregisterAll(commands);
    }
}
