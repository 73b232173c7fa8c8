package io.meridian.culture.internal.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document as a Jackson tree that remembers the line each value starts on, so that a
 * problem found after parsing can still name its line. Paths are dotted field names with
 * list positions in brackets: {@code scales.leading.value}, {@code phrases[2].meaning}.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedJson(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Not JSON: where the parser stopped, and why. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static LocatedJson parse(String text) throws Malformed {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) throw new Malformed(1, "the file is empty; it should hold one JSON object");
            JsonNode root = value(parser, "", lines);
            if (parser.nextToken() != null) {
                throw new Malformed(parser.currentLocation().getLineNr(), "more follows the end of the JSON object; remove it");
            }
            return new LocatedJson(root, lines);
        } catch (JsonParseException e) {
            String reason = e.getOriginalMessage().replaceAll("\\s+", " ")
                    .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)]", "line $1, column $2");
            throw new Malformed(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid JSON: " + reason);
        } catch (IOException e) {
            throw new Malformed(0, "cannot be read: " + e.getMessage());
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line the value at {@code path} starts on; the nearest enclosing value's when it is absent; 0 if none. */
    int line(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) return line;
            if (p.isEmpty()) return 0;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    private static JsonNode value(JsonParser parser, String path, Map<String, Integer> lines) throws IOException, Malformed {
        lines.put(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new Malformed(parser.currentTokenLocation().getLineNr(), "\"" + name + "\" appears twice in "
                                + (path.isEmpty() ? "the document" : path) + "; keep one");
                    }
                    parser.nextToken();
                    object.set(name, value(parser, path.isEmpty() ? name : path + "." + name, lines));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) array.add(value(parser, path + "[" + i++ + "]", lines));
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }
}
