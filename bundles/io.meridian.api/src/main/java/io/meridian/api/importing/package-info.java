/**
 * Import formats: detect a file, stream its records.
 *
 * <p>Each {@link io.meridian.api.importing.ImportFormat} service is offered every file the
 * user imports; the one most confident it can read the file streams its records into the
 * import pipeline, which normalises, matches and stores them.
 *
 * <p>The {@link io.meridian.api.importing.Importer} service is that pipeline: preview a file,
 * import it (or only report on it), follow its progress, read its report and undo it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.meridian.api.importing;
