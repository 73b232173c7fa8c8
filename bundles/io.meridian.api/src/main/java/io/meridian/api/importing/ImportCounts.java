package io.meridian.api.importing;

/**
 * How the records of an import went.
 *
 * @param records records read
 * @param created people created (or, in a dry run, that would be)
 * @param updated people who got something new
 * @param unchanged records that matched someone and brought nothing new
 * @param skipped records left out on purpose: matches in create-only mode, non-matches in update-only mode
 * @param rejected records that could not be imported, each reported with its line and reason
 * @param possibleDuplicates records resembling someone by name and organisation only
 * @param warnings values not understood and kept as custom fields, or guessed (time zones)
 */
public record ImportCounts(long records, long created, long updated, long unchanged, long skipped, long rejected,
                           long possibleDuplicates, long warnings) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0);
}
