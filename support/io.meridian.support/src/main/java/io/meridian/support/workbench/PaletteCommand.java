package io.meridian.support.workbench;

import io.meridian.api.workbench.WorkbenchCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.util.ArrayList;
import java.util.List;

/**
 * A palette command fixed when the bundle is built. A bundle's commands are registered
 * together when its view component activates ({@link #registerAll}) and go with it.
 */
public record PaletteCommand(String id, String title, String category, String keywords, String target)
        implements WorkbenchCommand {

    /** Registers each command as a service; unregister the answer's entries when the component deactivates. */
    public static List<ServiceRegistration<WorkbenchCommand>> registerAll(BundleContext context, PaletteCommand... commands) {
        List<ServiceRegistration<WorkbenchCommand>> registrations = new ArrayList<>();
        for (PaletteCommand command : commands) registrations.add(context.registerService(WorkbenchCommand.class, command, null));
        return registrations;
    }

    /** Takes back what {@link #registerAll} registered; a registration already gone with its bundle is skipped. */
    public static void unregisterAll(List<ServiceRegistration<WorkbenchCommand>> registrations) {
        for (ServiceRegistration<WorkbenchCommand> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
        }
    }
}
