/**
 * Workbench views, contact-page panels and palette commands.
 *
 * <p>A bundle registers a {@link io.meridian.api.workbench.WorkbenchView} service; the
 * workbench frame lists every registered view and loads its ES module when the user opens it.
 * A {@link io.meridian.api.workbench.WorkbenchCommand} service adds an entry to the command
 * palette.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.meridian.api.workbench;
