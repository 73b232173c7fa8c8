package io.meridian.api.importing;

/**
 * Where one column of a file goes.
 *
 * @param column the column's name in the file
 * @param target the field it fills (see {@link ImportOptions#mapping()}), {@code "custom:…"}, or {@code "ignore"}
 * @param source why: {@code "preset"} (a recognised export layout), {@code "name"} (recognised by its name),
 *        {@code "mapping"} (the user's mapping), or {@code "unmapped"} (kept as a custom field)
 * @param sample the first non-blank value of the column, or null
 */
public record ColumnPlan(String column, String target, String source, String sample) {
}
