package io.meridian.api.contacts;

import java.util.List;
import java.util.Objects;

/**
 * Many changes applied in one transaction, recorded together under a change set so that
 * {@link ContactService#revert(String, Origin)} can take them back later.
 *
 * @param changeSet names the change set, e.g. {@code "import:42"}; at most 100 characters
 * @param checkpoint where the writer has got to (e.g. the last line of the file this batch came
 *        from), stored in the same transaction: after a crash, {@link ContactService#checkpoint(String)}
 *        says which batches are in, so that work resumes after the last one; null leaves it as it was
 * @param changes the people to create or update, in order
 * @param organisations organisations to create, or to complete, found by name ignoring case: a
 *        value the organisation lacks is filled in, one it has is kept. Applied before the people.
 */
public record ChangeBatch(String changeSet, String checkpoint, List<PersonChange> changes, List<OrganisationDraft> organisations) {

    public ChangeBatch {
        Objects.requireNonNull(changeSet, "changeSet");
        if (changeSet.isBlank() || changeSet.length() > 100) {
            throw new IllegalArgumentException("a change set is named by 1-100 characters, not \"" + changeSet + "\"");
        }
        changes = List.copyOf(changes);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /** A batch of people only. */
    public ChangeBatch(String changeSet, String checkpoint, List<PersonChange> changes) {
        this(changeSet, checkpoint, changes, List.of());
    }
}
