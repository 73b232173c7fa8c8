package io.meridian.contacts.internal.workbench;

import io.meridian.api.workbench.WorkbenchView;
import io.meridian.support.workbench.DeclaredView;
import org.osgi.service.component.annotations.Component;

/** The Insights view: pictures of the book; its module is served with the Contacts view's. */
@Component(service = WorkbenchView.class)
public final class InsightsView extends DeclaredView {

    public InsightsView() {
        super("insights", "Insights", "chart", 250, Placement.MAIN, "/views/contacts/insights.js", "meridian-insights");
    }
}
