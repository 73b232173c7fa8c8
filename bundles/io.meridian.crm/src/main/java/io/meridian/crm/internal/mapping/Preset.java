package io.meridian.crm.internal.mapping;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column layout of one system's export (HubSpot, Google Contacts…): which columns must be
 * there to recognise it, and where each goes. Read from {@code presets/*.json}.
 *
 * @param id stable name ({@code "hubspot"})
 * @param name for people
 * @param system the system its ids belong to, for external ids, or null when its rows carry none
 * @param dateOrder how its dates are written when the numbers alone do not say
 * @param signature columns that must all be present (ignoring case)
 * @param columns column name to target
 * @param patterns numbered or labelled columns ("E-mail 2 - Value")
 * @param placeholders values the system writes for "not set" (Outlook's birthday "0/0/00"), by column: read as blank
 * @param skip rows to leave out, by column and value (Salesforce's "IsDeleted": "true", a record in its recycle bin)
 */
public record Preset(String id, String name, String about, String system, String dateOrder, List<String> signature,
                     Map<String, String> columns, List<ColumnPattern> patterns, Map<String, String> placeholders,
                     Map<String, String> skip) {

    public Preset {
        signature = List.copyOf(signature);
        columns = Map.copyOf(columns);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
        skip = skip == null ? Map.of() : Map.copyOf(skip);
    }

    /**
     * A family of columns: {@code match} is a regular expression on the column name whose groups
     * fill {@code $1} in the target and in {@code label}, the column holding each row's label.
     */
    public record ColumnPattern(String match, String target, String label) {
    }

    /** Whether every signature column is among the file's columns. */
    boolean fits(List<String> fileColumns) {
        return signature.stream().allMatch(s -> fileColumns.stream().anyMatch(c -> c.equalsIgnoreCase(s)));
    }

    /** Where the preset sends a column, or null when it does not know it. */
    Target target(String column) {
        for (Map.Entry<String, String> e : columns.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) return Target.parse(e.getValue());
        }
        for (ColumnPattern p : patterns) {
            Matcher m = Pattern.compile(p.match(), Pattern.CASE_INSENSITIVE).matcher(column);
            if (m.matches()) {
                String spec = fill(p.target(), m);
                // A bare "custom" takes its field's name from each row's label column (Google's "Custom Field 1 - Label").
                Target t = spec.equals("custom") ? Target.custom(null) : Target.parse(spec);
                return p.label() == null ? t : t.withLabelColumn(fill(p.label(), m));
            }
        }
        return null;
    }

    private static String fill(String template, Matcher m) {
        String out = template;
        for (int g = m.groupCount(); g >= 1; g--) out = out.replace("$" + g, m.group(g));
        return out;
    }
}
