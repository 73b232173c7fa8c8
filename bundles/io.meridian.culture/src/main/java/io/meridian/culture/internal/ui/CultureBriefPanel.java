package io.meridian.culture.internal.ui;

import io.meridian.api.workbench.WorkbenchView;
import io.meridian.support.workbench.DeclaredView;
import org.osgi.service.component.annotations.Component;

/**
 * The Culture brief on a contact's page and in the contact side panel: what to keep in mind
 * about the contact's country. Its module is served with the Knowledge base view's files.
 */
@Component(service = WorkbenchView.class)
public final class CultureBriefPanel extends DeclaredView {

    public CultureBriefPanel() {
        super("culture-brief", "Culture brief", "globe", 300, Placement.CONTACT_PANEL, "/views/kb/brief.js", "meridian-culture-brief");
    }
}
