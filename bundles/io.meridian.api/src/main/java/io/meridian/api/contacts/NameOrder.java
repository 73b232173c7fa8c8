package io.meridian.api.contacts;

/**
 * The order a culture writes a person's names in. Family name first is the custom in, among
 * others, Japan, China, Korea, Hungary and Vietnam; a person's own preference overrides the
 * country's default.
 */
public enum NameOrder {
    GIVEN_FIRST, FAMILY_FIRST
}
