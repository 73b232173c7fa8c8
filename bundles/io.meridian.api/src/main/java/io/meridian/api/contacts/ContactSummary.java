package io.meridian.api.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of a contact list. */
public record ContactSummary(UUID id, String displayName, String organisationName, String title, String country,
                             String timeZone, List<String> tags, String owner, Instant lastContactAt, Instant nextContactDue,
                             Integer healthScore, boolean overdue) {
    public ContactSummary {
        tags = List.copyOf(tags);
    }
}
