package io.meridian.api.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of a contact list.
 *
 * @param nextContactDue when the next interaction of any kind is due
 * @param nextInPersonDue when the next in-person meeting is due
 * @param overdue either of the two is past
 */
public record ContactSummary(UUID id, String displayName, String organisationName, String title, String country,
                             String timeZone, List<String> tags, String owner, Instant lastContactAt, Instant nextContactDue,
                             Instant nextInPersonDue, Integer healthScore, boolean overdue) {
    public ContactSummary {
        tags = List.copyOf(tags);
    }
}
