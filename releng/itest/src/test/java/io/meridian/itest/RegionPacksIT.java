package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The region packs Meridian ships are features, installed by default: a fresh workbench knows
 * their countries; installed later, a pack's countries become searchable and its holidays used;
 * removed, they are gone.
 */
class RegionPacksIT {

    /** The countries the packs ship, by pack, read from the packs' sources: each has a profile and a calendar. */
    private static Map<String, List<String>> shippedCountries() throws IOException {
        Map<String, List<String>> packs = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("meridian.regions")))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir.resolve("src/main/resources/content/calendar"))) {
                    packs.put(dir.getFileName().toString(), files.map(f -> f.getFileName().toString().replace(".json", "")).sorted().toList());
                }
            }
        }
        return packs;
    }

    @Test
    void aFreshWorkbenchKnowsEveryPacksCountriesAndTheirHolidays(@TempDir Path folder) throws Exception {
        Map<String, List<String>> packs = shippedCountries();
        assertTrue(packs.size() >= 5, "at least five region packs: " + packs.keySet());
        assertTrue(packs.values().stream().mapToInt(List::size).sum() >= 40, "at least 40 countries: " + packs);
        try (RunningWorkbench workbench = RunningWorkbench.installAsShipped(folder)) {
            workbench.start();
            for (Map.Entry<String, List<String>> pack : packs.entrySet()) {
                for (String country : pack.getValue()) {
                    RunningWorkbench.await(country + "'s holidays are served", 60, () ->
                            workbench.getJson("/api/v1/calendar/holidays?country=" + country + "&year=2027").path("known").asBoolean());
                    // The culture and calendar extenders read each pack on threads of their own: one may be done before the other.
                    RunningWorkbench.await(country + "'s profile is served", 60, () ->
                            workbench.send(workbench.request("/api/v1/kb/countries/" + country).GET()).statusCode() == 200);
                    JsonNode holidays = workbench.getJson("/api/v1/calendar/holidays?country=" + country + "&year=2027");
                    assertTrue(holidays.path("source").asText().startsWith(pack.getKey()), holidays.toPrettyString());
                    assertEquals(pack.getKey(), workbench.getJson("/api/v1/kb/countries/" + country).path("bundle").asText(), country);
                }
            }
            JsonNode status = workbench.getJson("/api/v1/kb/status");
            assertEquals(0, status.path("problems").size(), status.toPrettyString());
            JsonNode calendars = workbench.getJson("/api/v1/calendar/status");
            assertEquals(0, calendars.path("problems").size(), calendars.toPrettyString());
        }
    }

    @Test
    void theEastAsiaPackComesAndGoesAsAFeature(@TempDir Path folder) throws Exception {
        try (RunningWorkbench workbench = RunningWorkbench.start(folder)) {
            workbench.requireFeature("calendar", "io.meridian.calendar");
            assertFalse(workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026").path("known").asBoolean(), "not in the test features");

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
