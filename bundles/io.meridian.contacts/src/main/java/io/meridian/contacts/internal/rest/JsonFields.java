package io.meridian.contacts.internal.rest;

import io.meridian.support.rest.InvalidFields;
import io.meridian.support.rest.Values;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the members of one JSON object by type. A member of the wrong type or format is
 * recorded in {@link InvalidFields} under its name and read as absent, so one pass reports
 * every problem of a request. Members the object may not have are reported when it is opened.
 */
final class JsonFields {

    private final ObjectNode node;
    private final String prefix;
    private final InvalidFields errors;

    /**
     * @param prefix what field names are reported under: {@code ""} at the top, {@code "emails[0]."} inside
     * @param what the object in words, for the message about unknown members ({@code "a contact"})
     * @param known the members it may have
     * @param ignored members it may have that are not read: derived values a client sends back as it got them
     */
    JsonFields(ObjectNode node, String prefix, String what, Collection<String> known, Collection<String> ignored,
               InvalidFields errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
        for (String name : (Iterable<String>) node::fieldNames) {
            if (known.contains(name) || ignored.contains(name)) continue;
            String hint = known.stream().filter(k -> k.equalsIgnoreCase(americanSpelling(name))).findFirst()
                    .map(k -> "did you mean \"" + k + "\"? ").orElse("");
            errors.add(prefix + name, "unknown field: " + hint + what + " has " + String.join(", ", known));
        }
    }

    /** Present and not null. */
    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** Records that a required member is missing; true if it is present. */
    boolean require(String name, String message) {
        if (has(name)) return true;
        errors.add(prefix + name, message);
        return false;
    }

    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) return null;
        if (value.isTextual()) return value.textValue();
        errors.add(prefix + name, "must be text in quotes, not " + RestJson.describe(value));
        return null;
    }

    UUID uuid(String name) {
        return parsed(name, Values::id);
    }

    LocalDate date(String name) {
        return parsed(name, Values::date);
    }

    Integer integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) return null;
        if (value.isIntegralNumber() && value.canConvertToInt()) return value.intValue();
        errors.add(prefix + name, "must be a whole number, not " + RestJson.describe(value));
        return null;
    }

    /** An integer from {@code min} to {@code max}; a missing one is reported as missing. */
    Integer integer(String name, int min, int max) {
        if (!require(name, "required: a whole number from " + min + " to " + max)) return null;
        Integer value = integer(name);
        if (value != null && (value < min || value > max)) {
            errors.add(prefix + name, "must be from " + min + " to " + max + ", not " + value);
            return null;
        }
        return value;
    }

    /** One of the constants of {@code type}, written in any case, with {@code _}, {@code -} or a space between words. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return parsed(name, text -> parseChoice(text, type));
    }

    /** A text member turned into a value by {@code parser}, whose IllegalArgumentException message is reported. */
    <T> T parsed(String name, Function<String, T> parser) {
        String text = text(name);
        if (text == null) return null;
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(prefix + name, e.getMessage());
            return null;
        }
    }

    List<String> texts(String name) {
        return list(name, (element, field) -> {
            if (element.isTextual()) return element.textValue();
            errors.add(field, "must be text in quotes, not " + RestJson.describe(element));
            return null;
        });
    }

    <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        return list(name, (element, field) -> {
            if (!element.isTextual()) {
                errors.add(field, "must be one of " + names(type) + ", not " + RestJson.describe(element));
                return null;
            }
            try {
                return parseChoice(element.textValue(), type);
            } catch (IllegalArgumentException e) {
                errors.add(field, e.getMessage());
                return null;
            }
        });
    }

    /** A list whose elements {@code reader} turns into values; the elements it cannot read (null) are left out. */
    <T> List<T> list(String name, ElementReader<T> reader) {
        JsonNode value = node.get(name);
        List<T> items = new ArrayList<>();
        if (value == null || value.isNull()) return items;
        if (!value.isArray()) {
            errors.add(prefix + name, "must be a list [ … ], not " + RestJson.describe(value));
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            String field = prefix + name + "[" + i + "]";
            JsonNode element = value.get(i);
            if (element.isNull()) {
                errors.add(field, "a list element cannot be null: leave it out instead");
                continue;
            }
            T item = reader.read(element, field);
            if (item != null) items.add(item);
        }
        return items;
    }

    /** An object whose values are all text: {@code {"hubspot": "5121"}}. */
    Map<String, String> textMap(String name) {
        JsonNode value = node.get(name);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null || value.isNull()) return map;
        if (!value.isObject()) {
            errors.add(prefix + name, "must be an object {\"name\": \"text\"}, not " + RestJson.describe(value));
            return map;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            JsonNode v = entry.getValue();
            if (v.isTextual()) map.put(entry.getKey(), v.textValue());
            else if (!v.isNull()) errors.add(prefix + name + "." + entry.getKey(), "must be text in quotes, not " + RestJson.describe(v));
        }
        return map;
    }

    /** Reads one element of a list; reports a problem under {@code field} ({@code "emails[2]"}) and returns null. */
    interface ElementReader<T> {
        T read(JsonNode element, String field);
    }

    static <E extends Enum<E>> E parseChoice(String text, Class<E> type) {
        String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(constant)) return value;
        }
        throw new IllegalArgumentException("\"" + text + "\" is not one of " + names(type));
    }

    static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** The Java API spells Organisation the British way; this is the slip a client most likely makes. */
    private static String americanSpelling(String name) {
        return name.replace("organisation", "organization").replace("Organisation", "Organization");
    }
}
