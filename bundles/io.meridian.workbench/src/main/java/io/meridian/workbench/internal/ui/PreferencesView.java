package io.meridian.workbench.internal.ui;

import io.meridian.api.workbench.WorkbenchView;
import io.meridian.support.workbench.DeclaredView;
import org.osgi.service.component.annotations.Component;

/** The Preferences view: a form for each configurable bundle, from its Metatype description. */
@Component(service = WorkbenchView.class)
public final class PreferencesView extends DeclaredView {

    public PreferencesView() {
        super("preferences", "Preferences", "settings", 950, Placement.MAIN, "/ui/views/preferences.js", "meridian-preferences");
    }
}
