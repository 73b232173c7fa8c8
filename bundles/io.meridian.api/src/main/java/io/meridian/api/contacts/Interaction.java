package io.meridian.api.contacts;

import java.time.Instant;
import java.util.UUID;

/** Something that happened between the user and a person. */
public record Interaction(UUID id, UUID personId, Channel channel, Instant at, Direction direction, String summary,
                          Origin origin, Instant recordedAt) {
}
