package io.meridian.api.contacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that cannot be stored, with one message per invalid field (by the field's JSON name, e.g. {@code "emails[1]"}). */
public class InvalidContactException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> fields;

    public InvalidContactException(Map<String, String> fields) {
        super(describe(fields));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }

    private static String describe(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((field, message) -> text.append(text.length() == 0 ? "" : "; ").append(field).append(": ").append(message));
        return text.toString();
    }
}
