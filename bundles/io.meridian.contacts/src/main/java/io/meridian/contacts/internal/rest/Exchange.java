package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.Origin;
import io.meridian.api.rest.ApiException;
import io.meridian.support.rest.QueryParameters;
import io.meridian.support.rest.InvalidFields;
import io.meridian.support.rest.Values;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One request to a contacts route and its response: the path below the route, the body, the version, the origin. */
final class Exchange {

    /** The header the workbench's own pages send, so that the audit history tells their changes from scripts'. */
    static final String CLIENT_HEADER = "X-Meridian-Client";
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d+)\"?");

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    /** The path segments after the route ({@code /api/v1/contacts}): {@code [id, "commitments", cid]}. */
    private final List<String> path = new ArrayList<>();

    Exchange(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
        String info = request.getPathInfo();
        if (info != null) {
            for (String part : info.split("/")) if (!part.isEmpty()) path.add(part);
        }
    }

    /** True if the path below the route is exactly {@code shape}, where {@code "*"} matches any segment. */
    boolean is(String... shape) {
        if (path.size() != shape.length) return false;
        for (int i = 0; i < shape.length; i++) {
            if (!"*".equals(shape[i]) && !shape[i].equals(path.get(i))) return false;
        }
        return true;
    }

    UUID id(int segment) {
        try {
            return Values.id(path.get(segment));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_id", "in " + request.getRequestURI() + ", " + e.getMessage());
        }
    }

    Origin origin() {
        return "workbench".equalsIgnoreCase(request.getHeader(CLIENT_HEADER)) ? Origin.UI : Origin.API;
    }

    ObjectNode body() throws IOException {
        return RestJson.readObject(request);
    }

    QueryParameters query(String... allowed) {
        return new QueryParameters(request, List.of(allowed));
    }

    /**
     * The version the client read, from {@code "version"} in the body (taken out of it) or from
     * an {@code If-Match} header. Required, so that a change made meanwhile is never overwritten.
     */
    long expectedVersion(ObjectNode body) {
        JsonNode inBody = body.remove("version");
        Long fromBody = null;
        if (inBody != null && !inBody.isNull()) {
            if (!inBody.isIntegralNumber() || !inBody.canConvertToLong()) {
                throw InvalidFields.invalid(Map.of("version", "must be the version you read, a whole number like 3, not "
                        + RestJson.describe(inBody)));
            }
            fromBody = inBody.longValue();
        }
        String header = request.getHeader("If-Match");
        Long fromHeader = null;
        if (header != null) {
            Matcher tag = ENTITY_TAG.matcher(header.strip());
            if (!tag.matches()) {
                throw new ApiException(400, "bad_if_match", "If-Match: " + header + " is not a version: send the ETag of "
                        + "your GET, like If-Match: \"3\"");
            }
            fromHeader = Long.parseLong(tag.group(1));
        }
        if (fromBody != null && fromHeader != null && !fromBody.equals(fromHeader)) {
            throw new ApiException(400, "version_mismatch", "the body says version " + fromBody + " but If-Match says "
                    + fromHeader + "; send one of them");
        }
        if (fromBody == null && fromHeader == null) {
            throw new ApiException(428, "version_required", "say which version you changed: \"version\": N in the body, or "
                    + "If-Match: \"N\" with the ETag of your GET; without it a change made meanwhile would be overwritten",
                    Map.of("version", "required: the version you read"));
        }
        return fromBody != null ? fromBody : fromHeader;
    }

    void etag(long version) {
        response.setHeader("ETag", "\"" + version + "\"");
    }

    void ok(Object body) throws IOException {
        RestJson.write(response, 200, body);
    }

    void created(String location, Object body) throws IOException {
        response.setHeader("Location", location);
        RestJson.write(response, 201, body);
    }

    /** 201 for a record that has no URL of its own (an interaction, a commitment…). */
    void created(Object body) throws IOException {
        RestJson.write(response, 201, body);
    }

    /** Answers with a file the browser saves rather than shows. */
    void attachment(String fileName, Object body) throws IOException {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        RestJson.write(response, 200, body);
    }

    ApiException noRoute() {
        return new ApiException(404, "not_found", "no route " + request.getMethod() + " " + request.getRequestURI()
                + "; docs/api.md lists the contacts routes");
    }
}
