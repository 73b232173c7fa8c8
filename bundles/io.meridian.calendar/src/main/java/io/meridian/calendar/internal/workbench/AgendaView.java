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
 * The Agenda view, the workbench's landing page: who to contact today and in the next two
 * weeks, and when in their day and yours. The component also serves the view's files from the
 * bundle's {@code views/agenda/} folder through the resource whiteboard.
 */
@Component(service = WorkbenchView.class, property = {
        "osgi.http.whiteboard.resource.pattern=" + AgendaView.PATH + "/*",
        "osgi.http.whiteboard.resource.prefix=" + AgendaView.PATH})
public final class AgendaView extends DeclaredView {

    static final String PATH = "/views/agenda";

    /**
     * What the palette offers. Each leads to the view, which acts on the query: loading the demo
     * asks first, and the download carries the user's own zone and hours, which only the page knows.
     */
    static final List<PaletteCommand> COMMANDS = List.of(
            new PaletteCommand("agenda.overdue", "Agenda: overdue only", "Agenda", "late behind due follow up promises",
                    "#/agenda?filter=overdue"),
            new PaletteCommand("agenda.demo", "Load the demo book", "Agenda", "sample example contacts try people",
                    "#/agenda?demo=1"),
            new PaletteCommand("agenda.ics", "Download the agenda (.ics)", "Agenda", "calendar icalendar export outlook google",
                    "#/agenda?download=ics"));

    private final List<ServiceRegistration<WorkbenchCommand>> commands;

    @Activate
    public AgendaView(BundleContext context) {
        super("agenda", "Agenda", "agenda", 100, Placement.MAIN, PATH + "/agenda.js", "meridian-agenda");
        commands = PaletteCommand.registerAll(context, COMMANDS.toArray(PaletteCommand[]::new));
    }

    @Deactivate
    void deactivate() {
        PaletteCommand.unregisterAll(commands);
    }
}
