package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * JSON merge patch (RFC 7396): a member absent from the patch stays as it is, a member set to
 * null is removed, an object is merged member by member, anything else (lists included)
 * replaces the old value.
 */
final class MergePatch {

    private MergePatch() {
    }

    /** Applies {@code patch} to a copy of {@code target}. */
    static ObjectNode apply(ObjectNode target, ObjectNode patch) {
        ObjectNode result = target.deepCopy();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                result.remove(name);
            } else if (value instanceof ObjectNode object) {
                JsonNode old = result.get(name);
                result.set(name, apply(old instanceof ObjectNode o ? o : result.objectNode(), object));
            } else {
                result.set(name, value.deepCopy());
            }
        }
        return result;
    }
}
