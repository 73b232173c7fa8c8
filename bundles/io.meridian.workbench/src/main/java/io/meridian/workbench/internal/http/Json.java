package io.meridian.workbench.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meridian.api.rest.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading and writing JSON bodies, and the shape of every error: {"error": …, "detail": …}. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        MAPPER.writeValue(response.getOutputStream(), body);
    }

    public static void error(HttpServletResponse response, int status, String error, String detail) throws IOException {
        error(response, status, error, detail, Map.of());
    }

    public static void error(HttpServletResponse response, int status, String error, String detail,
                             Map<String, String> fields) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail);
        if (!fields.isEmpty()) body.put("fields", fields);
        write(response, status, body);
    }

    /** The request body as a JSON object; a 400 naming the problem if it is not one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(HttpServletRequest request) throws IOException {
        try {
            Object value = MAPPER.readValue(request.getInputStream(), Object.class);
            if (value instanceof Map<?, ?> map) return (Map<String, Object>) map;
            throw new ApiException(400, "bad_request", "the request body must be a JSON object");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "bad_json", "the request body is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }
}
