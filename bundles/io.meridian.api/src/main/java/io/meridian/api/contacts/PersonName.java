package io.meridian.api.contacts;

import java.util.Objects;
import java.util.UUID;

/**
 * Who a person is by name, without the rest of their record: what a bulk writer compares before
 * it reads the few people worth reading in full.
 */
public record PersonName(UUID id, String givenName, String familyName, String displayName) {
    public PersonName {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
    }
}
