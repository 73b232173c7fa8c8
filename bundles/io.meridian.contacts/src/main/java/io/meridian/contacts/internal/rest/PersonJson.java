package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.support.rest.InvalidFields;
import io.meridian.support.rest.PersonFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person in REST JSON: one flat object, the editable fields of {@link PersonDraft} beside what
 * Meridian derives. The derived fields are ignored on input, so a client may send back what it
 * got; American spelling ({@code organizationId}) as everywhere in the REST API.
 */
final class PersonJson {

    /** The editable fields, in the order they are written. */
    static final List<String> EDITABLE = List.of("givenName", "familyName", "nameOrder", "organizationId", "title",
            "country", "subdivision", "timeZone", "languages", "emails", "phones", "preferredChannels", "workingHours",
            "tags", "notes", "customFields", "birthday", "owner", "externalIds", "cadenceDays", "inPersonCadenceDays");
    static final Set<String> DERIVED = Set.of("id", "version", "displayName", "organizationName", "effectiveCadenceDays",
            "effectiveInPersonCadenceDays", "lastContactAt", "lastInPersonAt", "createdAt", "updatedAt");

    private PersonJson() {
    }

    static Map<String, Object> person(Person p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("version", p.version());
        json.put("displayName", p.displayName());
        json.putAll(PersonFields.of(p.fields()));
        json.put("organizationName", p.organisationName());
        json.put("effectiveCadenceDays", p.cadenceDays());
        json.put("effectiveInPersonCadenceDays", p.inPersonCadenceDays());
        json.put("lastContactAt", p.lastContactAt());
        json.put("lastInPersonAt", p.lastInPersonAt());
        json.put("createdAt", p.createdAt());
        json.put("updatedAt", p.updatedAt());
        return json;
    }

    /** The editable fields as a client writes them: what a merge patch applies to. */
    static ObjectNode editableNode(PersonDraft d) {
        return RestJson.MAPPER.valueToTree(PersonFields.of(d));
    }


    /**
     * The draft a JSON object describes. Checks types and formats only; whether a country or an
     * email address is real is the contact service's to say.
     *
     * @throws io.meridian.api.rest.ApiException a 400 naming every field of the wrong type or format
     */
    static PersonDraft draft(ObjectNode json) {
        InvalidFields errors = new InvalidFields();
        JsonFields in = new JsonFields(json, "", "a contact", EDITABLE, DERIVED, errors);
        PersonDraft draft = new PersonDraft(in.text("givenName"), in.text("familyName"), in.choice("nameOrder", NameOrder.class),
                in.uuid("organizationId"), in.text("title"), in.text("country"), in.text("subdivision"), in.text("timeZone"),
                in.texts("languages"), in.list("emails", (e, field) -> contactPoint(e, field, "anna@example.com", errors)),
                in.list("phones", (e, field) -> contactPoint(e, field, "+49 30 901820", errors)),
                in.choices("preferredChannels", Channel.class), in.parsed("workingHours", WorkingHours::parse),
                in.texts("tags"), in.text("notes"), in.textMap("customFields"), in.parsed("birthday", Birthday::parse),
                in.text("owner"), in.textMap("externalIds"), in.integer("cadenceDays"), in.integer("inPersonCadenceDays"));
        errors.throwIfAny();
        return draft;
    }

    static Map<String, Object> summary(ContactSummary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("displayName", s.displayName());
        json.put("organizationName", s.organisationName());
        json.put("title", s.title());
        json.put("country", s.country());
        json.put("timeZone", s.timeZone());
        json.put("tags", s.tags());
        json.put("owner", s.owner());
        json.put("lastContactAt", s.lastContactAt());
        json.put("nextContactDue", s.nextContactDue());
        json.put("nextInPersonDue", s.nextInPersonDue());
        json.put("healthScore", s.healthScore());
        json.put("overdue", s.overdue());
        return json;
    }

    /** Either plain text, or {@code {"value": …, "label": …}}. */
    private static ContactPoint contactPoint(JsonNode element, String field, String example, InvalidFields errors) {
        if (element.isTextual()) return ContactPoint.of(element.textValue());
        if (element instanceof ObjectNode object) {
            JsonFields point = new JsonFields(object, field + ".", "an email or phone", List.of("value", "label"), Set.of(), errors);
            String label = point.text("label");
            if (!point.require("value", "required: the address or number itself, like \"" + example + "\"")) return null;
            String value = point.text("value");
            return value == null ? null : new ContactPoint(value, label);
        }
        errors.add(field, "write \"" + example + "\" or {\"value\": \"" + example + "\", \"label\": \"work\"}, not "
                + RestJson.describe(element));
        return null;
    }
}
