package io.meridian.contacts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a relationship's health is computed from; gathered by {@link RelationshipState}. */
final class HealthInputs {

    /** A commitment reduced to its state and dates; the one place that says when it counts as late. */
    record Promise(String state, LocalDate due, LocalDate doneOn, LocalDate delayCommunicatedOn, LocalDate revisedDue) {

        /** A delay counts as announced only if the other side heard of it by the due date. */
        boolean toldInTime() {
            return delayCommunicatedOn != null && !delayCommunicatedOn.isAfter(due);
        }

        /** The date it must be kept by: the revised date when the delay was told in time, else the promised one. */
        LocalDate deadline() {
            return toldInTime() && revisedDue != null ? revisedDue : due;
        }
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
