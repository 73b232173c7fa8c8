package io.meridian.api.importing;

import java.util.UUID;

/**
 * One line of an import's report: a record skipped, rejected, merged, or a value not understood.
 *
 * @param line the file line (or entry number) of the record
 * @param column the column or property concerned, or null for the whole record
 * @param kind what happened
 * @param message what happened and, for problems, how to fix it
 * @param personId the person concerned (matched, updated, resembled), or null
 */
public record ImportEntry(long line, String column, Kind kind, String message, UUID personId) {

    /** What happened to a record. */
    public enum Kind {
        /** could not be imported: nothing of it was stored */
        REJECTED,
        /** matched someone, who got what was new */
        UPDATED,
        /** matched someone and brought nothing new */
        UNCHANGED,
        /** left out on purpose (create-only or update-only) */
        SKIPPED,
        /** resembles someone by name and organisation only: created as a new person, not merged */
        POSSIBLE_DUPLICATE,
        /** resembled someone by name and organisation only, and was merged into them as configured */
        MERGED_SIMILAR,
        /** a value was not understood and kept as a custom field, or a value was guessed */
        WARNING
    }
}
