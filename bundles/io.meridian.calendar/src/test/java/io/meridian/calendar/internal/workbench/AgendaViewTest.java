package io.meridian.calendar.internal.workbench;

import io.meridian.api.workbench.WorkbenchCommand;
import io.meridian.api.workbench.WorkbenchView;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaViewTest {

    private final List<WorkbenchCommand> registered = new ArrayList<>();
    private final List<WorkbenchCommand> unregistered = new ArrayList<>();

    @Test
    void theAgendaIsTheFirstViewAndItsModuleIsServedFromTheBundleUnderItsOwnPath() throws IOException {
        AgendaView view = new AgendaView(context());

        assertEquals("agenda", view.id());
        assertEquals(100, view.order());
        assertEquals(WorkbenchView.Placement.MAIN, view.placement());
        assertTrue(view.module().startsWith(AgendaView.PATH + "/"), view.module());
        // the resource whiteboard maps PATH/* to the same folder of the jar
        String module = resource(view.module());
        assertTrue(module.contains("customElements.define('" + view.element() + "'"), "the module defines <" + view.element() + ">");
        assertNotNull(getClass().getResource(AgendaView.PATH + "/agenda.css"), "the stylesheet the module adds is in the bundle");
        assertTrue(module.contains("'" + AgendaView.PATH + "/agenda.css'"));
    }

    @Test
    void paletteCommandsLeadToQueriesTheViewActsOnAndLeaveWithIt() throws IOException {
        AgendaView view = new AgendaView(context());
        String module = resource(view.module());

        assertEquals(List.of("Agenda: overdue only", "Load the demo book", "Download the agenda (.ics)"),
                registered.stream().map(WorkbenchCommand::title).toList());
        for (WorkbenchCommand c : registered) {
            assertTrue(c.target().startsWith("#/" + view.id() + "?"), c.target());
            String parameter = URLDecoder.decode(c.target().substring(c.target().indexOf('?') + 1).split("=")[0], StandardCharsets.UTF_8);
            assertTrue(module.contains("query.get('" + parameter + "')") || module.contains("query.has('" + parameter + "')"),
                    "the module reads ?" + parameter + " of " + c.title());
        }

        view.deactivate();
        assertEquals(registered, unregistered);
    }

    private String resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertNotNull(in, path + " is not in the bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A bundle context that only registers palette commands, and remembers them. */
    private BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class}, (self, method, args) -> {
            if (!method.getName().equals("registerService") || args[0] != WorkbenchCommand.class) {
                throw new UnsupportedOperationException(method.toString());
            }
            WorkbenchCommand command = (WorkbenchCommand) args[1];
            registered.add(command);
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServiceRegistration.class}, (r, m, a) -> {
                if (!m.getName().equals("unregister")) throw new UnsupportedOperationException(m.toString());
                unregistered.add(command);
                return null;
            });
        });
    }
}
