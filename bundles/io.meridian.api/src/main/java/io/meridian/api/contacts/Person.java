package io.meridian.api.contacts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person as stored: their editable fields, and what Meridian derives and keeps about them.
 *
 * @param id stable identifier
 * @param version increases with every change; pass it back to update (optimistic locking)
 * @param fields what the user entered, normalised (E.164 phones, canonical tags)
 * @param displayName the names in the order their culture writes them
 * @param organisationName the name of {@code fields.organisationId()}, if any
 * @param lastContactAt the latest interaction of any kind
 * @param lastInPersonAt the latest in-person visit
 * @param cadenceDays the cadence in force: the person's own, else the shortest of their tags' rules, else the default
 * @param inPersonCadenceDays likewise for meeting in person
 */
public record Person(UUID id, long version, PersonDraft fields, String displayName, String organisationName,
                     Instant createdAt, Instant updatedAt, Instant lastContactAt, Instant lastInPersonAt,
                     int cadenceDays, int inPersonCadenceDays) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(displayName, "displayName");
    }
}
