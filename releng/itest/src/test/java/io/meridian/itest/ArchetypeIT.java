package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A third party's path: generate a region pack from the archetype, build it outside this
 * repository (its content checked at verify), drop it into plugins/ of a running workbench, find
 * its country in the knowledge base and its holidays in the planner, then delete it and see both
 * gone, with no restart. A broken content file fails the pack's build, named by file, line and field.
 *
 * <p>The archetype and the content plugin come from the local Maven repository, where the
 * project's test command ({@code ./mvnw -B install}) has put them before this module runs.
 */
class ArchetypeIT {

    private static final Path MVNW = Path.of(System.getProperty("meridian.mvnw", "../../mvnw")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("meridian.version", "0.1.0-SNAPSHOT");

    /** Runs Maven in {@code dir}; returns its exit status, with its output in {@code output}. */
    private static int maven(Path dir, List<String> output, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(MVNW.toString(), "-B", "--no-transfer-progress"));
        // the same local repository as the build that runs this test, where it installed the archetype and the plugin
        String repository = System.getProperty("meridian.localRepository", "");
        if (!repository.isBlank()) command.add("-Dmaven.repo.local=" + repository);
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "maven", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("Maven took over 10 minutes: " + command);
        }
        output.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
        return p.exitValue();
    }

    @Test
    void aGeneratedPackBuildsOutsideTheRepositoryAndComesAndGoesInARunningWorkbench(@TempDir Path folder) throws Exception {
        Path work = Files.createDirectories(folder.resolve("work"));
        List<String> out = new ArrayList<>();
        int generated = maven(work, out, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate", "-DinteractiveMode=false",
                "-DarchetypeGroupId=io.meridian",
                "-DarchetypeArtifactId=meridian-region-archetype", "-DarchetypeVersion=" + VERSION, "-DgroupId=com.example",
                "-DartifactId=com.example.region.nordics", "-Dversion=1.0.0", "-DmeridianVersion=" + VERSION);
        assertEquals(0, generated, String.join("\n", out));
        Path pack = work.resolve("com.example.region.nordics");
        assertTrue(Files.isRegularFile(pack.resolve("src/main/resources/content/calendar/IS.json")), String.join("\n", out));

        // a broken file fails the pack's build, with file, line and field
        Path calendar = pack.resolve("src/main/resources/content/calendar/IS.json");
        String good = Files.readString(calendar);
        Files.writeString(calendar, good.replaceFirst("\"type\": \"public\"", "\"type\": \"pubic\""));
        out.clear();
        assertEquals(1, maven(pack, out, "verify"), "a broken calendar must fail the build:\n" + String.join("\n", out));
        assertTrue(out.stream().anyMatch(l -> l.contains("com.example.region.nordics: src/main/resources/content/calendar/IS.json line ") && l.contains("holidays[0].type")
                && l.contains("did you mean \"public\"")), String.join("\n", out));

        Files.writeString(calendar, good);
        out.clear();
        assertEquals(0, maven(pack, out, "verify"), String.join("\n", out));
        Path jar = pack.resolve("target/com.example.region.nordics-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), String.join("\n", out));

        try (RunningWorkbench workbench = RunningWorkbench.start(folder)) {
            workbench.requireFeature("calendar", "io.meridian.calendar");
            workbench.requireFeature("culture", "io.meridian.culture");
            assertFalse(workbench.getJson("/api/v1/calendar/holidays?country=IS&year=2026").path("known").asBoolean());

            Path plugin = workbench.home.resolve("plugins/com.example.region.nordics-1.0.0.jar");
            Files.copy(jar, plugin);
            RunningWorkbench.await("the pack's holidays are served", 60, () ->
                    workbench.getJson("/api/v1/calendar/holidays?country=IS&year=2026").path("known").asBoolean());
            RunningWorkbench.await("the pack's country is searchable", 60, () ->
                    workbench.getJson("/api/v1/kb/search?q=Iceland").path("total").asInt() > 0);
            JsonNode hits = workbench.getJson("/api/v1/kb/search?q=Iceland%20first%20names").path("hits");
            assertTrue(hits.toString().contains("A first business meeting in Iceland"), hits.toPrettyString());
            assertEquals("com.example.region.nordics", workbench.getJson("/api/v1/kb/countries/IS").path("bundle").asText());

            // 17 June is Iceland's National Day: the planner keeps Guðrún's day free and says why
            JsonNode plan = RunningWorkbench.JSON.readTree(workbench.send(workbench.request("/api/v1/calendar/meeting-slots")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"attendees": [{"name": "Guðrún", "zone": "Atlantic/Reykjavik", "country": "IS"},
                                           {"name": "Anna", "zone": "Europe/Berlin", "country": "DE"}],
                             "from": "2026-06-17", "to": "2026-06-17", "zone": "Europe/Berlin"}"""))).body());
            assertFalse(plan.path("fits").asBoolean(), plan.toPrettyString());
            assertTrue(plan.path("why").toString().contains("National Day (17 Jun)"), plan.toPrettyString());

            Files.delete(plugin);
            RunningWorkbench.await("the pack's holidays are gone", 60, () ->
                    !workbench.getJson("/api/v1/calendar/holidays?country=IS&year=2026").path("known").asBoolean());
            RunningWorkbench.await("the pack's country is gone from search", 60, () ->
                    workbench.getJson("/api/v1/kb/search?q=Iceland").path("total").asInt() == 0);
        }
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(1, left.filter(Files::isDirectory).count(), "the pack was generated in the work folder only");
        }
    }

    @Test
    void aGeneratedJavaBundleBuildsWithItsTestsAndItsCalendarAndViewComeAndGoInARunningWorkbench(@TempDir Path folder) throws Exception {
        Path work = Files.createDirectories(folder.resolve("work"));
        List<String> out = new ArrayList<>();
        int generated = maven(work, out, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate", "-DinteractiveMode=false",
                "-DarchetypeGroupId=io.meridian", "-DarchetypeArtifactId=meridian-bundle-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=com.example", "-DartifactId=com.example.meridian.uruguay", "-Dversion=1.0.0", "-DmeridianVersion=" + VERSION);
        assertEquals(0, generated, String.join("\n", out));
        Path bundle = work.resolve("com.example.meridian.uruguay");
        out.clear();
        assertEquals(0, maven(bundle, out, "verify"), String.join("\n", out));
        assertTrue(out.stream().anyMatch(l -> l.contains("Tests run: 8, Failures: 0, Errors: 0")), "the generated tests ran:\n" + String.join("\n", out));
        Path jar = bundle.resolve("target/com.example.meridian.uruguay-1.0.0.jar");
        assertTrue(Files.isRegularFile(jar), String.join("\n", out));

        try (RunningWorkbench workbench = RunningWorkbench.start(folder)) {
            workbench.requireFeature("calendar", "io.meridian.calendar");
            assertFalse(workbench.getJson("/api/v1/calendar/holidays?country=UY&year=2027").path("known").asBoolean());

            Path plugin = workbench.home.resolve("plugins/com.example.meridian.uruguay-1.0.0.jar");
            Files.copy(jar, plugin);
            RunningWorkbench.await("the bundle's calendar is used", 60, () ->
                    workbench.getJson("/api/v1/calendar/holidays?country=UY&year=2027").path("known").asBoolean());
            // 18 May 2027 is a Tuesday: the calendar's own rule keeps it on Monday 17 May
            JsonNode uruguay = workbench.getJson("/api/v1/calendar/holidays?country=UY&year=2027");
            assertTrue(uruguay.path("source").asText().startsWith("com.example.meridian.uruguay"), uruguay.toPrettyString());
            assertTrue(uruguay.path("holidays").toString().contains("{\"date\":\"2027-05-18\",\"observedOn\":\"2027-05-17\""), uruguay.toPrettyString());

            // the view's module is served by the bundle, behind the token like every route
            var module = workbench.send(workbench.request("/views/uruguay-holidays/holidays.js").GET());
            assertEquals(200, module.statusCode(), module.body());
            assertTrue(module.body().contains("customElements.define('uruguay-holidays'"), module.body());
            var anonymous = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "views/uruguay-holidays/holidays.js")).GET());
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            JsonNode health = workbench.getJson("/api/v1/health");
            assertEquals(0, health.path("unsatisfiedComponents").size(), health.toPrettyString());

            Files.delete(plugin);
            RunningWorkbench.await("the bundle's calendar is gone", 60, () ->
                    !workbench.getJson("/api/v1/calendar/holidays?country=UY&year=2027").path("known").asBoolean());
            RunningWorkbench.await("the view's module is gone", 60, () ->
                    workbench.send(workbench.request("/views/uruguay-holidays/holidays.js").GET()).statusCode() == 404);
        }
    }
}
