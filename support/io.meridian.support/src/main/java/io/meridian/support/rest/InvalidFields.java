package io.meridian.support.rest;

import io.meridian.api.rest.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems found in one request, one message per field, so that a client can mark them
 * all at once instead of learning of them one round trip at a time.
 */
public final class InvalidFields {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** Keeps the first message for a field: it is the one nearest the cause. */
    public void add(String field, String message) {
        messages.putIfAbsent(field, message);
    }

    /** @throws ApiException a 400 naming every field added so far, if any */
    public void throwIfAny() {
        if (!messages.isEmpty()) throw invalid(messages);
    }

    /** The 400 for invalid fields, whether the route or the service behind it found them. */
    public static ApiException invalid(Map<String, String> fields) {
        StringBuilder detail = new StringBuilder(fields.size() == 1 ? "1 field is invalid" : fields.size() + " fields are invalid");
        detail.append(" (see \"fields\"); correct ").append(fields.size() == 1 ? "it" : "them").append(" and send the request again: ");
        String separator = "";
        for (Map.Entry<String, String> field : fields.entrySet()) {
            detail.append(separator).append(field.getKey()).append(": ").append(field.getValue());
            separator = "; ";
        }
        return new ApiException(400, "invalid_fields", detail.toString(), fields);
    }
}
