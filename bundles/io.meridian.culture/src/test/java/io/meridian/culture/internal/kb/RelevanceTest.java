package io.meridian.culture.internal.kb;

import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.culture.internal.content.ContentFolder;
import io.meridian.culture.internal.index.Contribution;
import io.meridian.culture.internal.index.Fingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture content ({@code src/test/resources/fixture}) searched with the queries of
 * {@code relevance.tsv}: plain words, other word forms, typos, cut-off words, phrases, and
 * Japanese, Chinese, Arabic, German and Portuguese words. Each expected document must be among
 * the first three results.
 */
class RelevanceTest {

    static final String BUNDLE = "io.meridian.region.fixture";

    @TempDir
    static Path dir;
    static CultureEngine engine;

    /** The fixture folder read as a bundle would be. */
    static ContentFolder.Content fixture() throws IOException, URISyntaxException {
        Path root = Path.of(RelevanceTest.class.getResource("/fixture").toURI());
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root.resolve("content"))) {
            for (Path f : all.filter(Files::isRegularFile).toList()) files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
        return ContentFolder.read(BUNDLE, "content/", files);
    }

    @BeforeAll
    static void index() throws Exception {
        ContentFolder.Content content = fixture();
        assertEquals(List.of(), content.problems(), "the fixture content is valid");
        engine = new CultureEngine(dir.resolve("index"), Clock.systemUTC(), m -> { });
        engine.put(new Contribution(BUNDLE, BUNDLE, "1.0.0", content.profiles(), content.articles(),
                Fingerprint.of(content.profiles(), content.articles())));
        assertTrue(engine.awaitIndexed(60, TimeUnit.SECONDS));
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void everyQueryFindsItsDocumentInTheTopThree() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(RelevanceTest.class.getResource("/fixture/relevance.tsv").toURI()));
        List<String> misses = new ArrayList<>();
        int queries = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t");
            String query = parts[0];
            String expected = parts[1].strip().startsWith("profile:")
                    ? "profile/" + BUNDLE + "/" + parts[1].strip().substring("profile:".length())
                    : "article/" + BUNDLE + "/" + parts[1].strip();
            queries++;
            List<String> top = engine.search(SearchRequest.of(query).withPage(0, 3)).hits().stream().map(SearchResults.Hit::id).toList();
            if (!top.contains(expected)) misses.add(query + " -> expected " + expected + ", got " + top);
        }
        assertTrue(queries >= 30, "at least 30 queries, not " + queries);
        assertEquals(List.of(), misses, misses.size() + " of " + queries + " queries missed");
    }

    @Test
    void facetsCountWhatMatchedAndFiltersNarrowIt() {
        SearchResults all = engine.search(SearchRequest.of("business"));
        long japan = all.countries().stream().filter(c -> c.value().equals("JP")).mapToLong(SearchResults.FacetCount::count).sum();
        assertTrue(japan > 0, all.countries().toString());
        SearchResults narrowed = engine.search(SearchRequest.of("business").withCountries(java.util.Set.of("JP")).withPage(0, 100));
        assertEquals(japan, narrowed.total());
        assertTrue(narrowed.hits().stream().allMatch(h -> h.countries().contains("JP")));
        SearchResults topic = engine.search(SearchRequest.of("business").withTopics(java.util.Set.of("gifts")).withPage(0, 100));
        assertTrue(topic.total() > 0 && topic.hits().stream().allMatch(h -> h.topics().contains("gifts")), topic.hits().toString());
    }

    @Test
    void snippetsMarkTheWordsThatMatched() {
        SearchResults.Hit hit = engine.search(SearchRequest.of("meishi")).hits().get(0);
        assertTrue(hit.snippet().fragments().stream().anyMatch(f -> f.match() && f.text().equalsIgnoreCase("meishi")),
                hit.snippet().marked("[", "]"));
        SearchResults.Hit typo = engine.search(SearchRequest.of("ramdan")).hits().get(0);
        assertTrue(typo.snippet().marked("[", "]").contains("[Ramadan]"), typo.snippet().marked("[", "]"));
        // a phrase is marked where its words stand together, in the forms the text has
        String phrase = engine.search(SearchRequest.of("\"business cards\"")).hits().get(0).snippet().marked("[", "]").toLowerCase(java.util.Locale.ROOT);
        assertTrue(phrase.contains("[business] [card]"), phrase);
    }

    @Test
    void mistypedWordsAreRespelled() {
        SearchResults r = engine.search(SearchRequest.of("nemawahsi"));
        assertEquals(java.util.Optional.of("nemawashi"), r.didYouMean(), r.toString());
    }

    @Test
    void aTypoFoundThroughItsNearMissesStillSaysWhatWasSearchedFor() {
        SearchResults r = engine.search(SearchRequest.of("bussiness cards"));
        assertTrue(r.total() >= 3, "many documents match through the near-misses: " + r.total());
        assertEquals(java.util.Optional.of("business cards"), r.didYouMean(), r.toString());
        assertEquals(java.util.Optional.empty(), engine.search(SearchRequest.of("business cards")).didYouMean());
    }

    @Test
    void suggestionsCompleteTitlesCountriesAndTopics() {
        List<String> gift = engine.suggest("gift", 8).stream().map(io.meridian.api.culture.Suggestion::text).toList();
        assertTrue(gift.contains("Gift giving in Japan: omiyage and wrapping"), gift.toString());
        List<io.meridian.api.culture.Suggestion> jap = engine.suggest("jap", 8);
        assertTrue(jap.stream().anyMatch(s -> s.kind().equals("country") && s.target().equals("JP")), jap.toString());
        List<io.meridian.api.culture.Suggestion> typo = engine.suggest("ramdan", 8);
        assertEquals("spelling", typo.get(0).kind(), typo.toString());
        assertEquals("ramadan", typo.get(0).text());
    }

    @Test
    void moreLikeThisFindsDocumentsOnTheSameSubject() {
        String guanxi = "article/" + BUNDLE + "/guanxi-banquets-china";
        List<SearchResults.Hit> like = engine.moreLikeThis(guanxi, 3);
        assertEquals(3, like.size(), like.toString());
        assertTrue(like.stream().noneMatch(h -> h.id().equals(guanxi)));
        // business banquets: every one is about China or about eating with partners
        assertTrue(like.stream().allMatch(h -> h.countries().contains("CN") || h.topics().contains("dining")), like.toString());
    }

    @Test
    void comparisonsAndBriefsComeFromTheProfiles() {
        io.meridian.api.culture.Comparison c = engine.compare(List.of("de", "JP"));
        assertEquals(8, c.rows().size());
        assertTrue(!c.brief().isEmpty());
        io.meridian.api.culture.BriefPoint first = c.brief().get(0);
        int widest = c.rows().stream().mapToInt(io.meridian.api.culture.Comparison.Row::spread).max().orElseThrow();
        assertTrue(first.summary().contains(widest + " points apart"), first.summary());
        assertTrue(first.summary().contains("Germany") && first.summary().contains("Japan"), first.summary());
        String noteDe = c.rows().stream().filter(r -> r.scale() == first.scale()).findFirst().orElseThrow().positions().get("DE").note();
        assertTrue(first.notes().contains("Germany: " + noteDe), first.notes().toString());

        io.meridian.api.culture.CountryBrief brief = engine.brief("JP", java.util.Optional.of("DE")).orElseThrow();
        assertEquals(java.util.Optional.of("DE"), brief.relativeTo());
        assertEquals(c.brief().get(0).summary(), brief.points().get(0).summary());
        assertTrue(!brief.phrases().isEmpty() && brief.phrases().stream().allMatch(p -> p.language().equals("ja")), brief.phrases().toString());
        io.meridian.api.culture.CountryBrief alone = engine.brief("BR", java.util.Optional.empty()).orElseThrow();
        assertTrue(alone.relativeTo().isEmpty() && !alone.points().isEmpty());
        // no pack has a profile of Iceland
        assertTrue(engine.brief("IS", java.util.Optional.empty()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> engine.compare(List.of("JP")));
        assertThrows(IllegalArgumentException.class, () -> engine.compare(List.of("JP", "IS")));
    }
}
