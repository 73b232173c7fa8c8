package io.meridian.api.contacts;

import java.util.Objects;
import java.util.UUID;

/**
 * One person to create or update as part of a {@link ChangeBatch}.
 *
 * @param personId the person to update, or null to create one
 * @param expectedVersion the version the caller read, when updating; the change is refused if it moved on
 * @param draft the person's fields as they should be after the change
 * @param organisationName the organisation they work for, by name, when {@code draft.organisationId()} is null:
 *        found ignoring case, or created (and then removed again when the change set is reverted)
 */
public record PersonChange(UUID personId, long expectedVersion, PersonDraft draft, String organisationName) {

    public PersonChange {
        Objects.requireNonNull(draft, "draft");
    }

    public static PersonChange create(PersonDraft draft, String organisationName) {
        return new PersonChange(null, 0, draft, organisationName);
    }

    public static PersonChange update(Person person, PersonDraft draft, String organisationName) {
        return new PersonChange(person.id(), person.version(), draft, organisationName);
    }

    public boolean creates() {
        return personId == null;
    }
}
