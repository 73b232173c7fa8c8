package io.meridian.workbench.internal.ui;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the frame's scripts, styles and icons, and the workbench's own views, from the
 * bundle's {@code ui/} folder at {@code /ui/}. The resource whiteboard does the serving; this
 * service only carries its properties.
 */
@Component(service = UiResources.class, property = {
        "osgi.http.whiteboard.resource.pattern=/ui/*",
        "osgi.http.whiteboard.resource.prefix=/ui"})
public final class UiResources {
}
