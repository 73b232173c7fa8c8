package io.meridian.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.rest.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** JSON request and response bodies as every route reads and writes them. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /**
     * A mapper set up as every route speaks JSON: answers indented, and a request body with a
     * duplicate key or anything after its value refused. Add a route set's own modules to it.
     */
    public static JsonMapper.Builder mapper() {
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The request body as a JSON object; a 400 saying where it went wrong otherwise. */
    public static ObjectNode readObject(HttpServletRequest request, ObjectMapper mapper) throws IOException {
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            body = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad_json", "the request body is not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (body == null || body.isMissingNode()) {
            throw new ApiException(400, "bad_request", "this request needs a JSON object as its body; docs/api.md shows one for each route");
        }
        if (!(body instanceof ObjectNode object)) {
            throw new ApiException(400, "bad_request", "the request body must be a JSON object {…}, not " + describe(body));
        }
        return object;
    }

    /** Answers with {@code body} as JSON, never cached. */
    public static void write(HttpServletResponse response, int status, Object body, ObjectMapper mapper) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        mapper.writeValue(response.getOutputStream(), body);
    }

    /** How a JSON value reads in an error message: "a number", "a list", "true". */
    public static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case STRING -> "the text \"" + node.asText() + "\"";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
