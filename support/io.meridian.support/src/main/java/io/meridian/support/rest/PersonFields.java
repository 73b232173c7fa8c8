package io.meridian.support.rest;

import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.PersonDraft;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A person's editable fields as Meridian's JSON writes them, in the REST API and in the export
 * the importer reads back: one shape, so that what one writes the other reads. American spelling
 * ({@code organizationId}) as everywhere in the REST API; enums in lower case.
 */
public final class PersonFields {

    private PersonFields() {
    }

    /** The fields of {@code d}, in the order the REST API lists them. */
    public static Map<String, Object> of(PersonDraft d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("givenName", d.givenName());
        json.put("familyName", d.familyName());
        json.put("nameOrder", lowerCase(d.nameOrder()));
        json.put("organizationId", d.organisationId() == null ? null : d.organisationId().toString());
        json.put("title", d.title());
        json.put("country", d.country());
        json.put("subdivision", d.subdivision());
        json.put("timeZone", d.timeZone());
        json.put("languages", d.languages());
        json.put("emails", d.emails().stream().map(PersonFields::contactPoint).toList());
        json.put("phones", d.phones().stream().map(PersonFields::contactPoint).toList());
        json.put("preferredChannels", d.preferredChannels().stream().map(PersonFields::lowerCase).toList());
        json.put("workingHours", d.workingHours() == null ? null : d.workingHours().toString());
        json.put("tags", d.tags());
        json.put("notes", d.notes());
        json.put("customFields", d.customFields());
        json.put("birthday", d.birthday() == null ? null : d.birthday().toString());
        json.put("owner", d.owner());
        json.put("externalIds", d.externalIds());
        json.put("cadenceDays", d.cadenceDays());
        json.put("inPersonCadenceDays", d.inPersonCadenceDays());
        return json;
    }

    private static Map<String, String> contactPoint(ContactPoint point) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("value", point.value());
        json.put("label", point.label());
        return json;
    }

    private static String lowerCase(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
