package io.meridian.crm.internal.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated tables under {@code normalise/} in this bundle: lines starting with
 * {@code #} are comments, blank lines are skipped, and every other line must have the table's
 * number of columns. The tables ship with the bundle and are checked by its tests, so a broken
 * row is a build mistake: it fails loudly, naming the file and line, instead of being skipped.
 */
final class ResourceTable {

    /** One data line; {@code line} is 1-based, as an editor shows it. */
    record Row(String table, int line, List<String> cells) {

        String cell(int column) {
            return cells.get(column);
        }

        /** The cell split at {@code |}, for columns that list several names of one thing. */
        List<String> names(int column) {
            return Arrays.stream(cells.get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        IllegalStateException broken(String why) {
            return new IllegalStateException(table + " line " + line + ": " + why + " (fix the table in the crm bundle's resources)");
        }
    }

    private ResourceTable() {
    }

    /** Every data row of {@code normalise/<name>}, each with at least {@code columns} cells. */
    static List<Row> read(String name, int columns) {
        String table = "normalise/" + name;
        try (InputStream in = ResourceTable.class.getResourceAsStream("/" + table)) {
            if (in == null) throw new IllegalStateException(table + " is missing from the crm bundle");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                Row row = new Row(table, number, Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
                if (row.cells().size() < columns) {
                    throw row.broken("expected " + columns + " tab-separated columns, found " + row.cells().size());
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + table + " from the crm bundle", e);
        }
    }
}
