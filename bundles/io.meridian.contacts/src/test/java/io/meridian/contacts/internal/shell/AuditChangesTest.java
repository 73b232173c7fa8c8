package io.meridian.contacts.internal.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditChangesTest {

    @Test
    void namesTheFieldsThatDifferWithNestedPathsAndListsAsAWhole() {
        String before = """
                {"givenName":"Anna","title":"CFO","tags":["partner"],"workingHours":{"start":"09:00","end":"17:00"},"notes":null}""";
        String after = """
                {"givenName":"Anna","title":"CEO","tags":["partner","board"],"workingHours":{"start":"09:00","end":"17:30"},"notes":null}""";
        assertEquals(List.of("title", "tags", "workingHours.end"), AuditChanges.changedFields(before, after));
    }

    @Test
    void missingNullAndEmptyCountAsTheSameNothing() {
        assertEquals(List.of(), AuditChanges.changedFields("{\"tags\":[],\"notes\":null}", "{\"customFields\":{}}"));
    }

    @Test
    void createdOrDeletedRecordsAndBrokenJsonChangeNoNamedFields() {
        assertEquals(List.of(), AuditChanges.changedFields(null, "{\"a\":1}"));
        assertEquals(List.of(), AuditChanges.changedFields("{\"a\":1}", null));
        assertEquals(List.of(), AuditChanges.changedFields("{", "{}"));
    }
}
