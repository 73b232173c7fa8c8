package io.meridian.support.rest;

import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The query parameters of a GET, read by type. Like body fields, an unknown or malformed
 * parameter is reported by name, all of them in one 400, when {@link #check()} is called.
 */
public final class QueryParameters {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final InvalidFields errors = new InvalidFields();

    public QueryParameters(HttpServletRequest request, List<String> allowed) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                errors.add(name, "unknown parameter: this route takes " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            } else {
                String value = parameter.getValue().length == 0 ? "" : parameter.getValue()[0].strip();
                if (!value.isEmpty()) values.put(name, value);
            }
        }
    }

    /** The value, or null when absent or empty. */
    public String text(String name) {
        return values.get(name);
    }

    public int integer(String name, int fallback, int min, int max) {
        String text = values.get(name);
        if (text == null) return fallback;
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.add(name, "must be a whole number from " + min + " to " + max + ", not \"" + text + "\"");
        return fallback;
    }

    public double decimal(String name, double fallback, double min, double max) {
        String text = values.get(name);
        if (text == null) return fallback;
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.add(name, "must be a number from " + min + " to " + max + ", not \"" + text + "\"");
        return fallback;
    }

    /** {@code true} or {@code false}; null when absent. */
    public Boolean flag(String name) {
        String text = values.get(name);
        if (text == null) return null;
        if (text.equalsIgnoreCase("true")) return Boolean.TRUE;
        if (text.equalsIgnoreCase("false")) return Boolean.FALSE;
        errors.add(name, "must be true or false, not \"" + text + "\"");
        return null;
    }

    /**
     * The value read by {@code parser}, which throws an {@link IllegalArgumentException} whose
     * message says what is wrong; {@code fallback} when absent or wrong (then reported by {@link #check()}).
     */
    public <T> T parsed(String name, Function<String, T> parser, T fallback) {
        String text = values.get(name);
        if (text == null) return fallback;
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(name, e.getMessage());
            return fallback;
        }
    }

    /** @throws io.meridian.api.rest.ApiException a 400 naming every bad parameter */
    public void check() {
        errors.throwIfAny();
    }
}
