package ${package};

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSource;
import org.osgi.service.component.annotations.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Contacts exported as JSON Lines: one JSON object a line, such as
 * {@code {"name": "Ana Pérez", "email": "ana@example.uy", "country": "UY"}}. Each object becomes
 * one record whose fields are its members, text as written; the importer maps fields to a
 * contact. Replace it with the export your users have: the shape stays the same.
 */
@Component(service = ImportFormat.class)
public class JsonLinesFormat implements ImportFormat {

    /** How much of a source {@link #detect} reads at most. */
    static final int DETECT_BYTES = 8 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String displayName() {
        return "JSON Lines (one contact a line)";
    }

    /** Sure (90) when the first line that is not blank is a JSON object, else 0. */
    @Override
    public int detect(ImportSource source) throws IOException {
        try (var in = source.open()) {
            String head = new String(in.readNBytes(DETECT_BYTES), StandardCharsets.UTF_8);
            for (String line : head.split("\\R")) {
                if (line.isBlank()) continue;
                try {
                    return JSON.readTree(line).isObject() ? 90 : 0;
                } catch (JsonProcessingException e) {
                    return 0; // not JSON, or the first line is longer than what was read
                }
            }
            return 0;
        }
    }

    @Override
    public void read(ImportSource source, Consumer<ImportRecord> records) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                JsonNode object;
                try {
                    object = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(source.name() + " line " + number + ": not a JSON object (" + e.getOriginalMessage()
                            + "); each line must be one object such as {\"name\": \"Ana Pérez\"}", e);
                }
                if (!object.isObject()) {
                    throw new IOException(source.name() + " line " + number + ": a JSON " + object.getNodeType().name().toLowerCase()
                            + ", not an object; each line must be one object such as {\"name\": \"Ana Pérez\"}");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> member = it.next();
                    if (!member.getValue().isNull()) fields.put(member.getKey(), member.getValue().isValueNode() ? member.getValue().asText() : member.getValue().toString());
                }
                records.accept(new ImportRecord(number, fields));
            }
        }
    }
}
