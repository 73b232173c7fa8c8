package io.meridian.api.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where one relationship stands, as the stay-in-touch agenda reads it for every person at once.
 *
 * @param country ISO 3166-1 alpha-2, or null when unknown
 * @param subdivision ISO 3166-2, or null
 * @param timeZone IANA zone, or null when unknown
 * @param workingHours when they work, or null for the usual office day
 * @param birthday or null
 * @param contactDue when the next interaction of any kind is due
 * @param inPersonDue when the next in-person visit is due
 * @param lastInteraction the latest interaction since the time asked for, or null
 * @param openCommitments open commitments due (or revised to) on or before the day asked for, by date
 */
public record RelationshipFacts(UUID personId, String displayName, String country, String subdivision, String timeZone,
                                WorkingHours workingHours, Birthday birthday, Instant lastContactAt, Instant lastInPersonAt,
                                Instant contactDue, Instant inPersonDue, Interaction lastInteraction, List<Commitment> openCommitments) {
    public RelationshipFacts {
        openCommitments = List.copyOf(openCommitments);
    }
}
