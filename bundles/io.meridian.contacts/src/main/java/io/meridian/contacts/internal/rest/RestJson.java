package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.meridian.api.contacts.Page;
import io.meridian.support.rest.JsonBodies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON conventions of the contacts routes: ISO-8601 dates and instants, enum values in
 * lower case ({@code "in_person"}), and request bodies that must be one JSON object without
 * duplicate keys.
 */
final class RestJson {

    static final ObjectMapper MAPPER = JsonBodies.mapper()
            .addModule(new JavaTimeModule())
            .addModule(lowerCaseEnums())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private RestJson() {
    }

    /** The request body as a JSON object; a 400 saying where it went wrong otherwise. */
    static ObjectNode readObject(HttpServletRequest request) throws IOException {
        return JsonBodies.readObject(request, MAPPER);
    }

    static void write(HttpServletResponse response, int status, Object body) throws IOException {
        JsonBodies.write(response, status, body, MAPPER);
    }

    /**
     * A page of results: {@code {"items": […], "total", "totalExact", "offset", "limit"}}; when
     * {@code totalExact} is false, {@code total} is a lower bound (counting stops past the page).
     */
    static <T> Map<String, Object> page(Page<T> page, Function<T, Object> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", page.items().stream().map(item).toList());
        json.put("total", page.total());
        json.put("totalExact", page.totalExact());
        json.put("offset", page.offset());
        json.put("limit", page.limit());
        return json;
    }

    /** How a JSON value reads in an error message: "a number", "a list", "true". */
    static String describe(JsonNode node) {
        return JsonBodies.describe(node);
    }

    /** Java enum constants are upper case; JSON in this API is lower case, as clients write it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SimpleModule lowerCaseEnums() {
        SimpleModule module = new SimpleModule("meridian-lower-case-enums");
        module.addSerializer((Class) Enum.class, new StdSerializer<Enum>(Enum.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        return module;
    }
}
