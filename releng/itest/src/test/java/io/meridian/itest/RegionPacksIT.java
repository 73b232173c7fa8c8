package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The region packs Meridian ships are features: installed, their countries are searchable and their holidays used; removed, gone. */
class RegionPacksIT {

    @Test
    void theEastAsiaPackComesAndGoesAsAFeature(@TempDir Path folder) throws Exception {
        try (RunningWorkbench workbench = RunningWorkbench.start(folder)) {
            workbench.requireFeature("calendar", "io.meridian.calendar");
            assertFalse(workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026").path("known").asBoolean(), "not installed by default");

            HttpResponse<String> install = workbench.send(workbench.request("/api/v1/features/region-east-asia").POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, install.statusCode(), install.body());
            RunningWorkbench.await("Japan's holidays are served", 60, () ->
                    workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026").path("known").asBoolean());
            JsonNode japan = workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026");
            assertTrue(japan.path("source").asText().startsWith("io.meridian.region.east-asia"), japan.toPrettyString());
            RunningWorkbench.await("the pack's articles are searchable", 60, () ->
                    workbench.getJson("/api/v1/kb/search?q=business%20card%20japan").path("hits").toString().contains("japanese-business-card-exchange"));
            assertEquals("io.meridian.region.east-asia", workbench.getJson("/api/v1/kb/countries/CN").path("bundle").asText());

            HttpResponse<String> remove = workbench.send(workbench.request("/api/v1/features/region-east-asia").DELETE());
            assertEquals(200, remove.statusCode(), remove.body());
            RunningWorkbench.await("Japan's holidays are gone", 60, () ->
                    !workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026").path("known").asBoolean());
            RunningWorkbench.await("the pack's articles are gone from search", 60, () ->
                    !workbench.getJson("/api/v1/kb/search?q=business%20card%20japan").path("hits").toString().contains("japanese-business-card-exchange"));
        }
    }
}
