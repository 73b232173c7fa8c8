package io.meridian.api.contacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of a person that a user edits. Every field may be null (unknown, or cleared);
 * lists and maps may be empty but not null. The service validates a draft as a whole and
 * names every invalid field at once.
 *
 * @param givenName given name(s)
 * @param familyName family name(s); at least one of the two names is required
 * @param nameOrder how to write the names; null means the custom of {@code country}
 * @param organisationId the organisation they work for
 * @param title their job title
 * @param country ISO 3166-1 alpha-2 code ({@code "DE"})
 * @param subdivision ISO 3166-2 code within the country ({@code "DE-BY"})
 * @param timeZone IANA time zone ({@code "Europe/Berlin"})
 * @param languages BCP 47 tags, preferred first ({@code "de"}, {@code "en-GB"})
 * @param emails email addresses, preferred first
 * @param phones phone numbers, preferred first; stored in E.164
 * @param preferredChannels how they like to be reached, preferred first
 * @param workingHours when they work, in their time zone
 * @param tags free labels ({@code "partner"}, {@code "board"}); compared ignoring case
 * @param notes what to remember about them
 * @param customFields anything else, by name
 * @param birthday their birthday, the year optional
 * @param owner who on the team owns the relationship
 * @param externalIds their id in other systems, by system ({@code "hubspot" -> "5121"})
 * @param cadenceDays talk at least every so many days; null means the rule of their tags or the default
 * @param inPersonCadenceDays meet in person at least every so many days; null means the rule of their tags or the default
 */
public record PersonDraft(
        String givenName, String familyName, NameOrder nameOrder,
        UUID organisationId, String title,
        String country, String subdivision, String timeZone,
        List<String> languages, List<ContactPoint> emails, List<ContactPoint> phones,
        List<Channel> preferredChannels, WorkingHours workingHours,
        List<String> tags, String notes, Map<String, String> customFields,
        Birthday birthday, String owner, Map<String, String> externalIds,
        Integer cadenceDays, Integer inPersonCadenceDays) {

    public PersonDraft {
        languages = languages == null ? List.of() : List.copyOf(languages);
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        preferredChannels = preferredChannels == null ? List.of() : List.copyOf(preferredChannels);
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(externalIds));
    }

    /** A draft with just a name and a country, the rest empty. */
    public static PersonDraft named(String givenName, String familyName, String country) {
        return new PersonDraft(givenName, familyName, null, null, null, country, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
