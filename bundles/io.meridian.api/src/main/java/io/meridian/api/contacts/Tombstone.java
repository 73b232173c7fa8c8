package io.meridian.api.contacts;

import java.time.Instant;
import java.util.UUID;

/** What remains of an erased person: that they existed, and when and from where they were erased. */
public record Tombstone(UUID personId, Instant erasedAt, Origin origin) {
}
