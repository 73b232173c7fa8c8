package io.meridian.contacts.internal.rest;

import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.StaleEditException;
import io.meridian.api.rest.ApiException;
import io.meridian.support.rest.InvalidFields;
import jakarta.servlet.http.HttpServletResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns what the contact services throw into the HTTP answer it stands for, so that no route
 * has to: invalid fields 400, not found 404, a stale version 409, a value a record refused 400.
 * Anything else stays as it is and becomes the workbench's 500, its details in the log.
 */
final class ServiceErrors {

    private ServiceErrors() {
    }

    static RuntimeException translate(RuntimeException e, HttpServletResponse response) {
        if (e instanceof ApiException) return e;
        if (e instanceof InvalidContactException invalid) return InvalidFields.invalid(restNames(invalid.fields()));
        if (e instanceof ContactNotFoundException missing) {
            return new ApiException(404, missing.erased().isPresent() ? "erased" : "not_found", missing.getMessage());
        }
        if (e instanceof StaleEditException stale) {
            long current = stale.currentVersion();
            // The ETag names the version now stored, for a client that retries without parsing the message.
            response.setHeader("ETag", "\"" + current + "\"");
            return new ApiException(409, "stale_version", stale.getMessage(), Map.of("version",
                    "someone changed it meanwhile; it is at version " + current + " now: GET it again, reapply your change "
                            + "and send \"version\": " + current));
        }
        if (e instanceof IllegalArgumentException refused) {
            return new ApiException(400, "bad_request", refused.getMessage() == null ? "a value of the request is not allowed"
                    : refused.getMessage());
        }
        return e;
    }

    /** The services name fields as the Java API spells them ({@code organisationId}); REST clients use American spelling. */
    private static Map<String, String> restNames(Map<String, String> fields) {
        Map<String, String> renamed = new LinkedHashMap<>();
        fields.forEach((field, message) -> renamed.put(field.replace("organisation", "organization")
                .replace("Organisation", "Organization"), message));
        return renamed;
    }
}
