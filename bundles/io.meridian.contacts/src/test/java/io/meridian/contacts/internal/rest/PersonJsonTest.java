package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.api.rest.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonJsonTest {

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) RestJson.MAPPER.readTree(text);
    }

    @Test
    void readsEveryFieldAcceptingPlainStringsForEmailsAndChannelsInAnyCase() throws Exception {
        UUID organization = UUID.randomUUID();
        PersonDraft draft = PersonJson.draft(json("""
                {"givenName": "Kenji", "familyName": "Sato", "nameOrder": "family_first", "organizationId": "%s",
                 "emails": ["kenji@example.jp", {"value": "k@example.com", "label": "work"}], "phones": ["+81 3-1234-5678"],
                 "preferredChannels": ["IN_PERSON", "video"], "workingHours": "09:00-17:30", "birthday": "--04-23",
                 "customFields": {"sake": "junmai"}, "cadenceDays": 14, "displayName": "ignored, it is derived"}"""
                .formatted(organization)));
        assertEquals(NameOrder.FAMILY_FIRST, draft.nameOrder());
        assertEquals(organization, draft.organisationId());
        assertEquals(List.of(ContactPoint.of("kenji@example.jp"), new ContactPoint("k@example.com", "work")), draft.emails());
        assertEquals(List.of(Channel.IN_PERSON, Channel.VIDEO), draft.preferredChannels());
        assertEquals(WorkingHours.parse("09:00-17:30"), draft.workingHours());
        assertEquals(new Birthday(null, 4, 23), draft.birthday());
        assertEquals(Map.of("sake", "junmai"), draft.customFields());
        assertEquals(14, draft.cadenceDays());
    }

    @Test
    void namesEveryFieldOfTheWrongTypeOrFormatInOneError() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> PersonJson.draft(json("""
                {"givenName": 7, "birthday": "1980-02-30", "workingHours": "late", "preferredChannels": ["email", "pigeon"],
                 "emails": [{"label": "work"}, 3], "tags": "vip", "cadenceDays": 1.5, "organisationId": "x", "nickname": "K"}""")));
        assertEquals(400, e.status());
        assertEquals(Set.of("givenName", "birthday", "workingHours", "preferredChannels[1]", "emails[0].value", "emails[1]",
                "tags", "cadenceDays", "organisationId", "nickname"), e.fields().keySet());
        assertTrue(e.fields().get("organisationId").contains("did you mean \"organizationId\""), e.fields().toString());
        assertTrue(e.fields().get("preferredChannels[1]").contains("in_person"), "lists the channels: " + e.fields());
    }

    @Test
    void writesAFlatPersonThatReadsBackToTheSameDraft() throws Exception {
        PersonDraft draft = new PersonDraft("Anna", "Schmidt", null, null, "CTO", "DE", "DE-BE", "Europe/Berlin", List.of("de"),
                List.of(new ContactPoint("anna@example.com", "work")), List.of(ContactPoint.of("+4930901820")),
                List.of(Channel.IN_PERSON), WorkingHours.parse("08:00-16:00"), List.of("partner"), "notes",
                Map.of("k", "v"), Birthday.parse("1980-04-23"), "sam", Map.of("hubspot", "5121"), null, 90);
        Person person = new Person(UUID.randomUUID(), 3, draft, "Anna Schmidt", null, Instant.EPOCH, Instant.EPOCH, null, null, 30, 90);
        Map<String, Object> json = PersonJson.person(person);
        assertEquals(30, json.get("effectiveCadenceDays"));
        assertEquals(null, json.get("cadenceDays"));
        assertEquals(List.of("in_person"), json.get("preferredChannels"));
        assertEquals(draft, PersonJson.draft(RestJson.MAPPER.valueToTree(json)));
    }
}
