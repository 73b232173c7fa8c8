package io.meridian.api.contacts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who introduced whom to whom.
 *
 * @param introducerId the person who made the introduction; null once that person was erased
 * @param introducedId the person introduced
 * @param toId the person they were introduced to; null means the user
 */
public record Introduction(UUID id, UUID introducerId, UUID introducedId, UUID toId, LocalDate on, String note) {
}
