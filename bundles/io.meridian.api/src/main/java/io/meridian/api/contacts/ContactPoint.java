package io.meridian.api.contacts;

import java.util.Objects;

/**
 * An email address or phone number, with an optional label ({@code "work"}, {@code "mobile"}).
 * Phone numbers are stored in E.164 ({@code +4930901820}).
 */
public record ContactPoint(String value, String label) {
    public ContactPoint {
        Objects.requireNonNull(value, "value");
    }

    public static ContactPoint of(String value) {
        return new ContactPoint(value, null);
    }
}
