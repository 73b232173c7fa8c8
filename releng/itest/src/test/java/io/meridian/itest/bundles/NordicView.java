package io.meridian.itest.bundles;

import io.meridian.api.workbench.WorkbenchView;

/**
 * A region bundle's workbench view, registered by its component together with the resource
 * whiteboard properties that serve its module from the jar's {@code web/} folder.
 */
public final class NordicView implements WorkbenchView {

    @Override
    public String id() {
        return "nordic-days";
    }

    @Override
    public String title() {
        return "Nordic days";
    }

    @Override
    public String icon() {
        return "flag";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public Placement placement() {
        return Placement.MAIN;
    }

    @Override
    public String module() {
        return "/views/nordic-days/view.js";
    }

    @Override
    public String element() {
        return "nordic-days";
    }
}
