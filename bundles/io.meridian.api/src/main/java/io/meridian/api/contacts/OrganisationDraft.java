package io.meridian.api.contacts;

/**
 * The editable fields of an organisation.
 *
 * @param name required; unique ignoring case
 * @param country ISO 3166-1 alpha-2 code of its seat, optional
 * @param website optional, http or https
 * @param notes optional
 */
public record OrganisationDraft(String name, String country, String website, String notes) {
}
