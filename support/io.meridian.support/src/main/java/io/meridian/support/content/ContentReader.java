package io.meridian.support.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.Source;
import io.meridian.support.text.Spelling;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What the readers of content files share: the file being read, the problems found so far, each
 * with the line of the field it is about, and the checks of values every kind of file holds
 * (texts, lists, language tags, sources).
 */
public abstract class ContentReader {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    protected final String bundle;
    protected final String file;
    protected final List<ContentProblem> problems = new ArrayList<>();
    protected LocatedJson json;

    protected ContentReader(String bundle, String file) {
        this.bundle = bundle;
        this.file = file;
    }

    /**
     * Parses a JSON file that must hold one object, and returns it; or null, after saying why
     * not ({@code shape} shows what the object looks like: {@code {"country": "JP", …}}).
     */
    protected final JsonNode parseObject(String text, String shape) {
        return parseObject(null, "JSON", text, 1, shape);
    }

    /**
     * The same for a document in another format Jackson reads (an article's YAML front matter),
     * whose first line is line {@code firstLine} of the file; {@code factory} null means JSON.
     */
    protected final JsonNode parseObject(com.fasterxml.jackson.core.JsonFactory factory, String format, String text, int firstLine, String shape) {
        try {
            json = factory == null ? LocatedJson.parse(text) : LocatedJson.parse(factory, format, text, firstLine);
        } catch (LocatedJson.Malformed e) {
            problemAt(e.line(), e.getMessage());
            return null;
        }
        if (!json.root().isObject()) {
            problem("", shape);
            return null;
        }
        return json.root();
    }

    /** A problem with the file as a whole, or at a line the parser found. */
    protected final void problemAt(int line, String message) {
        problems.add(new ContentProblem(bundle, file, line, "", message));
    }

    protected final List<Source> sources(JsonNode node, String path) {
        List<Source> sources = new ArrayList<>();
        if (node.isMissingNode()) return sources;
        if (!node.isArray()) {
            problem(path, "not a list: [{\"citation\": \"who, what, when\", \"url\": \"https://…\"}]");
            return sources;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            if (!node.get(i).isObject()) {
                problem(at, "must be an object: {\"citation\": \"who, what, when\", \"url\": \"https://…\"}");
                continue;
            }
            unknownFields(node.get(i), at, Set.of("citation", "url"));
            String citation = required(node.get(i).path("citation"), at + ".citation", "who said it, where and when");
            JsonNode url = node.get(i).path("url");
            String link = url.isMissingNode() || url.isNull() ? null : text(url, at + ".url");
            if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
                problem(at + ".url", "\"" + link + "\" is not a web address; write it with https://");
                link = null;
                citation = null;
            }
            if (citation != null) sources.add(new Source(citation, link));
        }
        return sources;
    }

    protected final List<String> strings(JsonNode parent, String field, BiFunction<String, String, String> check) {
        return strings(parent, "", field, check);
    }

    /** A list of texts, each passed through {@code check(value, path)}, which returns it (perhaps normalised) or null after saying why. */
    protected final List<String> strings(JsonNode parent, String prefix, String field, BiFunction<String, String, String> check) {
        String path = prefix.isEmpty() ? field : prefix + "." + field;
        List<String> values = new ArrayList<>();
        JsonNode node = parent.path(field);
        if (node.isMissingNode()) return values;
        if (!node.isArray()) {
            problem(path, "not a list of texts: [\"…\", \"…\"]");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            String value = text(node.get(i), at);
            String checked = value == null ? null : check.apply(value, at);
            if (checked != null) values.add(checked);
        }
        return values;
    }

    /** A well-formed BCP 47 tag, in its canonical case, or a problem. */
    protected final String language(String tag, String path) {
        if (tag == null) return null;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String language = locale.getLanguage();
            // a real ISO 639 code: two letters from the list, or three (ISO 639-2/3, like "fil")
            boolean known = language.length() == 2 ? ISO_LANGUAGES.contains(language) : language.length() == 3;
            if (!known) throw new IllformedLocaleException("not an ISO 639 language");
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            problem(path, "\"" + tag + "\" is not a BCP 47 language tag; write one like \"ja\", \"pt-BR\" or \"zh-Hant\"");
            return null;
        }
    }

    /** Each field of {@code node} that is not one of {@code known}, reported with a suggestion. */
    protected final void unknownFields(JsonNode node, String path, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problem(path + "." + name, "unknown field" + suggestion(name, known) + "; the fields here are " + sorted(known));
            }
        });
    }

    protected final String required(JsonNode node, String path, String what) {
        if (node.isMissingNode()) {
            problem(path, "missing: " + what);
            return null;
        }
        String text = text(node, path);
        if (text != null && text.isBlank()) {
            problem(path, "must not be empty");
            return null;
        }
        return text;
    }

    protected final String text(JsonNode node, String path) {
        if (node.isMissingNode()) {
            problem(path, "missing: a text in quotes");
            return null;
        }
        if (!node.isTextual()) {
            problem(path, "must be a text in quotes, not " + describe(node));
            return null;
        }
        return node.asText();
    }

    private static String describe(JsonNode node) {
        if (node.isNumber()) return "a number";
        if (node.isBoolean()) return node.asText();
        if (node.isNull()) return "null";
        if (node.isArray()) return "a list";
        if (node.isObject()) return "an object";
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    protected final void problem(String path, String message) {
        problems.add(new ContentProblem(bundle, file, json == null ? 0 : json.line(path), path, message));
    }

    protected static String sorted(Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
    }

    /** " (did you mean X?)" when a known name is within two edits, else "". */
    protected static String suggestion(String name, Set<String> known) {
        String best = Spelling.closest(name, known);
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }
}
