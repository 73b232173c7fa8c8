package io.meridian.contacts.internal.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields an audited change touched, from the before and after JSON the audit history
 * keeps: {@code title, workingHours.end, tags}. Lists count as one field, since a changed list
 * is read as a whole.
 */
final class AuditChanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChanges() {
    }

    /** The paths whose values differ; empty when either side is missing or not JSON. */
    static List<String> changedFields(String before, String after) {
        if (before == null || after == null) return List.of();
        try {
            Set<String> changed = new LinkedHashSet<>();
            diff("", JSON.readTree(before), JSON.readTree(after), changed);
            return new ArrayList<>(changed);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static void diff(String path, JsonNode before, JsonNode after, Set<String> changed) {
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path.isEmpty() ? name : path + "." + name, orNull(before.get(name)), orNull(after.get(name)), changed);
            }
        } else if (!equivalent(before, after)) {
            changed.add(path.isEmpty() ? "(the whole record)" : path);
        }
    }

    /** Equal, counting a missing value, null, an empty list and an empty object as the same "nothing". */
    private static boolean equivalent(JsonNode a, JsonNode b) {
        return a.equals(b) || (empty(a) && empty(b));
    }

    private static boolean empty(JsonNode n) {
        return n.isNull() || (n.isContainerNode() && n.isEmpty());
    }

    private static JsonNode orNull(JsonNode n) {
        return n == null ? NullNode.getInstance() : n;
    }
}
