package io.meridian.api.culture;

import java.time.Instant;

/**
 * Something the user learned about a country ("Mr Sato explained that the second dinner is the real negotiation").
 *
 * @param id assigned by the store
 * @param countryCode ISO 3166-1 alpha-2
 * @param text the note, plain text or Markdown, up to {@link #MAX_LENGTH} characters
 * @param created when it was written
 * @param updated when it was last changed
 * @param version increases with every change; an edit names the version it read
 */
public record Note(long id, String countryCode, String text, Instant created, Instant updated, long version) {

    public static final int MAX_LENGTH = 20_000;
}
