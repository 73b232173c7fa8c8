package io.meridian.api.rest;

import java.util.Objects;

/**
 * Thrown by a route to answer with an error. Whichever bundle's route throws it, the
 * workbench answers {@code {"error": error, "detail": detail}} with the given HTTP status.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    /**
     * @param status HTTP status code, 400–599
     * @param error short machine-friendly error name ({@code "not_found"})
     * @param detail a sentence for a person: what, where, how to fix it
     */
    public ApiException(int status, String error, String detail) {
        super(detail);
        if (status < 400 || status > 599) throw new IllegalArgumentException("not an error status: " + status);
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
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
}
