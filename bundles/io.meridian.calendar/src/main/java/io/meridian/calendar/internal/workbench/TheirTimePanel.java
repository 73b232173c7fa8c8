package io.meridian.calendar.internal.workbench;

import io.meridian.api.workbench.WorkbenchView;
import io.meridian.support.workbench.DeclaredView;
import org.osgi.service.component.annotations.Component;

/**
 * The "Their time" panel of a contact: their local time now, whether they work today, the next
 * good time to reach them, and a way into the planner with them. Served from this bundle's
 * {@code views/their-time/}.
 */
@Component(service = WorkbenchView.class, property = {
        "osgi.http.whiteboard.resource.pattern=/views/their-time/*",
        "osgi.http.whiteboard.resource.prefix=/views/their-time"})
public final class TheirTimePanel extends DeclaredView {

    public TheirTimePanel() {
        super("their-time", "Their time", "clock", 200, Placement.CONTACT_PANEL, "/views/their-time/their-time.js", "meridian-their-time");
    }
}
