/**
 * Import formats: detect a file, stream its records.
 *
 * <p>Each {@link io.meridian.api.importing.ImportFormat} service is offered every file the
 * user imports; the one most confident it can read the file streams its records into the
 * import pipeline, which normalises, matches and stores them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.meridian.api.importing;
