package io.meridian.crm.internal.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.crm.internal.export.CsvGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records an import could not take, as a CSV to fix and import again: where and why,
 * then the record's own columns. UTF-8 with a BOM, so that Excel opens it with its accents.
 * Every cell a spreadsheet would run as a formula is guarded (see {@link CsvGuard}).
 */
final class RejectedCsv {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> RECORD = new TypeReference<>() {
    };

    private RejectedCsv() {
    }

    static void write(ImportJournal journal, long id, OutputStream out) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        journal.rejected(id, (line, column, reason, json) -> {
            Map<String, String> record = json == null ? Map.of() : read(json);
            columns.addAll(record.keySet());
            rows.add(new Object[]{line, column, reason, record});
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(List.of("Line", "Column", "Reason"));
        header.addAll(columns);
        csv.printRecord(header.stream().map(RejectedCsv::guard).toList());
        for (Object[] row : rows) {
            List<String> cells = new ArrayList<>(List.of(row[0].toString(), row[1] == null ? "" : (String) row[1], (String) row[2]));
            @SuppressWarnings("unchecked") Map<String, String> record = (Map<String, String>) row[3];
            for (String c : columns) cells.add(record.getOrDefault(c, ""));
            csv.printRecord(cells.stream().map(RejectedCsv::guard).toList());
        }
        csv.flush();
    }

    /** A cell as the rejected-rows CSV writes it: see {@link CsvGuard}. */
    static String guard(String cell) {
        return CsvGuard.guard(cell);
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, RECORD);
        } catch (IOException e) {
            throw new UncheckedIOException("a rejected record's stored values cannot be read", e);
        }
    }
}
