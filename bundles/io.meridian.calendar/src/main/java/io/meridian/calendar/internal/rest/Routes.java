package io.meridian.calendar.internal.rest;

import io.meridian.api.rest.ApiException;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NoSuchElementException;

/** What the calendar's and the agenda's routes share: how refusals become error bodies, and how dates are read. */
final class Routes {

    /** A route's work, which may refuse its input. */
    interface Work {
        void run() throws IOException;
    }

    private Routes() {
    }

    /**
     * Runs a route: what the calendar refuses becomes a 400 with its message, a missing person a
     * 404, a missing service a 503; never a stack trace.
     */
    static void answer(Work work) throws IOException {
        try {
            work.run();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_request", e.getMessage());
        } catch (DateTimeException e) {
            throw new ApiException(400, "bad_request", "a date or time is out of range: " + e.getMessage() + "; use days between 1900 and 2100");
        } catch (NoSuchElementException e) {
            throw new ApiException(404, "not_found", e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(503, "unavailable", e.getMessage());
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date: write 2026-05-04");
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an instant: write 2026-05-07T07:00:00Z, as a slot's start is written");
        }
    }
}
