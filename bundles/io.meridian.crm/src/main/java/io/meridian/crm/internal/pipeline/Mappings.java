package io.meridian.crm.internal.pipeline;

import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRecord;
import io.meridian.crm.internal.mapping.Mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapping of each set of columns an import meets: a CSV file's records all have the
 * header's, a vCard's vary from card to card. The last one is checked first, without copying
 * the record's columns; the others are kept, the 256 used last.
 */
final class Mappings {

    private final ImportOptions options;
    private final Map<List<String>, Mapping> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, Mapping> eldest) {
            return size() > 256;
        }
    };
    private List<String> lastColumns;
    private Mapping last;
    private String preset;

    Mappings(ImportOptions options) {
        this.options = options;
    }

    Mapping of(ImportRecord record) {
        if (last != null && sameColumns(record.fields().keySet(), lastColumns)) return last;
        List<String> columns = List.copyOf(record.fields().keySet());
        last = known.computeIfAbsent(columns, c -> {
            Mapping m = Mapping.of(c, options.mapping(), null, options.system());
            if (preset == null) preset = m.preset().map(p -> p.id()).orElse(null);
            return m;
        });
        lastColumns = columns;
        return last;
    }

    /** The preset the first records were recognised as, or null. */
    String preset() {
        return preset;
    }

    private static boolean sameColumns(Set<String> columns, List<String> known) {
        if (columns.size() != known.size()) return false;
        int i = 0;
        for (String column : columns) {
            if (!column.equals(known.get(i++))) return false;
        }
        return true;
    }
}
