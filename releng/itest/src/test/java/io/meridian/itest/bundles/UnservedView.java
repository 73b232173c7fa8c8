package io.meridian.itest.bundles;

import io.meridian.api.workbench.WorkbenchView;

/** A view whose bundle forgot to serve its module: the frame must explain it and carry on. */
public final class UnservedView implements WorkbenchView {

    @Override
    public String id() {
        return "unserved";
    }

    @Override
    public String title() {
        return "Unserved view";
    }

    @Override
    public String icon() {
        return "warning-sign";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Placement placement() {
        return Placement.MAIN;
    }

    @Override
    public String module() {
        return "/views/unserved/view.js";
    }

    @Override
    public String element() {
        return "unserved-view";
    }
}
