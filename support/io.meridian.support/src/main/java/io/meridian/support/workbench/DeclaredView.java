package io.meridian.support.workbench;

import io.meridian.api.workbench.WorkbenchView;

/**
 * A view whose description is fixed when the bundle is built, which is every view Meridian
 * ships: the component only names itself in its constructor.
 */
public abstract class DeclaredView implements WorkbenchView {

    private final String id;
    private final String title;
    private final String icon;
    private final int order;
    private final Placement placement;
    private final String module;
    private final String element;

    protected DeclaredView(String id, String title, String icon, int order, Placement placement, String module, String element) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.order = order;
        this.placement = placement;
        this.module = module;
        this.element = element;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String icon() {
        return icon;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final Placement placement() {
        return placement;
    }

    @Override
    public final String module() {
        return module;
    }

    @Override
    public final String element() {
        return element;
    }
}
