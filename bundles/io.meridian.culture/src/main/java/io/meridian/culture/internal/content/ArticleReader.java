package io.meridian.culture.internal.content;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.meridian.api.culture.Article;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.Source;
import io.meridian.support.content.ContentReader;
import io.meridian.support.content.LocatedJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one article file ({@code articles/gift-giving-japan.md}): YAML front matter between
 * {@code ---} lines, then the body in CommonMark. The file name (without {@code .md}) is the id.
 *
 * <pre>{@code
 * ---
 * title: Gift giving in Japan
 * countries: [JP]
 * regions: [east-asia]
 * topics: [gifts, etiquette]
 * sources:
 *   - citation: Japan National Tourism Organization, "Etiquette", 2024
 *     url: https://www.japan.travel/en/guide/
 * ---
 * # Wrapping and presenting
 * ...
 * }</pre>
 *
 * A tag list may also be written as one value ({@code countries: JP}). Any problem yields no
 * article; the bundle's other files load regardless.
 */
public final class ArticleReader extends ContentReader {

    private static final Set<String> FIELDS = Set.of("title", "countries", "regions", "topics", "sources");
    /** YAML 1.1 reads no, yes, on and off as booleans: NO is Norway here. */
    private static final JsonFactory YAML = YAMLFactory.builder().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final String TAG = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The article, or why there is none. */
    public record Result(Optional<Article> article, List<ContentProblem> problems) {
    }

    private ArticleReader(String bundle, String file) {
        super(bundle, file);
    }

    /** Reads {@code text}, the content of {@code file} in {@code bundle}. */
    public static Result read(String bundle, String file, String text) {
        return new ArticleReader(bundle, file).read(text);
    }

    private Result read(String text) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (!id.matches(TAG)) {
            problemAt(0, "the file name is the article's id: lower-case letters, digits and single hyphens, like gift-giving-japan.md;"
                    + " rename it to " + slug(id) + ".md");
        }
        List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines = withFirst(lines, lines.get(0).substring(1));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problemAt(1, "an article starts with front matter between two --- lines: title, and optionally countries, regions,"
                    + " topics and sources");
            return new Result(Optional.empty(), problems);
        }
        int close = closing(lines);
        if (close < 0) {
            problemAt(1, "the front matter opened on line 1 is never closed; end it with a line holding only ---");
            return new Result(Optional.empty(), problems);
        }
        JsonNode root = parseObject(YAML, "YAML", String.join("\n", lines.subList(1, close)), 2,
                "the front matter is a set of fields, one per line: \"title: Gift giving in Japan\"");
        if (root == null) return new Result(Optional.empty(), problems);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) problem(field, "unknown field" + suggestion(field, FIELDS) + "; the fields are " + sorted(FIELDS));
        }
        String title = required(root.path("title"), "title", "the headline shown in search results");
        Set<String> countries = tags(root, "countries", this::country);
        Set<String> regions = tags(root, "regions", this::tag);
        Set<String> topics = tags(root, "topics", this::tag);
        List<Source> sources = sources(root.path("sources"), "sources");
        String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
        if (body.isEmpty()) problemAt(close + 2, "the article has no body; write it in Markdown below the front matter");
        if (!problems.isEmpty()) return new Result(Optional.empty(), problems);
        return new Result(Optional.of(new Article(id, title, countries, regions, topics, body, sources)), problems);
    }

    /** The line that closes the front matter opened on the first line ({@code ---} or {@code ...}), or -1. */
    private static int closing(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) return i;
        }
        return -1;
    }

    /**
     * The front matter of an article as the workbench reads it (YAML, with no and yes kept as
     * words), with the line each value is on; empty when there is none or it does not parse,
     * which {@link #read} explains.
     */
    public static Optional<LocatedJson> frontMatter(String text) {
        List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines = withFirst(lines, lines.get(0).substring(1));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return Optional.empty();
        int close = closing(lines);
        if (close < 0) return Optional.empty();
        try {
            return Optional.of(LocatedJson.parse(YAML, "YAML", String.join("\n", lines.subList(1, close)), 2));
        } catch (LocatedJson.Malformed e) {
            return Optional.empty();
        }
    }

    private interface Check {
        String apply(String value, String path);
    }

    /** A list of tags, or one tag written as a plain value. */
    private Set<String> tags(JsonNode root, String field, Check check) {
        JsonNode node = root.path(field);
        Set<String> values = new LinkedHashSet<>();
        if (node.isTextual()) {
            String v = check.apply(node.asText(), field);
            if (v != null) values.add(v);
            return values;
        }
        values.addAll(strings(root, field, check::apply));
        return values;
    }

    private String country(String code, String path) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            problem(path, "\"" + code + "\" is not an ISO 3166-1 alpha-2 code; write two letters, like JP");
            return null;
        }
        return upper;
    }

    private String tag(String tag, String path) {
        if (tag.matches(TAG)) return tag;
        problem(path, "\"" + tag + "\" is not a tag: write lower-case letters, digits and hyphens, like \"" + slug(tag) + "\"");
        return null;
    }

    private static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "article" : s;
    }

    private static List<String> withFirst(List<String> lines, String first) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(0, first);
        return copy;
    }
}
