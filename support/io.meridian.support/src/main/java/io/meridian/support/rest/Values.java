package io.meridian.support.rest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How routes read a value a client wrote as text, and what the client is told when it is wrong. */
public final class Values {

    private Values() {
    }

    /** A day, {@code 2026-11-20}. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date: write it like 2026-11-20");
        }
    }

    /** An instant in UTC, {@code 2026-05-07T07:00:00Z}. */
    public static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an instant: write it like 2026-05-07T07:00:00Z, in UTC");
        }
    }

    /** An id, as the contacts and the other records have: {@code 3f2b8c1e-5d4a-4f7e-9a0b-1c2d3e4f5a6b}. */
    public static UUID id(String text) {
        try {
            if (text.length() == 36) return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            // reported below, with what an id looks like
        }
        throw new IllegalArgumentException("\"" + text + "\" is not an id: ids look like 3f2b8c1e-5d4a-4f7e-9a0b-1c2d3e4f5a6b,"
                + " as GET /api/v1/contacts lists them");
    }
}
