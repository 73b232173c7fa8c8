package io.meridian.api.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A promise between the user and a person.
 *
 * @param owedBy who promised
 * @param due the date promised
 * @param status as of today; see {@link CommitmentStatus#LATE}
 * @param doneOn when it was delivered, if it was
 * @param delayCommunicatedOn when the other side was told it would be late, if they were
 * @param revisedDue the new date given with that notice
 * @param keptOnTime for a delivered commitment: delivered by its due date (or its revised date, told in advance)
 */
public record Commitment(UUID id, UUID personId, long version, String what, Party owedBy, LocalDate due,
                         CommitmentStatus status, LocalDate doneOn, LocalDate delayCommunicatedOn, LocalDate revisedDue,
                         boolean keptOnTime, Instant createdAt) {
}
