package io.meridian.culture.internal.kb;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.Note;
import io.meridian.api.culture.QuerySyntaxException;
import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.culture.internal.index.Contribution;
import io.meridian.culture.internal.index.Fingerprint;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CultureEngineTest {

    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();
    private CultureEngine engine;

    @AfterEach
    void close() throws IOException {
        if (engine != null) engine.close();
    }

    private CultureEngine open() throws IOException {
        engine = new CultureEngine(dir.resolve("index"), Clock.systemUTC(), log::add);
        return engine;
    }

    static Contribution asia(String version) {
        List<Article> articles = List.of(
                new Article("tea-ceremony", "The tea ceremony and business", Set.of("JP"), Set.of("east-asia"), Set.of("etiquette"),
                        "# Chanoyu\n\nGuests bow before entering the tea room. The host prepares matcha slowly.", List.of()),
                new Article("card-exchange", "Exchanging business cards", Set.of("JP", "KR"), Set.of("east-asia"), Set.of("business-cards"),
                        "# Meishi\n\nPresent your card with both hands; read the card you receive before putting it away.", List.of()));
        return new Contribution("io.example.asia", "io.example.asia", version, List.of(), articles, Fingerprint.of(List.of(), articles));
    }

    static Contribution europe() {
        List<Article> articles = List.of(new Article("punctuality", "Punctuality in German meetings", Set.of("DE"), Set.of("europe"),
                Set.of("meetings", "time"), "# Pünktlichkeit\n\nArrive five minutes early; an agenda is sent before the meeting.", List.of()));
        return new Contribution("io.example.europe", "io.example.europe", "1.0.0", List.of(), articles, Fingerprint.of(List.of(), articles));
    }

    private List<String> ids(String query) {
        return engine.search(SearchRequest.of(query)).hits().stream().map(SearchResults.Hit::id).toList();
    }

    private void settle() throws InterruptedException {
        assertTrue(engine.awaitIndexed(30, TimeUnit.SECONDS), "indexing did not finish");
    }

    @Test
    void contributionsAreSearchableAndGoAwayWithTheirBundle() throws Exception {
        open();
        engine.put(asia("1.0.0"));
        engine.put(europe());
        settle();
        SearchResults r = engine.search(SearchRequest.of("business cards"));
        assertEquals("article/io.example.asia/card-exchange", r.hits().get(0).id());
        assertEquals("io.example.asia", r.hits().get(0).bundle());
        assertEquals("1.0.0", r.hits().get(0).bundleVersion());
        assertTrue(r.hits().get(0).snippet().marked("[", "]").contains("[card]"), r.hits().get(0).snippet().marked("[", "]"));
        assertTrue(r.countries().contains(new SearchResults.FacetCount("KR", 1)), r.countries().toString());

        assertEquals(List.of("article/io.example.europe/punctuality"), ids("punktlichkeit"), "accents folded");
        assertEquals(List.of("article/io.example.europe/punctuality"), ids("punctualty"), "a typo is forgiven");
        assertEquals(List.of("article/io.example.asia/tea-ceremony"), ids("ceremo"), "a prefix completes");
        assertEquals(List.of("article/io.example.asia/tea-ceremony"), ids("bowing guests"), "stems match");
        assertEquals(List.of(), ids("\"card tea\""));
        assertEquals(List.of("article/io.example.asia/card-exchange"),
                engine.search(SearchRequest.of("business").withCountries(Set.of("KR"))).hits().stream().map(SearchResults.Hit::id).toList());

        engine.remove("io.example.asia");
        assertEquals(List.of(), ids("business cards"), "gone from results at once");
        settle();
        assertEquals(List.of(), ids("business cards"));
        assertEquals(List.of("article/io.example.europe/punctuality"), ids("agenda"));
    }

    @Test
    void articlesAreLentWholeByTheirSearchIdWhileTheirBundleIsThere() throws Exception {
        open();
        engine.put(asia("1.0.0"));
        engine.put(europe());
        settle();
        assertEquals(List.of("Exchanging business cards", "Punctuality in German meetings", "The tea ceremony and business"),
                engine.articles().stream().map(v -> v.article().title()).toList());
        String id = engine.search(SearchRequest.of("meishi")).hits().get(0).id();
        ArticleLibrary.ArticleView card = engine.article(id).orElseThrow();
        assertEquals("card-exchange", card.article().id());
        assertEquals("io.example.asia", card.bundle());
        assertEquals("1.0.0", card.bundleVersion());
        assertTrue(card.article().markdown().startsWith("# Meishi"));
        engine.hide("io.example.asia");
        assertTrue(engine.article(id).isEmpty(), "a stopped bundle's articles are not lent");
        assertEquals(1, engine.articles().size());
    }

    @Test
    void aLongMistypedWordFindsWordsTwoEditsAwayEvenWhenSomeoneWroteItThatWay() throws Exception {
        open();
        engine.put(europe());
        List<Article> typed = List.of(new Article("notes", "Visit notes", Set.of("SA"), Set.of(), Set.of(),
                "Their hopsitallity was generous.", List.of()),
                new Article("majlis", "The majlis", Set.of("SA"), Set.of(), Set.of(), "Hospitality in the majlis comes first.", List.of()));
        engine.put(new Contribution("io.example.gulf", "io.example.gulf", "1.0.0", List.of(), typed, Fingerprint.of(List.of(), typed)));
        settle();
        // the mistyped form is in one document, so the word is rare and looked for near by; nothing else is one edit away
        assertEquals(Set.of("article/io.example.gulf/notes", "article/io.example.gulf/majlis"), Set.copyOf(ids("hopsitallity")));
    }

    @Test
    void aRestartDoesNotReindexUnchangedContentButAnUpdateIsReplaced() throws Exception {
        open();
        engine.put(asia("1.0.0"));
        settle();
        engine.close();
        open();
        assertEquals(List.of(), ids("tea"), "hidden until its bundle is back");
        engine.put(asia("1.0.0"));
        settle();
        assertEquals(0, engine.status().writtenSinceStart(), "unchanged content is not indexed again");
        assertEquals(List.of("article/io.example.asia/tea-ceremony"), ids("tea"));

        Contribution updated = new Contribution("io.example.asia", "io.example.asia", "1.1.0", List.of(), List.of(
                new Article("tea-ceremony", "Tea and trust", Set.of("JP"), Set.of(), Set.of(), "Green tea is served.", List.of())), "x");
        engine.put(updated);
        settle();
        assertEquals(1, engine.status().writtenSinceStart());
        assertEquals(List.of(), ids("cards"));
        assertEquals("1.1.0", engine.search(SearchRequest.of("tea")).hits().get(0).bundleVersion());
    }

    @Test
    void aBundleAbsentAfterRestartIsForgotten() throws Exception {
        open();
        engine.put(asia("1.0.0"));
        engine.put(europe());
        settle();
        engine.close();
        open();
        engine.put(europe());
        engine.forgetAbsent();
        settle();
        assertEquals(1, engine.status().documents());
    }

    @Test
    void aMissingOrCorruptIndexIsRebuilt() throws Exception {
        open();
        engine.put(asia("1.0.0"));
        settle();
        engine.close();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".cfs") || f.getFileName().toString().endsWith(".si")
                    || f.getFileName().toString().startsWith("_")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (bytes.length > 40) {
                    bytes[bytes.length / 2] ^= 0x5A;
                    Files.write(f, bytes, StandardOpenOption.TRUNCATE_EXISTING);
                }
            }
        }
        open();
        assertTrue(engine.status().lastRebuild().startsWith("unreadable"), engine.status().lastRebuild());
        assertTrue(log.stream().anyMatch(l -> l.contains("rebuilt")), log.toString());
        engine.put(asia("1.0.0"));
        settle();
        assertEquals(List.of("article/io.example.asia/tea-ceremony"), ids("tea"));
        engine.close();

        deleteTree(dir.resolve("index"));
        open();
        assertEquals(0, engine.status().documents());
        engine.put(asia("1.0.0"));
        settle();
        assertEquals(2, engine.status().documents());
    }

    @Test
    void notesAreStoredSearchedAndSurviveAReindex() throws Exception {
        JdbcDataSource h2 = notesDatabase();
        open();
        engine.useNotes(new NoteStore(h2, Clock.systemUTC()));
        engine.put(asia("1.0.0"));
        Note n = engine.addNote("jp", "Mr Sato explained that the second dinner is where the deal is discussed.");
        settle();
        assertEquals("note/" + n.id(), ids("second dinner").get(0));
        assertEquals(List.of(n), engine.notes("JP"));
        Note edited = engine.editNote(n.id(), n.version(), "Karaoke follows the second dinner.");
        assertThrows(java.util.ConcurrentModificationException.class, () -> engine.editNote(n.id(), n.version(), "stale"));
        engine.reindex();
        settle();
        assertEquals("note/" + n.id(), ids("karaoke").get(0));
        assertEquals(2, edited.version());
        assertTrue(engine.deleteNote(n.id()));
        settle();
        assertEquals(List.of(), ids("karaoke"));
        assertThrows(IllegalArgumentException.class, () -> engine.addNote("XX", "text"));
        assertThrows(IllegalArgumentException.class, () -> engine.addNote("JP", " "));
    }

    @Test
    void anAdvancedQueryThatDoesNotParseSaysWhere() throws Exception {
        open();
        engine.put(asia("1.0.0"));
        settle();
        assertEquals(List.of("article/io.example.asia/tea-ceremony"),
                engine.search(SearchRequest.of("title:tea AND country:jp").withAdvanced(true)).hits().stream().map(SearchResults.Hit::id).toList());
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> engine.search(SearchRequest.of("tea AND (cards").withAdvanced(true)));
        assertEquals(15, e.position(), e.getMessage());
        QuerySyntaxException field = assertThrows(QuerySyntaxException.class,
                () -> engine.search(SearchRequest.of("tea colour:green").withAdvanced(true)));
        assertEquals(5, field.position(), field.getMessage());
        assertFalse(engine.search(SearchRequest.of("tea AND (cards")).hits().isEmpty(), "the default syntax forgives");
    }

    @Test
    void searchesDuringAReindexSeeTheOldIndexUntilTheNewOneIsThere() throws Exception {
        open();
        engine.put(asia("1.0.0"));
        settle();
        engine.reindex();
        engine.reindex();
        long empty = 0;
        for (int i = 0; i < 200; i++) {
            if (engine.search(SearchRequest.of("tea")).total() == 0) empty++;
        }
        settle();
        assertEquals(0, empty);
        assertEquals(List.of("article/io.example.asia/tea-ceremony"), ids("tea"));
    }

    @Test
    void notesChangedOutsideTheIndexAreMadeRightAtStart() throws Exception {
        JdbcDataSource h2 = notesDatabase();
        open();
        engine.useNotes(new NoteStore(h2, Clock.systemUTC()));
        Note kept = engine.addNote("JP", "Omiyage from your home town is welcome.");
        Note dropped = engine.addNote("JP", "Karaoke after the second dinner.");
        settle();
        engine.close();
        try (Connection c = h2.getConnection()) {
            c.createStatement().execute("DELETE FROM kb_note WHERE id = " + dropped.id());
            c.createStatement().execute("UPDATE kb_note SET body = 'Omiyage: sweets from your region', version = version + 1 WHERE id = " + kept.id());
        }
        open();
        engine.useNotes(new NoteStore(h2, Clock.systemUTC()));
        settle();
        assertEquals(List.of(), ids("karaoke"));
        assertEquals(List.of("note/" + kept.id()), ids("sweets"));
    }

    /** A new in-memory H2 database with the notes table, as the bundle's migration makes it. */
    private static JdbcDataSource notesDatabase() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:notes" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection()) {
            c.createStatement().execute(new String(CultureEngineTest.class.getResourceAsStream("/db/culture/V1__notes.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return h2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
