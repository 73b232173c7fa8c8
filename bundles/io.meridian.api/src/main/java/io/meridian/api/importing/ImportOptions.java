package io.meridian.api.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to import a file.
 *
 * @param format the {@link ImportFormat#id()} to read it with, or null to detect it
 * @param mapping where columns go, by column name, overriding what was detected: a field
 *        ({@code "givenName"}, {@code "email"}, {@code "email:work"}, {@code "phone:mobile"},
 *        {@code "country"}, {@code "city"}, {@code "organisation"}, {@code "externalId"} …),
 *        {@code "custom:Name"} for a custom field, or {@code "ignore"}
 * @param system the system the file comes from, for external ids ({@code "hubspot"}), or null for
 *        the one its columns reveal
 * @param defaultCountry ISO code of the country to assume for rows that name none, or null
 * @param mode what to do with matches and non-matches
 * @param dryRun read, normalise and match everything, report it all, write nothing
 * @param mergeSimilar merge a record into a person with the same name at the same organisation
 *        even when no email, phone or id confirms it; otherwise that is only reported as a
 *        possible duplicate and a new person is created
 * @param encoding the file's character set, or null to detect it
 * @param delimiter the CSV delimiter, or null to detect it
 */
public record ImportOptions(String format, Map<String, String> mapping, String system, String defaultCountry,
                            ImportMode mode, boolean dryRun, boolean mergeSimilar, String encoding, String delimiter) {

    public ImportOptions {
        mapping = mapping == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        if (mode == null) mode = ImportMode.CREATE_AND_UPDATE;
    }

    /** Detect everything, create and update, for real. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, ImportMode.CREATE_AND_UPDATE, false, false, null, null);
    }

    public ImportOptions asDryRun() {
        return new ImportOptions(format, mapping, system, defaultCountry, mode, true, mergeSimilar, encoding, delimiter);
    }
}
