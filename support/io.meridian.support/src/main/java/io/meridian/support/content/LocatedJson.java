package io.meridian.support.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
 * A JSON (or YAML) document as a Jackson tree that remembers the line each value starts on, so
 * that a problem found after parsing can still name its line. Paths are dotted field names with
 * list positions in brackets: {@code scales.leading.value}, {@code phrases[2].meaning}.
 * Other formats Jackson reads (the YAML front matter of an article) parse through
 * {@link #parse(JsonFactory, String, String, int)}, so this class needs no more than jackson-core.
 */
public final class LocatedJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedJson(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Not JSON: where the parser stopped, and why. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The line the parser stopped on; 0 when unknown. */
        public int line() {
            return line;
        }
    }

    public static LocatedJson parse(String text) throws Malformed {
        return parse(JSON, "JSON", text, 1);
    }

    /**
     * A document in the format {@code factory} reads, named {@code format} in messages, whose
     * first line is line {@code firstLine} of its file.
     */
    public static LocatedJson parse(JsonFactory factory, String format, String text, int firstLine) throws Malformed {
        int lineOffset = firstLine - 1;
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) throw new Malformed(1, "the " + format + " is empty; it should hold one object");
            JsonNode root = value(parser, "", lines);
            if (parser.nextToken() != null) {
                throw new Malformed(parser.currentLocation().getLineNr(), "more follows the end of the " + format + " object; remove it");
            }
            lines.replaceAll((path, line) -> line + lineOffset);
            return new LocatedJson(root, lines);
        } catch (StreamReadException e) {
            String reason = e.getOriginalMessage().replaceAll("\\s+", " ")
                    .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)]", "line $1, column $2")
                    .replaceAll(" in 'reader', line \\d+, column \\d+:", "");
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + lineOffset;
            throw new Malformed(line, "not valid " + format + ": " + reason);
        } catch (Malformed e) {
            throw new Malformed(e.line + lineOffset, e.getMessage());
        } catch (IOException e) {
            throw new Malformed(0, "cannot be read: " + e.getMessage());
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The line the value at {@code path} starts on; the nearest enclosing value's when it is absent; 0 if none. */
    public int line(String path) {
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
