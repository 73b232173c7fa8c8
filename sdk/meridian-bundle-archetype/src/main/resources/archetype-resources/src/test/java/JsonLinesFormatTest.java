package ${package};

import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesFormatTest {

    private final JsonLinesFormat format = new JsonLinesFormat();

    private static ImportSource source(String name, String text) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void itIsSureOfJsonLinesAndNotOfACsvFile() throws IOException {
        assertEquals(90, format.detect(source("people.jsonl", "\n{\"name\": \"Ana Pérez\"}\n")));
        assertEquals(0, format.detect(source("people.csv", "name,email\nAna,ana@example.uy\n")));
        assertEquals(0, format.detect(source("empty.jsonl", "")));
    }

    @Test
    void eachObjectIsARecordWithItsLineNumberAndBlankLinesAreSkipped() throws IOException {
        List<ImportRecord> records = new ArrayList<>();
        format.read(source("people.jsonl", "{\"name\": \"Ana Pérez\", \"country\": \"UY\", \"age\": 41, \"fax\": null}\n\n"
                + "{\"name\": \"Luis Suárez\", \"tags\": [\"partner\"]}\n"), records::add);
        assertEquals(List.of(new ImportRecord(1, Map.of("name", "Ana Pérez", "country", "UY", "age", "41")),
                new ImportRecord(3, Map.of("name", "Luis Suárez", "tags", "[\"partner\"]"))), records);
    }

    @Test
    void aLineThatIsNotAnObjectIsNamedWithItsFileAndLineAndTheRecordsBeforeItStayPassed() {
        List<ImportRecord> records = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> format.read(source("people.jsonl", "{\"name\": \"Ana\"}\n[1, 2]\n"), records::add));
        assertTrue(e.getMessage().startsWith("people.jsonl line 2: a JSON array, not an object"), e.getMessage());
        assertEquals(1, records.size());
        IOException broken = assertThrows(IOException.class, () -> format.read(source("people.jsonl", "{\"name\": \"Ana\"\n"), r -> { }));
        assertTrue(broken.getMessage().startsWith("people.jsonl line 1: not a JSON object"), broken.getMessage());
    }
}
