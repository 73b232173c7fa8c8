package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MergePatchTest {

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) RestJson.MAPPER.readTree(text);
    }

    @Test
    void absentMembersStayNullMembersGoObjectsMergeAndListsAreReplaced() throws Exception {
        ObjectNode target = json("""
                {"title": "CTO", "notes": "x", "tags": ["a", "b"], "customFields": {"dog": "Rex", "met at": "Messe"}}""");
        ObjectNode patch = json("""
                {"notes": null, "tags": ["c"], "customFields": {"dog": null, "cat": "Tom"}, "owner": "sam"}""");
        assertEquals(json("""
                {"title": "CTO", "tags": ["c"], "customFields": {"met at": "Messe", "cat": "Tom"}, "owner": "sam"}"""),
                MergePatch.apply(target, patch));
    }

    @Test
    void nullsInsideANewObjectAreDroppedAndTheTargetIsNotChanged() throws Exception {
        ObjectNode target = json("{\"title\": \"CTO\"}");
        ObjectNode patched = MergePatch.apply(target, json("{\"customFields\": {\"a\": \"1\", \"b\": null}}"));
        assertEquals(json("{\"title\": \"CTO\", \"customFields\": {\"a\": \"1\"}}"), patched);
        assertEquals(json("{\"title\": \"CTO\"}"), target);
    }
}
