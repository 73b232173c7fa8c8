/**
 * Workbench views and contact-page panels.
 *
 * <p>A bundle registers a {@link io.meridian.api.workbench.WorkbenchView} service; the
 * workbench frame lists every registered view and loads its ES module when the user opens it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.meridian.api.workbench;
