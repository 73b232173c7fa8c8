package io.meridian.content.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.meridian.api.culture.ContentProblem;
import io.meridian.calendar.internal.content.CalendarFile;
import io.meridian.calendar.internal.content.CountryCalendar;
import io.meridian.culture.internal.content.ArticleReader;
import io.meridian.culture.internal.content.ProfileReader;
import io.meridian.support.content.ContentText;
import io.meridian.support.content.LocatedJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a region pack's content folder as the build of a pack does: every file against its JSON
 * Schema (the shapes third parties write against, in {@code io/meridian/content/schema/}), then
 * read by the very readers the workbench uses, then for what a region pack owes its users: every
 * country with both a profile and a calendar, and holidays worked out for every year from
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Each problem names its file, line and field.
 */
public final class ContentLint {

    /** A region pack's holidays must be right for these years. */
    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2030;

    private final String pack;
    private final Schema profileSchema = schema("profile");
    private final Schema articleSchema = schema("article");
    private final Schema calendarSchema = schema("calendar");

    /** @param pack the pack's name, as each problem starts: its bundle's symbolic name */
    public ContentLint(String pack) {
        this.pack = pack;
    }

    private static Schema schema(String name) {
        try (InputStream in = ContentLint.class.getResourceAsStream("/io/meridian/content/schema/" + name + ".schema.json")) {
            if (in == null) throw new IllegalStateException("the " + name + " schema is missing from the linter's jar");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of the content folder {@code content} (the one holding profiles/, articles/ and calendar/), by file and line. */
    public List<ContentProblem> lint(Path content) throws IOException {
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            problems.add(new ContentProblem(pack, content.toString(), 0, "", "no such folder: a region pack keeps its content in"
                    + " src/main/resources/content/ (profiles/, articles/, calendar/)"));
            return problems;
        }
        Set<String> profiles = new TreeSet<>();
        Set<String> calendars = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = content.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            String name = "content/" + relative;
            String base = file.getFileName().toString();
            String upper = base.toUpperCase(Locale.ROOT);
            // as the workbench reads a bundle's content: README, LICENSE and NOTICE files may sit anywhere
            if (upper.startsWith("README") || upper.startsWith("LICENSE") || upper.startsWith("NOTICE")) continue;
            String kind = relative.indexOf('/') == relative.lastIndexOf('/') && relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
            boolean known = kind.equals("profiles") && base.endsWith(".json") || kind.equals("calendar") && base.endsWith(".json")
                    || kind.equals("articles") && base.endsWith(".md");
            if (!known) {
                problems.add(new ContentProblem(pack, name, 0, "", "not content: country profiles go in content/profiles/<CC>.json,"
                        + " articles in content/articles/<id>.md, holidays and work weeks in content/calendar/<CC>.json; move or remove it"));
                continue;
            }
            String text = ContentText.decode(pack, name, Files.readAllBytes(file), problems);
            if (text == null) continue;
            switch (kind) {
                case "profiles" -> {
                    profiles.add(base.substring(0, base.length() - 5));
                    profile(name, text, problems);
                }
                case "articles" -> article(name, text, problems);
                default -> {
                    calendars.add(base.substring(0, base.length() - 5));
                    calendar(name, text, problems);
                }
            }
        }
        for (String country : profiles) {
            if (!calendars.contains(country)) {
                problems.add(new ContentProblem(pack, "content/profiles/" + country + ".json", 0, "", "the pack has a profile of " + country
                        + " but no calendar: add content/calendar/" + country + ".json with its work week and holidays"));
            }
        }
        for (String country : calendars) {
            if (!profiles.contains(country)) {
                problems.add(new ContentProblem(pack, "content/calendar/" + country + ".json", 0, "", "the pack has a calendar of " + country
                        + " but no profile: add content/profiles/" + country + ".json"));
            }
        }
        if (profiles.isEmpty() && calendars.isEmpty()) {
            problems.add(new ContentProblem(pack, "content/", 0, "", "the pack has no country: add content/profiles/<CC>.json and"
                    + " content/calendar/<CC>.json for each country it covers"));
        }
        problems.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        return problems;
    }

    private void profile(String file, String text, List<ContentProblem> problems) {
        Optional<LocatedJson> json = parse(file, text, problems);
        if (json.isEmpty()) return;
        List<ContentProblem> found = new ArrayList<>(ProfileReader.read(pack, file, text).problems());
        addUncovered(found, check(profileSchema, json.get(), json.get().root(), file));
        problems.addAll(found);
    }

    private void article(String file, String text, List<ContentProblem> problems) {
        List<ContentProblem> found = new ArrayList<>(ArticleReader.read(pack, file, text).problems());
        ArticleReader.frontMatter(text).ifPresent(front -> addUncovered(found, check(articleSchema, front, front.root(), file)));
        problems.addAll(found);
    }

    private void calendar(String file, String text, List<ContentProblem> problems) {
        Optional<LocatedJson> json = parse(file, text, problems);
        if (json.isEmpty()) return;
        CalendarFile.Result read = CalendarFile.read(pack, file, text);
        List<ContentProblem> found = new ArrayList<>(read.problems());
        addUncovered(found, check(calendarSchema, json.get(), json.get().root(), file));
        if (found.isEmpty() && read.calendar().isPresent()) years(file, json.get(), read.calendar().get(), found);
        problems.addAll(found);
    }

    /**
     * Holidays for every year a pack must cover: every rule works them out, and a holiday listed
     * by date that comes every year ({@code "yearly": true}, such as Diwali) has a date in each.
     */
    private void years(String file, LocatedJson json, CountryCalendar calendar, List<ContentProblem> found) {
        Set<Optional<String>> places = new LinkedHashSet<>();
        places.add(Optional.empty());
        JsonNode holidays = json.root().path("holidays");
        for (JsonNode h : holidays) h.path("subdivisions").forEach(s -> places.add(Optional.of(s.asText())));
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (Optional<String> place : places) {
                try {
                    calendar.holidays(year, place);
                } catch (RuntimeException e) {
                    found.add(new ContentProblem(pack, file, 0, "holidays", "the holidays of " + year + place.map(p -> " in " + p).orElse("")
                            + " cannot be worked out (" + e.getMessage() + "); a region pack must cover " + FIRST_YEAR + " to " + LAST_YEAR));
                }
            }
        }
        for (int i = 0; i < holidays.size(); i++) {
            JsonNode h = holidays.get(i);
            if (!h.has("dates") || !h.path("yearly").asBoolean(false)) continue;
            Set<Integer> covered = new TreeSet<>();
            h.path("dates").forEach(d -> covered.add(Integer.parseInt(d.asText().substring(0, 4))));
            h.path("announced").fieldNames().forEachRemaining(y -> covered.add(Integer.parseInt(y)));
            int from = Math.max(FIRST_YEAR, h.path("from").asInt(FIRST_YEAR));
            int until = Math.min(LAST_YEAR, h.path("until").asInt(LAST_YEAR));
            List<Integer> missing = new ArrayList<>();
            for (int year = from; year <= until; year++) if (!covered.contains(year)) missing.add(year);
            if (!missing.isEmpty()) {
                String at = "holidays[" + i + "].dates";
                found.add(new ContentProblem(pack, file, json.line(at), at, "\"" + h.path("id").asText() + "\" lists no date for " + missing
                        + "; a yearly holiday needs a date in every year from " + FIRST_YEAR + " to " + LAST_YEAR + " (mark forecasts"
                        + " \"estimated\": true), or an \"until\" where it ends"));
            }
        }
    }

    private Optional<LocatedJson> parse(String file, String text, List<ContentProblem> problems) {
        try {
            return Optional.of(LocatedJson.parse(text));
        } catch (LocatedJson.Malformed e) {
            problems.add(new ContentProblem(pack, file, e.line(), "", e.getMessage()));
            return Optional.empty();
        }
    }

    /** The schema's complaints, each at the line of the value concerned and named as the readers name fields. */
    private List<ContentProblem> check(Schema schema, LocatedJson json, JsonNode root, String file) {
        List<ContentProblem> out = new ArrayList<>();
        boolean placeSaid = false;
        for (Error e : schema.validate(root)) {
            String at = path(e.getInstanceLocation());
            String field = at;
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            if (message.startsWith("$") && colon > 0) message = message.substring(colon + 2);
            boolean alternative = e.getEvaluationPath() != null && e.getEvaluationPath().toString().contains("anyOf");
            if (schema == articleSchema && at.isEmpty() && (alternative || "anyOf".equals(e.getKeyword()))) {
                // countries or regions: one problem, not one per alternative
                if (placeSaid) continue;
                placeSaid = true;
                field = "countries";
                message = "an article names what it is about: add the countries (countries: [IS]) or the regions (regions: [nordics])";
            } else if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
                field = at.isEmpty() ? e.getProperty() : at + "." + e.getProperty();
                message = "missing: a region pack needs it (see the schema " + schemaName(schema) + ")";
            } else if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                field = at.isEmpty() ? e.getProperty() : at + "." + e.getProperty();
                message = "unknown field: the schema " + schemaName(schema) + " allows no such field here";
            } else if ("minItems".equals(e.getKeyword())) {
                message = tooFew(at, message);
            } else if ("oneOf".equals(e.getKeyword()) && at.startsWith("holidays[")) {
                message = "give either \"on\" (a rule) or \"dates\" (a list of days), not both and not neither";
            } else {
                message = message + " (schema " + schemaName(schema) + ")";
            }
            out.add(new ContentProblem(pack, file, json.line(at), field, message));
        }
        return out;
    }

    /** What a region pack needs where a list is too short. */
    private static String tooFew(String at, String validator) {
        if (at.equals("phrases")) return "a region pack gives at least five phrases worth knowing, each with its meaning (" + validator + ")";
        if (at.startsWith("gifts.")) return "list at least one: a region pack says what to give, what not to give and what is taboo";
        if (at.endsWith("sources")) return "cite at least one source for these facts: {\"citation\": \"who, what, when\", \"url\": \"https://…\"}";
        if (at.equals("workWeeks")) return "a region pack gives the country's work week: [{\"days\": [\"MON\", …]}]";
        return "needs at least one entry (" + validator + ")";
    }

    private String schemaName(Schema schema) {
        return schema == profileSchema ? "profile.schema.json" : schema == articleSchema ? "article.schema.json" : "calendar.schema.json";
    }

    /**
     * Adds the schema's problems about fields the workbench's reader did not already name: the
     * reader's words come first (they say what to write, with a did-you-mean), the schema adds
     * what a region pack needs beyond what the workbench accepts.
     */
    private static void addUncovered(List<ContentProblem> found, List<ContentProblem> schema) {
        Set<String> named = new TreeSet<>();
        for (ContentProblem p : found) named.add(p.field());
        for (ContentProblem p : schema) {
            boolean covered = named.stream().anyMatch(f -> !f.isEmpty() && (p.field().equals(f) || p.field().startsWith(f + ".")
                    || p.field().startsWith(f + "[") || f.startsWith(p.field() + ".")));
            if (!covered) found.add(p);
        }
    }

    /** {@code $.scales.leading.value} or {@code /phrases/2/meaning} as the readers write it: {@code phrases[2].meaning}. */
    static String path(NodePath location) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) out.append('[').append(index).append(']');
            else {
                if (out.length() > 0) out.append('.');
                out.append(element);
            }
        }
        return out.toString();
    }
}
