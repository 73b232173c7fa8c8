package io.meridian.contacts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a relationship's health is computed from; gathered by {@link RelationshipState}. */
final class HealthInputs {

    /** A commitment the user owes, reduced to its dates. */
    record Promise(String state, LocalDate due, LocalDate doneOn, LocalDate delayCommunicatedOn, LocalDate revisedDue) {
    }

    final UUID personId;
    final Instant createdAt;
    final Instant lastContactAt;
    final Instant lastInPersonAt;
    final int cadenceDays;
    final int inPersonDays;
    final List<Promise> promises = new ArrayList<>();
    /** Trust scores (mean of the four criteria), oldest first. */
    final List<Double> trust = new ArrayList<>();

    HealthInputs(UUID personId, Instant createdAt, Instant lastContactAt, Instant lastInPersonAt, int cadenceDays, int inPersonDays) {
        this.personId = personId;
        this.createdAt = createdAt;
        this.lastContactAt = lastContactAt;
        this.lastInPersonAt = lastInPersonAt;
        this.cadenceDays = cadenceDays;
        this.inPersonDays = inPersonDays;
    }
}
