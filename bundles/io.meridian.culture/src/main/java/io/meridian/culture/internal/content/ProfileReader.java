package io.meridian.culture.internal.content;


import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.Gifts;
import io.meridian.api.culture.Phrase;
import io.meridian.api.culture.Scale;
import io.meridian.api.culture.ScalePosition;
import io.meridian.api.culture.Section;
import io.meridian.api.culture.Source;
import io.meridian.support.content.ContentReader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one country profile file ({@code profiles/JP.json}) into a {@link CountryProfile}, or
 * says everything that is wrong with it at once, each problem with its line and field. A file
 * with any problem yields no profile: the bundle's other files load regardless.
 *
 * <pre>{@code
 * {"country": "JP", "names": {"en": "Japan", "ja": "日本"}, "languages": ["ja"], "timeZones": ["Asia/Tokyo"],
 *  "scales": {"communicating": {"value": 90, "note": "…", "sources": [{"citation": "…", "url": "https://…"}]}},
 *  "sections": {"greetings": "Markdown…"}, "gifts": {"do": […], "dont": […], "taboos": […]},
 *  "phrases": [{"text": "…", "transliteration": "…", "meaning": "…", "language": "ja"}],
 *  "sources": [{"citation": "…"}], "lastReviewed": "2026-11-01"}
 * }</pre>
 */
public final class ProfileReader extends ContentReader {

    private static final Set<String> FIELDS = Set.of("country", "names", "languages", "timeZones", "scales", "sections", "gifts",
            "phrases", "sources", "lastReviewed");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The profile, or why there is none. */
    public record Result(Optional<CountryProfile> profile, List<ContentProblem> problems) {
    }

    private ProfileReader(String bundle, String file) {
        super(bundle, file);
    }

    /** Reads {@code text}, the content of {@code file} in {@code bundle}. */
    public static Result read(String bundle, String file, String text) {
        return new ProfileReader(bundle, file).read(text);
    }

    private Result read(String text) {
        JsonNode root = parseObject(text, "a profile is one JSON object, {\"country\": \"JP\", …}");
        if (root == null) return new Result(Optional.empty(), problems);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) problem(name, "unknown field" + suggestion(name, FIELDS) + "; the fields are " + sorted(FIELDS));
        }
        String country = country(root.path("country"));
        Map<String, String> names = names(root.path("names"));
        List<String> languages = strings(root, "languages", this::language);
        List<String> zones = strings(root, "timeZones", this::zone);
        Map<Scale, ScalePosition> scales = scales(root.path("scales"));
        Map<Section, String> sections = sections(root.path("sections"));
        Gifts gifts = gifts(root.path("gifts"));
        List<Phrase> phrases = phrases(root.path("phrases"));
        List<Source> sources = sources(root.path("sources"), "sources");
        LocalDate reviewed = date(root.path("lastReviewed"), "lastReviewed");
        if (!problems.isEmpty()) return new Result(Optional.empty(), problems);
        return new Result(Optional.of(new CountryProfile(country, names, languages, zones, scales, sections, gifts, phrases, sources,
                reviewed)), problems);
    }

    private String country(JsonNode node) {
        if (node.isMissingNode()) {
            problem("country", "missing: the ISO 3166-1 alpha-2 code of the country, like \"JP\"");
            return null;
        }
        String code = text(node, "country");
        if (code == null) return null;
        if (!COUNTRIES.contains(code)) {
            problem("country", "\"" + code + "\" is not an ISO 3166-1 alpha-2 code; write two upper-case letters, like \"JP\"");
            return null;
        }
        String expected = file.substring(file.lastIndexOf('/') + 1);
        if (expected.endsWith(".json") && !expected.equals(code + ".json")) {
            problem("country", "\"" + code + "\" does not match the file name " + expected + "; name the file " + code + ".json");
        }
        return code;
    }

    private Map<String, String> names(JsonNode node) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!node.isObject()) {
            problem("names", (node.isMissingNode() ? "missing" : "not an object") + ": the country's names by language, {\"en\": \"Japan\", …}");
            return names;
        }
        node.fields().forEachRemaining(e -> {
            String lang = language(e.getKey(), "names." + e.getKey());
            String name = text(e.getValue(), "names." + e.getKey());
            if (lang != null && name != null) names.put(lang, name);
        });
        if (!names.containsKey("en") && problems.stream().noneMatch(p -> p.field().startsWith("names"))) {
            problem("names", "needs the English name, \"en\"");
        }
        return names;
    }

    private Map<Scale, ScalePosition> scales(JsonNode node) {
        Map<Scale, ScalePosition> scales = new EnumMap<>(Scale.class);
        if (node.isMissingNode()) return scales;
        if (!node.isObject()) {
            problem("scales", "not an object: {\"communicating\": {\"value\": 0–100, \"note\": \"…\"}, …}");
            return scales;
        }
        Set<String> ids = Arrays.stream(Scale.values()).map(Scale::id).collect(Collectors.toSet());
        node.fields().forEachRemaining(e -> {
            String path = "scales." + e.getKey();
            Scale scale = Scale.byId(e.getKey());
            if (scale == null) {
                problem(path, "unknown scale" + suggestion(e.getKey(), ids) + "; the scales are " + sorted(ids));
                return;
            }
            JsonNode position = e.getValue();
            if (!position.isObject()) {
                problem(path, "must be an object with the position and why: {\"value\": 0–100, \"note\": \"…\", \"sources\": […]}");
                return;
            }
            unknownFields(position, path, Set.of("value", "note", "sources"));
            JsonNode value = position.path("value");
            Integer v = null;
            if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                problem(path + ".value", value.isMissingNode() ? "missing: a whole number from 0 (" + scale.low() + ") to 100 ("
                        + scale.high() + ")" : "must be a whole number from 0 to 100");
            } else if (value.asInt() < 0 || value.asInt() > 100) {
                problem(path + ".value", "must be 0 (" + scale.low() + ") to 100 (" + scale.high() + "), not " + value.asInt());
            } else {
                v = value.asInt();
            }
            String note = required(position.path("note"), path + ".note", "why the country sits there, in your words");
            List<Source> sources = sources(position.path("sources"), path + ".sources");
            if (v != null && note != null && !note.isBlank()) scales.put(scale, new ScalePosition(v, note, sources));
        });
        return scales;
    }

    private Map<Section, String> sections(JsonNode node) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        if (node.isMissingNode()) return sections;
        Set<String> ids = Arrays.stream(Section.values()).map(Section::id).collect(Collectors.toSet());
        if (!node.isObject()) {
            problem("sections", "not an object: {\"greetings\": \"Markdown…\", …}");
            return sections;
        }
        node.fields().forEachRemaining(e -> {
            Section section = Section.byId(e.getKey());
            if (section == null) {
                problem("sections." + e.getKey(), "unknown section" + suggestion(e.getKey(), ids) + "; the sections are " + sorted(ids));
                return;
            }
            String markdown = text(e.getValue(), "sections." + e.getKey());
            if (markdown != null) sections.put(section, markdown);
        });
        return sections;
    }

    private Gifts gifts(JsonNode node) {
        if (node.isMissingNode()) return Gifts.NONE;
        if (!node.isObject()) {
            problem("gifts", "not an object: {\"do\": […], \"dont\": […], \"taboos\": […]}");
            return Gifts.NONE;
        }
        Set<String> keys = Set.of("do", "dont", "taboos");
        node.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) problem("gifts." + k, "unknown list" + suggestion(k, keys) + "; gifts has do, dont and taboos");
        });
        return new Gifts(strings(node, "gifts", "do", (v, at) -> v), strings(node, "gifts", "dont", (v, at) -> v),
                strings(node, "gifts", "taboos", (v, at) -> v));
    }

    private List<Phrase> phrases(JsonNode node) {
        List<Phrase> phrases = new ArrayList<>();
        if (node.isMissingNode()) return phrases;
        if (!node.isArray()) {
            problem("phrases", "not a list: [{\"text\": \"…\", \"transliteration\": \"…\", \"meaning\": \"…\", \"language\": \"ja\"}]");
            return phrases;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "phrases[" + i + "]";
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                problem(path, "must be an object: {\"text\": \"…\", \"transliteration\": \"…\", \"meaning\": \"…\", \"language\": \"ja\"}");
                continue;
            }
            unknownFields(p, path, Set.of("text", "transliteration", "meaning", "language"));
            String text = required(p.path("text"), path + ".text", "the phrase as written in its language");
            String meaning = required(p.path("meaning"), path + ".meaning", "what it means and when to say it, in English");
            String language = language(required(p.path("language"), path + ".language", "the BCP 47 tag of the phrase's language, like \"ja\""), path + ".language");
            JsonNode t = p.path("transliteration");
            String transliteration = t.isMissingNode() || t.isNull() ? null : text(t, path + ".transliteration");
            if (text != null && meaning != null && language != null) phrases.add(new Phrase(text, transliteration, meaning, language));
        }
        return phrases;
    }

    private LocalDate date(JsonNode node, String path) {
        if (node.isMissingNode()) {
            problem(path, "missing: the day a person last checked the profile against its sources, like \"2026-11-01\"");
            return null;
        }
        String text = text(node, path);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            problem(path, "\"" + text + "\" is not a date; write it as YYYY-MM-DD, like \"2026-11-01\"");
            return null;
        }
    }

    private String zone(String zone, String path) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            problem(path, "\"" + zone + "\" is not an IANA time zone; write one like \"Asia/Tokyo\"");
            return null;
        }
    }
}
