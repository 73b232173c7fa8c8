package io.meridian.api.workbench;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command in the workbench's command palette (Ctrl+K or Cmd+K). Register as an OSGi service;
 * the palette lists it while the service is registered.
 *
 * <p>A command leads somewhere: to a place in the frame ({@code "#/contacts?new=1"}, which the
 * view at that place acts on) or to a download on this workbench ({@code "/api/v1/export?format=csv"}).
 * It never runs a change by itself, so a stray Enter in the palette cannot alter data; the view
 * it opens asks first.
 */
@ConsumerType
public interface WorkbenchCommand {

    /** Stable identifier, unique across bundles ({@code "contacts.new"}). */
    String id();

    /** What the palette shows ({@code "New contact"}). */
    String title();

    /** The group it is listed under, usually the contributing view's title ({@code "Contacts"}). */
    String category();

    /** Other words it is found by, separated by spaces; may be empty. */
    String keywords();

    /**
     * Where it leads: a frame route starting with {@code "#/"}, or a path on this workbench
     * starting with a single {@code "/"}, opened as a download.
     */
    String target();
}
