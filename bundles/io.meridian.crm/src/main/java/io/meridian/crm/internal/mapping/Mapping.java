package io.meridian.crm.internal.mapping;

import io.meridian.api.importing.ColumnPlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each column of a file goes: the user's mapping first, then the recognised export
 * layout, then the column's name; a column none of them places becomes a custom field of the
 * same name, so that nothing is dropped without the user saying so ({@code "ignore"}).
 */
public final class Mapping {

    /** One column and where it goes. */
    public record Column(String name, Target target, String source) {
    }

    private final List<Column> columns;
    private final Preset preset;
    private final String system;

    private Mapping(List<Column> columns, Preset preset, String system) {
        this.columns = List.copyOf(columns);
        this.preset = preset;
        this.system = system;
    }

    /**
     * @param fileColumns the columns in the file's order
     * @param userMapping column to target spec, from the user
     * @param presetId a preset the user named, or null to recognise one
     * @param system the external-id system the user named, or null
     * @throws IllegalArgumentException naming a mapped column the file lacks, a bad target, or an unknown preset
     */
    public static Mapping of(List<String> fileColumns, Map<String, String> userMapping, String presetId, String system) {
        Preset preset;
        if (presetId != null && !presetId.isBlank()) {
            preset = Presets.byId(presetId).orElseThrow(() -> new IllegalArgumentException("no preset \"" + presetId
                    + "\": use one of " + String.join(", ", Presets.IDS)));
        } else {
            preset = Presets.recognise(fileColumns).orElse(null);
        }
        Map<String, Target> user = new LinkedHashMap<>();
        userMapping.forEach((column, spec) -> {
            String actual = fileColumns.stream().filter(c -> c.equalsIgnoreCase(column.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the mapping names column \"" + column
                            + "\", which the file does not have; its columns are: " + String.join(", ", fileColumns)));
            try {
                user.put(actual, Target.parse(spec));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("mapping for column \"" + column + "\": " + e.getMessage(), e);
            }
        });
        List<Column> columns = new ArrayList<>();
        for (String name : fileColumns) {
            Target target = user.get(name);
            String source = "mapping";
            if (target == null && preset != null && (target = preset.target(name)) != null) source = "preset";
            if (target == null && (target = ColumnNames.guess(name)) != null) source = "name";
            if (target == null) {
                target = Target.custom(name);
                source = "unmapped";
            }
            columns.add(new Column(name, target, source));
        }
        // A column another reads its labels from is consumed by it, not a custom field of its own.
        Set<String> labelColumns = new HashSet<>();
        columns.forEach(c -> {
            if (c.target().labelColumn() != null) labelColumns.add(c.target().labelColumn().toLowerCase());
        });
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (labelColumns.contains(c.name().toLowerCase()) && !user.containsKey(c.name())) {
                String owner = labelFor(columns, c.name());
                String source = columns.stream().filter(o -> o.name().equals(owner)).map(Column::source).findFirst().orElse(c.source());
                columns.set(i, new Column(c.name(), new Target(Target.Field.LABEL, owner, null), source));
            }
        }
        String effectiveSystem = system != null && !system.isBlank() ? system.strip()
                : preset != null && preset.system() != null ? preset.system() : "csv";
        return new Mapping(columns, preset, effectiveSystem);
    }

    private static String labelFor(List<Column> columns, String labelColumn) {
        return columns.stream().filter(c -> labelColumn.equalsIgnoreCase(c.target().labelColumn())).map(Column::name)
                .findFirst().orElse(labelColumn);
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Preset> preset() {
        return Optional.ofNullable(preset);
    }

    /** The system external ids in this file belong to. */
    public String system() {
        return system;
    }

    /** How the dates of this file are written, when the numbers do not say. */
    public String dateOrder() {
        return preset != null && preset.dateOrder() != null ? preset.dateOrder() : "YEAR_MONTH_DAY";
    }

    /** Where each column goes, with the first value of each from the sample records. */
    public List<ColumnPlan> plan(List<Map<String, String>> samples) {
        List<ColumnPlan> plan = new ArrayList<>();
        for (Column c : columns) {
            String sample = samples.stream().map(r -> r.get(c.name())).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
            plan.add(new ColumnPlan(c.name(), c.target().spec(), c.source(), sample));
        }
        return plan;
    }
}
