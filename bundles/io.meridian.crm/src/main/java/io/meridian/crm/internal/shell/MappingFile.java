package io.meridian.crm.internal.shell;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.shell.CommandException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A mapping file: where columns go, and optionally the source system and default country.
 * <pre>{@code
 * { "columns": { "E-mail Work": "email:work", "Lead Status": "custom:Lead Status", "Fax": "ignore" },
 *   "system": "mycrm", "defaultCountry": "DE" }
 * }</pre>
 */
record MappingFile(Map<String, String> columns, String system, String defaultCountry) {

    private static final Set<String> KEYS = Set.of("columns", "system", "defaultCountry");

    static MappingFile read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new CommandException("no mapping file " + file + ": check the path (the workbench reads it, so give an absolute path)");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CommandException(file + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new CommandException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new CommandException(file + ": a mapping is a JSON object with a \"columns\" object");
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new CommandException(file + ": unknown key \"" + name + "\"; a mapping has columns, system and defaultCountry");
            }
        }
        JsonNode columns = root.path("columns");
        if (!columns.isObject()) throw new CommandException(file + ": \"columns\" must be an object of column name to field");
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new CommandException(file + ": columns." + e.getKey() + " must be a text such as \"email:work\" or \"ignore\"");
            }
            map.put(e.getKey(), e.getValue().asText());
        }
        return new MappingFile(map, text(root, "system"), text(root, "defaultCountry"));
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }
}
