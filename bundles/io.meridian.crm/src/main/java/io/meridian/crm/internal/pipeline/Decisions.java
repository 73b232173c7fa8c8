package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.PersonChange;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportEntry.Kind;
import io.meridian.api.importing.ImportMode;
import io.meridian.api.importing.ImportOptions;

import java.util.UUID;

/**
 * What to do with one record, as the import's mode and the record's match say: create, update,
 * or leave it, with the line the report gives the decision.
 */
final class Decisions {

    /**
     * @param change what to store, or null for nothing
     * @param entry what the report says about it, or null when a plain creation says nothing
     */
    record Decision(PersonChange change, ImportEntry entry) {
    }

    private final ImportOptions options;

    Decisions(ImportOptions options) {
        this.options = options;
    }

    Decision decide(Incoming in, Matcher.Match match) {
        ImportMode mode = options.mode();
        if (match != null && (match.by() != Matcher.By.SIMILAR || options.mergeSimilar())) {
            String who = match.person().displayName() + " (matched by " + match.by().words + " " + match.value() + ")";
            UUID id = match.person().id();
            if (mode == ImportMode.CREATE_ONLY) {
                return new Decision(null, entry(in, Kind.SKIPPED, "already in Meridian as " + who + ": left as it is (create-only)", id));
            }
            boolean own = match.by() == Matcher.By.EXTERNAL_ID || match.by() == Matcher.By.MERIDIAN_ID;
            Merge.Result merged = Merge.of(match.person(), in.draft(), in.organisationName(), own);
            if (!merged.changes()) return new Decision(null, entry(in, Kind.UNCHANGED, who + ": nothing new", id));
            Kind kind = match.by() == Matcher.By.SIMILAR ? Kind.MERGED_SIMILAR : Kind.UPDATED;
            return new Decision(PersonChange.update(match.person(), merged.draft(), merged.organisationName()),
                    entry(in, kind, who + ": " + String.join(", ", merged.changed()) + " updated", id));
        }
        if (mode == ImportMode.UPDATE_ONLY) {
            return new Decision(null, entry(in, Kind.SKIPPED, "no one in Meridian matches it: not created (update-only)", null));
        }
        ImportEntry resembles = match == null ? null : entry(in, Kind.POSSIBLE_DUPLICATE, "resembles " + match.person().displayName()
                + " (same name at " + in.organisationName() + ", no email, phone or id in common): created as a new person. Merge"
                + " them by hand, or import with merging of similar people", match.person().id());
        return new Decision(PersonChange.create(in.draft(), in.organisationName()), resembles);
    }

    static ImportEntry entry(Incoming in, Kind kind, String message, UUID person) {
        return new ImportEntry(in.line(), null, kind, message, person);
    }
}
