package io.meridian.api.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by a route to answer with an error. Whichever bundle's route throws it, the
 * workbench answers {@code {"error": error, "detail": detail}} with the given HTTP status,
 * plus {@code "fields": {field: message}} when the request had invalid fields.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final Map<String, String> fields;

    /**
     * @param status HTTP status code, 400–599
     * @param error short machine-friendly error name ({@code "not_found"})
     * @param detail a sentence for a person: what, where, how to fix it
     */
    public ApiException(int status, String error, String detail) {
        this(status, error, detail, Map.of());
    }

    /**
     * @param fields one message per invalid field of the request, keyed by the field's name as
     *        the request spelled it ({@code "emails[1]"}); kept in the given order
     */
    public ApiException(int status, String error, String detail, Map<String, String> fields) {
        super(detail);
        if (status < 400 || status > 599) throw new IllegalArgumentException("not an error status: " + status);
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    /** Per-field messages; empty when the error is not about particular fields. */
    public Map<String, String> fields() {
        return fields;
    }
}
