package io.meridian.crm.internal.rest;

import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportRun;
import io.meridian.crm.internal.mapping.Preset;
import io.meridian.crm.internal.mapping.Presets;
import io.meridian.crm.internal.mapping.TargetChoices;
import io.meridian.crm.internal.pipeline.CreatedPeople;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Imports, report lines and the upload form's choices in REST JSON: lower-case states and kinds, progress as a fraction. */
final class ImportJson {

    private ImportJson() {
    }

    static Map<String, Object> run(ImportRun r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("fileName", r.fileName());
        json.put("format", r.format());
        json.put("preset", r.preset());
        json.put("presetName", r.preset() == null ? null : Presets.byId(r.preset()).map(Preset::name).orElse(null));
        json.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
        json.put("dryRun", r.dryRun());
        json.put("state", r.state().name().toLowerCase(Locale.ROOT));
        json.put("progress", Math.round(r.progress() * 1000) / 1000.0);
        json.put("bytesRead", r.bytesRead());
        json.put("totalBytes", r.totalBytes());
        json.put("startedAt", r.startedAt());
        json.put("finishedAt", r.finishedAt());
        json.put("counts", r.counts());
        json.put("message", r.message());
        json.put("links", Map.of("self", "/api/v1/import/" + r.id(), "errors", "/api/v1/import/" + r.id() + "/errors.csv",
                "undo", "/api/v1/import/" + r.id() + "/undo", "people", "/api/v1/import/" + r.id() + "/people"));
        return json;
    }

    static Map<String, Object> entry(ImportEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", e.line());
        json.put("column", e.column());
        json.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        json.put("message", e.message());
        json.put("personId", e.personId());
        return json;
    }

    static Map<String, Object> created(CreatedPeople.Created c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", c.line());
        json.put("personId", c.personId());
        json.put("displayName", c.displayName());
        json.put("organizationName", c.organisationName());
        json.put("present", c.displayName() != null);
        return json;
    }

    /**
     * What an upload form may offer: the fields a column can go to, the formats installed now,
     * the countries a default country may be (ISO codes; the page names them in its language),
     * and the largest file taken.
     */
    static Map<String, Object> options(Collection<ImportFormat> formats, long maxFileMegabytes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("targets", TargetChoices.all().stream().map(c -> Map.of("spec", c.spec(), "name", c.name(), "group", c.group())).toList());
        json.put("formats", formats.stream().sorted(Comparator.comparing(ImportFormat::displayName))
                .map(f -> Map.of("id", f.id(), "name", f.displayName())).toList());
        json.put("countries", Arrays.stream(Locale.getISOCountries()).sorted().toList());
        json.put("maxFileMegabytes", maxFileMegabytes);
        return json;
    }
}
