package io.meridian.api.importing;

import org.osgi.annotation.versioning.ProviderType;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The import pipeline: reads a file with the {@link ImportFormat} that fits it, normalises and
 * matches every record, and stores them in batches, keeping a report of every record it could
 * not import or merged. The shell, REST routes and the workbench view all go through it.
 */
@ProviderType
public interface Importer {

    /** How the file would be read and mapped, from its first records. */
    ImportPreview preview(ImportSource source, ImportOptions options) throws IOException;

    /**
     * Starts importing (or, with {@link ImportOptions#dryRun()}, only reporting on) the file. The
     * file is copied into the workbench's data first, so that an interrupted import can resume,
     * and is read in the background; follow it with {@link #run(long)}.
     *
     * @throws IOException when the file cannot be copied
     * @throws IllegalArgumentException naming the option at fault (unknown format, bad mapping…)
     */
    ImportRun start(ImportSource source, ImportOptions options) throws IOException;

    Optional<ImportRun> run(long id);

    /** Imports, newest first. */
    List<ImportRun> runs(int offset, int limit);

    /** Lines of the report, in file order. */
    List<ImportEntry> report(long id, int offset, int limit);

    /**
     * Writes the records that could not be imported as CSV: their line, column, reason, and the
     * record's own values, guarded against formula injection, to fix and import again.
     */
    void writeRejected(long id, OutputStream out) throws IOException;

    /** Asks a running import to stop after its current batch. */
    ImportRun cancel(long id);

    /**
     * Undoes an import: removes the people and organisations it created and restores the people
     * it updated, unless they changed since (those are kept, and listed in the report).
     */
    ImportRun undo(long id);
}
