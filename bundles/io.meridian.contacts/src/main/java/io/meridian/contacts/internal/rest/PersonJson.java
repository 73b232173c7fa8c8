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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        json.putAll(editable(p.fields()));
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
        return RestJson.MAPPER.valueToTree(editable(d));
    }

    private static Map<String, Object> editable(PersonDraft d) {
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
        json.put("emails", d.emails().stream().map(PersonJson::contactPoint).toList());
        json.put("phones", d.phones().stream().map(PersonJson::contactPoint).toList());
        json.put("preferredChannels", d.preferredChannels().stream().map(PersonJson::lowerCase).toList());
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
