package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.PersonDraft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A normalised record as a preview shows it: each field that has a value, as text. */
final class PreviewFields {

    private PreviewFields() {
    }

    static Map<String, String> of(Incoming in) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "line", Long.toString(in.line()));
        if (in.organisationCard() != null) {
            put(fields, "organisation", in.organisationCard().name());
            put(fields, "country", in.organisationCard().country());
            put(fields, "website", in.organisationCard().website());
            put(fields, "notes", in.organisationCard().notes());
            return fields;
        }
        PersonDraft d = in.draft();
        put(fields, "givenName", d.givenName());
        put(fields, "familyName", d.familyName());
        put(fields, "organisation", in.organisationName());
        put(fields, "title", d.title());
        put(fields, "country", d.country());
        put(fields, "timeZone", d.timeZone());
        put(fields, "emails", d.emails().stream().map(PreviewFields::point).collect(Collectors.joining(", ")));
        put(fields, "phones", d.phones().stream().map(PreviewFields::point).collect(Collectors.joining(", ")));
        put(fields, "languages", String.join(", ", d.languages()));
        put(fields, "tags", String.join(", ", d.tags()));
        put(fields, "birthday", d.birthday() == null ? null : d.birthday().toString());
        put(fields, "owner", d.owner());
        put(fields, "notes", d.notes());
        d.externalIds().forEach((system, id) -> put(fields, "externalIds." + system, id));
        d.customFields().forEach((name, value) -> put(fields, "custom:" + name, value));
        return fields;
    }

    private static String point(ContactPoint p) {
        return p.label() == null ? p.value() : p.value() + " (" + p.label() + ")";
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) fields.put(name, value);
    }
}
