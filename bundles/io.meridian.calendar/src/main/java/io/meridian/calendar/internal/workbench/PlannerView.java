package io.meridian.calendar.internal.workbench;

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

/**
 * The meeting planner view: participants from the contact book or described by hand, everyone's
 * hours side by side, the ranked slots and the invitation as an {@code .ics} file. Its module
 * and stylesheet are served from this bundle's {@code views/planner/}.
 */
@Component(service = WorkbenchView.class, property = {
        "osgi.http.whiteboard.resource.pattern=/views/planner/*",
        "osgi.http.whiteboard.resource.prefix=/views/planner"})
public final class PlannerView extends DeclaredView {

    private final List<ServiceRegistration<WorkbenchCommand>> commands;

    @Activate
    public PlannerView(BundleContext context) {
        super("planner", "Meeting planner", "planner", 400, Placement.MAIN, "/views/planner/planner.js", "meridian-planner");
        commands = PaletteCommand.registerAll(context,
                new PaletteCommand("planner.new", "Plan a meeting", "Meeting planner",
                        "schedule time zones find a time invite call across countries", "#/planner"));
    }

    @Deactivate
    void deactivate() {
        PaletteCommand.unregisterAll(commands);
    }
}
