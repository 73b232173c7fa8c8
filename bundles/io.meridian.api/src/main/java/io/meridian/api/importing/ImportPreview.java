package io.meridian.api.importing;

import java.util.List;
import java.util.Map;

/**
 * What importing a file would do, before anything is read in full: how it is read, where each
 * column goes, and the first records as they would be stored.
 *
 * @param format the format that reads it
 * @param formatName the format's name for people
 * @param preset the export layout recognised ({@code "hubspot"}), or null
 * @param presetName its name for people ({@code "HubSpot contacts export"}), or null
 * @param encoding the character set detected or given, for text formats
 * @param columns where each column goes, in the file's order
 * @param samples the first records, each as the fields it would give (field → value)
 * @param problems what stands out already (unreadable first records, columns nobody can place)
 */
public record ImportPreview(String format, String formatName, String preset, String presetName, String encoding,
                            List<ColumnPlan> columns, List<Map<String, String>> samples, List<String> problems) {

    public ImportPreview {
        columns = List.copyOf(columns);
        samples = List.copyOf(samples);
        problems = List.copyOf(problems);
    }
}
