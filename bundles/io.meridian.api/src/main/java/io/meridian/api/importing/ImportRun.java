package io.meridian.api.importing;

import java.time.Instant;

/**
 * One import, as the history lists it.
 *
 * @param id its number, counting from 1
 * @param fileName the file's name as the user gave it
 * @param format the {@link ImportFormat#id()} that read it
 * @param preset the export layout its columns were recognised as ({@code "hubspot"}), or null
 * @param mode what it did with matches
 * @param dryRun whether it only reported
 * @param state where it stands
 * @param bytesRead how much of the file has been read, for progress
 * @param totalBytes the file's size
 * @param counts how its records went so far
 * @param message why it failed or was interrupted, or null
 */
public record ImportRun(long id, String fileName, String format, String preset, ImportMode mode, boolean dryRun,
                        ImportState state, Instant startedAt, Instant finishedAt, long bytesRead, long totalBytes,
                        ImportCounts counts, String message) {

    /** How far it has got, from 0 to 1. */
    public double progress() {
        if (state == ImportState.DONE || state == ImportState.UNDONE) return 1;
        return totalBytes <= 0 ? 0 : Math.min(1, (double) bytesRead / totalBytes);
    }

    /** Whether it has stopped for good (done, failed, cancelled or undone). */
    public boolean finished() {
        return state == ImportState.DONE || state == ImportState.FAILED || state == ImportState.CANCELLED
                || state == ImportState.UNDONE;
    }
}
