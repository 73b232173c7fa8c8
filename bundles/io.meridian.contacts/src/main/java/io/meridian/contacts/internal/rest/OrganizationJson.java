package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.support.rest.InvalidFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation in REST JSON: {@code {id, version, name, country, website, notes, createdAt,
 * updatedAt}}. As for people, the derived fields are ignored on input.
 */
final class OrganizationJson {

    static final List<String> EDITABLE = List.of("name", "country", "website", "notes");
    static final Set<String> DERIVED = Set.of("id", "version", "createdAt", "updatedAt");

    private OrganizationJson() {
    }

    static Map<String, Object> organization(Organisation o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", o.id());
        json.put("version", o.version());
        json.putAll(editable(o));
        json.put("createdAt", o.createdAt());
        json.put("updatedAt", o.updatedAt());
        return json;
    }

    static ObjectNode editableNode(Organisation o) {
        return RestJson.MAPPER.valueToTree(editable(o));
    }

    /** @throws io.meridian.api.rest.ApiException a 400 naming every field of the wrong type */
    static OrganisationDraft draft(ObjectNode json) {
        InvalidFields errors = new InvalidFields();
        JsonFields in = new JsonFields(json, "", "an organization", EDITABLE, DERIVED, errors);
        OrganisationDraft draft = new OrganisationDraft(in.text("name"), in.text("country"), in.text("website"), in.text("notes"));
        errors.throwIfAny();
        return draft;
    }

    private static Map<String, Object> editable(Organisation o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", o.name());
        json.put("country", o.country());
        json.put("website", o.website());
        json.put("notes", o.notes());
        return json;
    }
}
