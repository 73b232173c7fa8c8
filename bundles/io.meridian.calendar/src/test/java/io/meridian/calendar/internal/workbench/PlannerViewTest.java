package io.meridian.calendar.internal.workbench;

import io.meridian.api.workbench.WorkbenchCommand;
import io.meridian.api.workbench.WorkbenchView;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar's workbench contributions: what the frame is told, and that it is served from this bundle. */
class PlannerViewTest {

    /** A bundle context that only records services registered and unregistered. */
    private static final class Recorder {
        final List<Object> registered = new ArrayList<>();
        final List<Object> unregistered = new ArrayList<>();

        BundleContext context() {
            return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{BundleContext.class}, (proxy, method, args) -> {
                if (!method.getName().equals("registerService")) throw new UnsupportedOperationException(method.getName());
                Object service = args[1];
                registered.add(service);
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{ServiceRegistration.class}, (p, m, a) -> {
                    if (m.getName().equals("unregister")) {
                        unregistered.add(service);
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
            });
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlannerViewTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is in the bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePlannerIsAMainViewServedFromTheBundleWithItsElement() throws IOException {
        PlannerView view = new PlannerView(new Recorder().context());
        assertEquals("planner", view.id());
        assertEquals("Meeting planner", view.title());
        assertEquals("planner", view.icon());
        assertEquals(400, view.order());
        assertEquals(WorkbenchView.Placement.MAIN, view.placement());
        assertEquals("meridian-planner", view.element());
        assertEquals("/views/planner/planner.js", view.module());
        assertTrue(resource(view.module()).contains("customElements.define('meridian-planner'"), "the module defines the element the frame creates");
        assertTrue(resource("/views/planner/planner.css").contains("meridian-planner"));
    }

    @Test
    void planAMeetingIsInThePaletteWhileTheViewIsActive() {
        Recorder recorder = new Recorder();
        PlannerView view = new PlannerView(recorder.context());
        assertEquals(1, recorder.registered.size());
        WorkbenchCommand command = (WorkbenchCommand) recorder.registered.get(0);
        assertEquals("Plan a meeting", command.title());
        assertEquals("#/planner", command.target());
        view.deactivate();
        assertEquals(recorder.registered, recorder.unregistered, "the command goes with the view");
    }

    @Test
    void theirTimeIsAContactPanelServedFromTheBundleWithItsElement() throws IOException {
        TheirTimePanel panel = new TheirTimePanel();
        assertEquals("their-time", panel.id());
        assertEquals("Their time", panel.title());
        assertEquals("clock", panel.icon());
        assertEquals(200, panel.order());
        assertEquals(WorkbenchView.Placement.CONTACT_PANEL, panel.placement());
        assertEquals("meridian-their-time", panel.element());
        assertTrue(resource(panel.module()).contains("customElements.define('meridian-their-time'"), "the module defines the element the frame creates");
        assertTrue(resource("/views/their-time/their-time.css").contains("meridian-their-time"));
    }
}
