package io.meridian.crm.internal.pipeline;

import io.meridian.api.importing.ImportCounts;
import io.meridian.api.importing.ImportEntry;

/** The running counts of an import, as its job adds them up. */
final class Counts {

    long records;
    long created;
    long updated;
    long unchanged;
    long skipped;
    long rejected;
    long possibleDuplicates;
    long warnings;

    Counts(ImportCounts from) {
        records = from.records();
        created = from.created();
        updated = from.updated();
        unchanged = from.unchanged();
        skipped = from.skipped();
        rejected = from.rejected();
        possibleDuplicates = from.possibleDuplicates();
        warnings = from.warnings();
    }

    void add(ImportEntry.Kind kind) {
        switch (kind) {
            case REJECTED -> rejected++;
            case UPDATED, MERGED_SIMILAR -> updated++;
            case UNCHANGED -> unchanged++;
            case SKIPPED -> skipped++;
            case POSSIBLE_DUPLICATE -> possibleDuplicates++;
            case WARNING -> warnings++;
        }
    }

    ImportCounts snapshot() {
        return new ImportCounts(records, created, updated, unchanged, skipped, rejected, possibleDuplicates, warnings);
    }
}
