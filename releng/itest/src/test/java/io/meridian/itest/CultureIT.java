package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The culture knowledge base in the running workbench: a content-only region bundle dropped
 * into plugins/ is searchable, its invalid files are named while the rest loads, notes are kept
 * and searched, the index comes back after it is deleted, and removing the bundle removes its
 * content, all without a restart of the framework.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CultureIT {

    static final String BUNDLE = "test.region.fixture";
    RunningWorkbench workbench;
    Path jar;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.start(folder);
        workbench.requireFeature("culture", "io.meridian.culture");
        RunningWorkbench.await("the knowledge base answers", 30, () ->
                workbench.send(workbench.request("/api/v1/kb/status").GET()).statusCode() == 200);
        jar = workbench.home.resolve("plugins/region-fixture.jar");
    }

    @AfterAll
    void stop() throws Exception {
        workbench.close();
    }

    /** The fixture content, plus one broken article and one broken profile. */
    private Map<String, String> content() throws Exception {
        Path fixture = Path.of(System.getProperty("meridian.culture.fixture"));
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(fixture.resolve("content"))) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(fixture.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        files.put("content/articles/broken.md", "---\ntitle: Broken\ncountries: [ZZ]\n---\nText\n");
        // a country no pack has a profile of, so the broken file replaces none of the valid ones
        files.put("content/profiles/PT.json", "{\"country\": \"PT\",\n \"names\": {\"en\": \"Portugal\"},\n \"lastReviewed\": \"yesterday\"}");
        return files;
    }

    private JsonNode search(String query) throws Exception {
        return workbench.getJson("/api/v1/kb/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        search(query).path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    @Test
    @Order(1)
    void aContentBundleDroppedIntoPluginsBecomesSearchable() throws Exception {
        assertEquals(List.of(), ids("business cards"));
        TestBundles.write(jar, Map.of("Bundle-SymbolicName", BUNDLE, "Bundle-Version", "1.0.0", "Meridian-Content", "content/"), content());
        String card = "article/" + BUNDLE + "/japanese-business-card-exchange";
        RunningWorkbench.await("the fixture is searchable", 60, () -> ids("bussiness cards").contains(card));
        JsonNode first = search("bussiness cards").path("hits").get(0);
        assertEquals(card, first.path("id").asText());
        assertEquals(BUNDLE, first.path("bundle").asText());
        assertEquals("1.0.0", first.path("bundleVersion").asText());
        boolean marked = false;
        for (JsonNode run : first.path("snippet")) marked |= run.path("match").asBoolean();
        assertTrue(marked, first.toPrettyString());
        JsonNode facets = workbench.getJson("/api/v1/kb/search?q=business&country=JP").path("facets").path("country");
        assertEquals("JP", facets.get(0).path("value").asText(), facets.toPrettyString());
        // the search said what it looked for instead of the typo
        assertEquals("business cards", search("bussiness cards").path("didYouMean").asText());

        // read whole, its Markdown as blocks, and listed among the articles on Japan
        JsonNode article = workbench.getJson("/api/v1/kb/articles/" + BUNDLE + "/japanese-business-card-exchange");
        assertEquals(card, article.path("id").asText());
        assertEquals("Exchanging business cards (meishi) in Japan", article.path("title").asText());
        assertTrue(article.path("markdown").asText().startsWith("# "), article.path("markdown").asText());
        assertEquals("heading", article.path("blocks").get(0).path("type").asText(), article.path("blocks").toPrettyString());
        assertFalse(article.path("sources").isEmpty());
        List<String> onJapan = new ArrayList<>();
        workbench.getJson("/api/v1/kb/articles?country=jp").path("articles").forEach(a -> onJapan.add(a.path("id").asText()));
        assertTrue(onJapan.contains(card), onJapan.toString());
        assertFalse(workbench.getJson("/api/v1/kb/countries/JP").path("sectionBlocks").path("greetings").isEmpty());
    }

    @Test
    @Order(2)
    void invalidFilesAreNamedWhileTheValidOnesLoad() throws Exception {
        JsonNode status = workbench.getJson("/api/v1/kb/status");
        List<String> problems = new ArrayList<>();
        status.path("problems").forEach(p -> problems.add(p.path("bundle").asText() + " " + p.path("file").asText() + ":"
                + p.path("line").asInt() + " " + p.path("field").asText() + " " + p.path("message").asText()));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(BUNDLE + " content/articles/broken.md:3 countries[0]")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(BUNDLE + " content/profiles/PT.json:3 lastReviewed")), problems.toString());
        JsonNode countries = workbench.getJson("/api/v1/kb/countries").path("countries");
        long valid;
        try (Stream<Path> profiles = Files.list(Path.of(System.getProperty("meridian.culture.fixture")).resolve("content/profiles"))) {
            valid = profiles.filter(f -> f.toString().endsWith(".json")).count(); // the broken PT.json is added to the bundle only
        }
        assertEquals(valid, countries.size(), "every valid profile, and not the broken one: " + countries.toPrettyString());
        RunningWorkbench.await("the problem is in the log as well", 10, () -> Files.readString(workbench.data.resolve("log/meridian-0.log"))
                .contains("content/articles/broken.md"));
    }

    @Test
    @Order(3)
    void advancedSyntaxErrorsAreA400WithThePosition() throws Exception {
        HttpResponse<String> bad = workbench.send(workbench.request("/api/v1/kb/search?advanced=true&q="
                + URLEncoder.encode("gift AND (japan", StandardCharsets.UTF_8)).GET());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("position 16"), bad.body());
        assertFalse(bad.body().contains("Exception"), bad.body());
        HttpResponse<String> unknown = workbench.send(workbench.request("/api/v1/kb/search?q=tea&colour=green").GET());
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("colour"), unknown.body());
    }

    @Test
    @Order(4)
    void notesCompareAndBriefs() throws Exception {
        HttpResponse<String> created = workbench.send(workbench.request("/api/v1/kb/notes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"country\": \"jp\", \"text\": \"Tanaka-san explained the karaoke after the dinner matters.\"}")));
        assertEquals(201, created.statusCode(), created.body());
        String id = RunningWorkbench.JSON.readTree(created.body()).path("id").asText();
        RunningWorkbench.await("the note is searchable", 30, () -> ids("karaoke").contains("note/" + id));
        assertEquals(1, workbench.getJson("/api/v1/kb/countries/JP").path("notes").size());
        JsonNode compare = workbench.getJson("/api/v1/kb/compare?countries=DE,JP");
        assertEquals(8, compare.path("scales").size());
        assertFalse(compare.path("brief").isEmpty(), compare.toPrettyString());
        JsonNode brief = workbench.getJson("/api/v1/kb/countries/JP/brief?home=DE");
        assertEquals("DE", brief.path("relativeTo").asText());
        assertFalse(brief.path("phrases").isEmpty());
        HttpResponse<String> person = workbench.send(workbench.request("/api/v1/contacts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"givenName\": \"Haruto\", \"familyName\": \"Mori\", \"country\": \"JP\"}")));
        assertEquals(201, person.statusCode(), person.body());
        String contact = RunningWorkbench.JSON.readTree(person.body()).path("id").asText();
        JsonNode context = workbench.getJson("/api/v1/kb/context/" + contact + "?home=DE");
        assertEquals("JP", context.path("brief").path("countryCode").asText(), context.toPrettyString());
        assertEquals("DE", context.path("brief").path("relativeTo").asText());
        assertFalse(context.path("brief").path("phrases").isEmpty());

        HttpResponse<String> stale = workbench.send(workbench.request("/api/v1/kb/notes/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\", \"version\": 7}")));
        assertEquals(409, stale.statusCode(), stale.body());

        RunningWorkbench.CommandResult shell = workbench.cli("run", "kb:search --country JP meishi");
        assertEquals(0, shell.exitCode(), shell.err());
        assertTrue(shell.out().contains("Exchanging business cards (meishi) in Japan"), shell.out());
        assertTrue(shell.out().contains("from " + BUNDLE), shell.out());
    }

    @Test
    @Order(5)
    void removingTheBundleRemovesItsContent() throws Exception {
        Files.delete(jar);
        RunningWorkbench.await("the fixture is gone", 60, () -> ids("meishi").isEmpty());
        assertEquals(0, workbench.getJson("/api/v1/kb/countries").path("countries").size());
        assertTrue(workbench.getJson("/api/v1/kb/status").path("problems").isEmpty());
        assertFalse(ids("karaoke").isEmpty(), "notes stay");
        HttpResponse<String> gone = workbench.send(workbench.request("/api/v1/kb/articles/" + BUNDLE + "/japanese-business-card-exchange").GET());
        assertEquals(404, gone.statusCode(), gone.body());
        assertTrue(gone.body().contains("GET /api/v1/kb/articles lists"), gone.body());
    }

    @Test
    @Order(6)
    void aDeletedIndexIsRebuiltAtStartWithTheNotes() throws Exception {
        TestBundles.write(jar, Map.of("Bundle-SymbolicName", BUNDLE, "Bundle-Version", "1.0.1", "Meridian-Content", "content/"), content());
        RunningWorkbench.await("the fixture is back", 60, () -> !ids("meishi").isEmpty());
        workbench.stop();
        Path index = workbench.data.resolve("index/culture");
        try (Stream<Path> files = Files.walk(index)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        workbench.start();
        RunningWorkbench.await("the content is searchable again", 60, () -> !ids("meishi").isEmpty());
        RunningWorkbench.await("the notes are searchable again", 30, () -> ids("karaoke").stream().anyMatch(i -> i.startsWith("note/")));
    }

    @Test
    @Order(7)
    void aJavaContributionComesAndGoesAndABrokenOneIsLeftOutAndExplained() throws Exception {
        Path nordic = workbench.home.resolve("plugins/region-nordic.jar");
        TestBundles.write(nordic, Map.of("Bundle-SymbolicName", "test.region.java", "Bundle-Version", "2.0.0",
                "Service-Component", "OSGI-INF/nordic.xml", "Import-Package", "io.meridian.api.culture"),
                Map.of("OSGI-INF/nordic.xml", component("test.nordic", "io.meridian.itest.bundles.NordicContribution")),
                io.meridian.itest.bundles.NordicContribution.class);
        Path broken = workbench.home.resolve("plugins/region-broken.jar");
        TestBundles.write(broken, Map.of("Bundle-SymbolicName", "test.region.broken", "Bundle-Version", "1.0.0",
                "Service-Component", "OSGI-INF/broken.xml", "Import-Package", "io.meridian.api.culture"),
                Map.of("OSGI-INF/broken.xml", component("test.broken", "io.meridian.itest.bundles.BrokenContribution")),
                io.meridian.itest.bundles.BrokenContribution.class);
        RunningWorkbench.await("the Java contribution is searchable", 60, () -> ids("janteloven").contains("article/test.region.java/janteloven"));
        JsonNode hit = search("janteloven").path("hits").get(0);
        assertEquals("test.region.java", hit.path("bundle").asText());
        assertEquals("2.0.0", hit.path("bundleVersion").asText());
        assertEquals("test.region.java", workbench.getJson("/api/v1/kb/countries/NO").path("bundle").asText());
        RunningWorkbench.await("the broken contribution is explained in the log", 10, () -> Files.readString(
                workbench.data.resolve("log/meridian-0.log")).contains("regions.db is missing"));
        assertEquals("ok", workbench.getJson("/api/v1/health").path("status").asText(), "a broken contribution harms nothing else");
        assertTrue(workbench.getJson("/api/v1/kb/status").path("problems").toString().contains("regions.db is missing"));

        Files.delete(nordic);
        Files.delete(broken);
        RunningWorkbench.await("the Java contribution is gone", 60, () -> ids("janteloven").isEmpty());
        assertEquals(404, workbench.send(workbench.request("/api/v1/kb/countries/NO").GET()).statusCode());
        RunningWorkbench.await("the broken contribution's problem is cleared", 10, () ->
                !workbench.getJson("/api/v1/kb/status").path("problems").toString().contains("regions.db"));
    }

    @Test
    @Order(8)
    void aRestartIndexesNothingThatWasIndexedBefore() throws Exception {
        workbench.stop();
        workbench.start();
        RunningWorkbench.await("the content is back", 60, () -> !ids("meishi").isEmpty() && ids("karaoke").stream().anyMatch(i -> i.startsWith("note/")));
        JsonNode status = workbench.getJson("/api/v1/kb/status");
        assertEquals(0, status.path("pending").asInt(), status.toPrettyString());
        assertEquals(0, status.path("writtenSinceStart").asLong(), status.toPrettyString());
    }

    private static String component(String name, String type) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s">
                  <implementation class="%s"/>
                  <service><provide interface="io.meridian.api.culture.CultureContribution"/></service>
                </scr:component>
                """.formatted(name, type);
    }
}
