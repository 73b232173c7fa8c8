package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.meridian.api.contacts.AuditEntry;
import io.meridian.api.contacts.ContactExport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's export and audit history in REST JSON. */
final class ExportJson {

    private ExportJson() {
    }

    static Map<String, Object> export(ContactExport e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("exportedAt", e.exportedAt());
        json.put("person", PersonJson.person(e.person()));
        json.put("organization", e.organisation() == null ? null : OrganizationJson.organization(e.organisation()));
        json.put("interactions", e.interactions());
        json.put("commitments", e.commitments());
        json.put("trust", e.trust().stream().map(RelationshipJson::trust).toList());
        json.put("introductions", e.introductions());
        json.put("health", e.health());
        json.put("history", history(e.history()));
        return json;
    }

    static List<Map<String, Object>> history(List<AuditEntry> entries) {
        return entries.stream().map(ExportJson::entry).toList();
    }

    private static Map<String, Object> entry(AuditEntry a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("at", a.at());
        json.put("entity", "organisation".equals(a.entity()) ? "organization" : a.entity());
        json.put("entityId", a.entityId());
        json.put("personId", a.personId());
        json.put("action", a.action());
        json.put("before", embedded(a.before()));
        json.put("after", embedded(a.after()));
        json.put("origin", a.origin());
        return json;
    }

    /** The recorded JSON as JSON rather than as a string a client would have to parse again. */
    private static Object embedded(String recorded) {
        if (recorded == null) return null;
        try {
            return RestJson.MAPPER.readTree(recorded);
        } catch (JsonProcessingException e) {
            return recorded;
        }
    }
}
