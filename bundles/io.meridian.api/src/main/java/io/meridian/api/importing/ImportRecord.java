package io.meridian.api.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One contact as read from a file, before normalisation.
 *
 * @param line the line (or entry number) in the source, for reports
 * @param fields raw values by the format's field name, in the order the format gave them (for a
 *        CSV file, the header's order), which previews show
 */
public record ImportRecord(long line, Map<String, String> fields) {
    public ImportRecord {
        if (line < 1) throw new IllegalArgumentException("line numbers start at 1: " + line);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
