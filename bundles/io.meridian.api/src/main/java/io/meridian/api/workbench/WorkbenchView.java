package io.meridian.api.workbench;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view in the workbench window, or a panel on the contact page. Register as an OSGi service;
 * the frame shows it while the service is registered.
 *
 * <p>The view is rendered by a custom element defined in an ES module that the contributing
 * bundle serves itself (through the servlet or resource whiteboard).
 */
@ConsumerType
public interface WorkbenchView {

    /** Where a view appears. */
    enum Placement { MAIN, CONTACT_PANEL }

    /** Stable identifier, unique across bundles ({@code "agenda"}). */
    String id();

    /** Title shown in navigation. */
    String title();

    /** Icon name from the workbench icon set. */
    String icon();

    /** Position in navigation: lower comes first. */
    int order();

    /** Where the view appears. */
    Placement placement();

    /** URL path of the ES module that defines the element, e.g. {@code /views/agenda/agenda.js}. */
    String module();

    /** Name of the custom element the module defines, e.g. {@code "meridian-agenda"}. */
    String element();
}
