package io.meridian.crm.internal.rest;

import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportRun;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Imports and report lines in REST JSON: lower-case states and kinds, progress as a fraction. */
final class ImportJson {

    private ImportJson() {
    }

    static Map<String, Object> run(ImportRun r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("fileName", r.fileName());
        json.put("format", r.format());
        json.put("preset", r.preset());
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
                "undo", "/api/v1/import/" + r.id() + "/undo"));
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
}
