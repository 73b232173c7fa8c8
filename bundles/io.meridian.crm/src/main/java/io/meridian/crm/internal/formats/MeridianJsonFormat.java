package io.meridian.crm.internal.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSink;
import io.meridian.api.importing.ImportSource;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Meridian's own export ({@code crm:export}, {@code GET /api/v1/export}): an object whose
 * {@code people} array holds each person as the REST API writes one. Read one person at a time
 * with Jackson's streaming parser, so that a large export needs no more memory than a small one,
 * and flattened into named fields that the {@code meridian} preset maps one to one.
 */
@Component(service = ImportFormat.class)
public final class MeridianJsonFormat implements ImportFormat {

    /** What the export's {@code format} member says. */
    public static final String FORMAT = "meridian-contacts";
    /** Every record carries this field, so that the meridian preset recognises it. */
    static final String MARKER = "MERIDIAN";
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1024 * 1024).build()).build());

    @Override
    public String id() {
        return "meridian-json";
    }

    @Override
    public String displayName() {
        return "Meridian export (JSON)";
    }

    @Override
    public int detect(ImportSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(4096);
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (!text.startsWith("{")) return 0;
        return text.contains("\"" + FORMAT + "\"") ? 95 : 10;
    }

    @Override
    public void read(ImportSource source, Consumer<ImportRecord> records) throws IOException {
        ImportSink sink = ImportSink.of(records);
        try (InputStream in = source.open(); JsonParser parser = JSON.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                sink.reject(1, null, "not a Meridian export: it should be a JSON object with \"format\": \"" + FORMAT
                        + "\" and a \"people\" list");
                return;
            }
            boolean people = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("format") && !FORMAT.equals(parser.getValueAsString())) {
                    sink.reject(parser.currentLocation().getLineNr(), "format", "\"" + parser.getValueAsString()
                            + "\" is not a Meridian export; export the contacts again with crm:export");
                    return;
                }
                if (name.equals("people") && value == JsonToken.START_ARRAY) {
                    people = true;
                    readPeople(parser, sink);
                } else {
                    parser.skipChildren();
                }
            }
            if (!people) sink.reject(1, "people", "the export holds no \"people\" list: nothing to import");
        } catch (JsonParseException e) {
            sink.reject(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), null, "the JSON breaks off here ("
                    + e.getOriginalMessage() + "): the people before this point were read, the rest were not");
        }
    }

    private static void readPeople(JsonParser parser, ImportSink sink) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode person = JSON.readTree(parser);
            sink.accept(new ImportRecord(Math.max(1, line), fields(person)));
        }
    }

    /** A person as named fields: lists numbered ("emails 1", "emails 1 label"), maps by key ("custom:Name"). */
    static Map<String, String> fields(JsonNode person) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(MARKER, "1");
        for (Iterator<Map.Entry<String, JsonNode>> it = person.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) continue;
            switch (name) {
                case "emails", "phones" -> {
                    int i = 0;
                    for (JsonNode point : v) {
                        i++;
                        f.put(name + " " + i, point.isObject() ? point.path("value").asText() : point.asText());
                        if (point.hasNonNull("label")) f.put(name + " " + i + " label", point.path("label").asText());
                    }
                }
                case "customFields" -> v.fields().forEachRemaining(c -> f.put("custom:" + c.getKey(), c.getValue().asText()));
                case "externalIds" -> v.fields().forEachRemaining(x -> f.put("externalIds." + x.getKey(), x.getValue().asText()));
                default -> {
                    if (v.isArray()) {
                        StringBuilder joined = new StringBuilder();
                        for (JsonNode item : v) joined.append(joined.length() == 0 ? "" : " ::: ").append(item.asText());
                        f.put(name, joined.toString());
                    } else if (!v.isObject()) {
                        f.put(name, v.asText());
                    }
                }
            }
        }
        return f;
    }
}
