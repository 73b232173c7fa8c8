package io.meridian.culture.internal.content;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.ContentProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {

    private static final String BUNDLE = "io.meridian.region.test";

    @Test
    void frontMatterAndBodyMakeAnArticle() {
        ArticleReader.Result r = ArticleReader.read(BUNDLE, "content/articles/gift-giving-japan.md", """
                ---
                title: Gift giving in Japan
                countries: [jp]
                regions: east-asia
                topics: [gifts, etiquette]
                sources:
                  - citation: Meridian authors, field notes, 2026
                ---
                # Wrapping

                Wrap it *well*.
                """);
        assertEquals(List.of(), r.problems());
        Article a = r.article().orElseThrow();
        assertEquals("gift-giving-japan", a.id());
        assertEquals("Gift giving in Japan", a.title());
        assertEquals(Set.of("JP"), a.countries());
        assertEquals(Set.of("east-asia"), a.regions());
        assertEquals(Set.of("gifts", "etiquette"), a.topics());
        assertEquals("# Wrapping\n\nWrap it *well*.", a.markdown());
        assertEquals(1, a.sources().size());
    }

    @Test
    void everyProblemIsNamedWithItsLineAndField() {
        ArticleReader.Result r = ArticleReader.read(BUNDLE, "content/articles/Bad Name.md", """
                ---
                titel: Meetings
                countries: [JP, XX]
                topics: [Small Talk]
                sources:
                  - url: ftp://example.org
                ---
                """);
        assertTrue(r.article().isEmpty());
        List<String> seen = r.problems().stream().map(ContentProblem::toString).toList();
        assertHas(seen, "content/articles/Bad Name.md: the file name is the article's id", "rename it to bad-name.md");
        assertHas(seen, "line 2, titel: unknown field (did you mean \"title\"?)");
        assertHas(seen, "line 2, title: missing");
        assertHas(seen, "line 3, countries[1]: \"XX\" is not an ISO 3166-1 alpha-2 code");
        assertHas(seen, "line 4, topics[0]: \"Small Talk\" is not a tag", "\"small-talk\"");
        assertHas(seen, "line 6, sources[0].citation: missing");
        assertHas(seen, "line 6, sources[0].url: \"ftp://example.org\" is not a web address");
        assertHas(seen, "line 8: the article has no body");
    }

    @Test
    void brokenFrontMatterIsReportedAtItsLineInTheFile() {
        ContentProblem unclosed = ArticleReader.read(BUNDLE, "a/x.md", "---\ntitle: X\n\nbody").problems().get(0);
        assertTrue(unclosed.message().contains("never closed"), unclosed.toString());
        ContentProblem none = ArticleReader.read(BUNDLE, "a/x.md", "# Just a heading\n").problems().get(0);
        assertEquals(1, none.line());
        assertTrue(none.message().contains("front matter"), none.toString());
        ContentProblem yaml = ArticleReader.read(BUNDLE, "a/x.md", "---\ntitle: X\ntopics: [a, b\ncountries: [JP]\n---\nbody\n").problems().get(0);
        assertTrue(yaml.line() >= 3 && yaml.line() <= 5, yaml.toString());
        assertTrue(yaml.message().startsWith("not valid YAML"), yaml.toString());
        ContentProblem twice = ArticleReader.read(BUNDLE, "a/x.md", "---\ntitle: X\ntitle: Y\n---\nbody\n").problems().get(0);
        assertEquals(3, twice.line(), twice.toString());
    }

    @Test
    void aFolderLoadsItsValidFilesAndNamesTheRest() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("content/articles/ok.md", "---\ntitle: Fine\n---\nText\n".getBytes(StandardCharsets.UTF_8));
        files.put("content/articles/broken.md", "---\ntitle: [\n---\nText\n".getBytes(StandardCharsets.UTF_8));
        files.put("content/articles/latin1.md", new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});
        files.put("content/notes.txt", "stray".getBytes(StandardCharsets.UTF_8));
        files.put("content/README.md", "about".getBytes(StandardCharsets.UTF_8));
        ContentFolder.Content content = ContentFolder.read(BUNDLE, "content/", files);
        assertEquals(List.of("ok"), content.articles().stream().map(Article::id).toList());
        List<String> seen = content.problems().stream().map(ContentProblem::toString).toList();
        assertEquals(3, seen.size(), seen.toString());
        assertHas(seen, "content/articles/broken.md line 2: not valid YAML");
        assertHas(seen, "content/articles/latin1.md: not UTF-8 text");
        assertHas(seen, "content/notes.txt: not content");
    }

    private static void assertHas(List<String> problems, String... parts) {
        assertTrue(problems.stream().anyMatch(p -> java.util.Arrays.stream(parts).allMatch(p::contains)),
                () -> "no problem with " + List.of(parts) + " in:\n" + String.join("\n", problems));
    }

    @Test
    void norwayIsACountryNotABoolean() {
        ArticleReader.Result list = ArticleReader.read(BUNDLE, "a/fika.md", "---\ntitle: Fika\ncountries: [SE, NO]\n---\nCoffee.\n");
        assertEquals(List.of(), list.problems());
        assertEquals(Set.of("SE", "NO"), list.article().orElseThrow().countries());
        ArticleReader.Result one = ArticleReader.read(BUNDLE, "a/fika.md", "---\ntitle: Fika\ncountries: NO\n---\nCoffee.\n");
        assertEquals(Set.of("NO"), one.article().orElseThrow().countries());
    }
}
