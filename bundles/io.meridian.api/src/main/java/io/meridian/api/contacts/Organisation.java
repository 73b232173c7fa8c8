package io.meridian.api.contacts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An organisation people work for. {@code version} works as for {@link Person}. */
public record Organisation(UUID id, long version, String name, String country, String website, String notes,
                           Instant createdAt, Instant updatedAt) {
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
