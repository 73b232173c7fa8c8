/** The import pipeline: formats, presets, mapping, normalisation, matching, batches, report and undo. */
package io.meridian.crm.internal;
