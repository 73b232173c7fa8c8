package io.meridian.api.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change.
 *
 * @param entity {@code person}, {@code organisation}, {@code interaction}, {@code commitment}, {@code trust}, {@code introduction} or {@code cadence}
 * @param action {@code created}, {@code updated} or {@code deleted}
 * @param before the record before the change as JSON, null when created
 * @param after the record after the change as JSON, null when deleted
 */
public record AuditEntry(UUID id, Instant at, String entity, UUID entityId, UUID personId, String action,
                         String before, String after, Origin origin) {
}
