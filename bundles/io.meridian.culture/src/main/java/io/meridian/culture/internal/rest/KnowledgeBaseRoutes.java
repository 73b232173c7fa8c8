package io.meridian.culture.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Person;
import io.meridian.api.culture.Article;
import io.meridian.api.culture.BriefPoint;
import io.meridian.api.culture.Comparison;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryBrief;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.KnowledgeBase;
import io.meridian.api.culture.Note;
import io.meridian.api.culture.Phrase;
import io.meridian.api.culture.QuerySyntaxException;
import io.meridian.api.culture.ScalePosition;
import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.api.culture.Section;
import io.meridian.api.culture.Snippet;
import io.meridian.api.culture.Source;
import io.meridian.api.culture.Suggestion;
import io.meridian.api.rest.ApiException;
import io.meridian.culture.internal.kb.ArticleLibrary;
import io.meridian.support.rest.InvalidFields;
import io.meridian.support.rest.JsonBodies;
import io.meridian.support.rest.QueryParameters;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/kb}: search, suggest, countries, articles, compare, notes, status and reindex. Access
 * control, limits and the error bodies are the workbench's, for every route alike.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/kb",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/kb/*"})
public final class KnowledgeBaseRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = JsonBodies.mapper().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final transient KnowledgeBase kb;
    /** For the context of a contact; the routes work without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile ContactService contacts;
    /** Articles whole, from this bundle's knowledge base; the other routes work without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile ArticleLibrary library;

    @Activate
    public KnowledgeBaseRoutes(@Reference KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            route(request, response, segments(request));
        } catch (QuerySyntaxException e) {
            throw new ApiException(400, "bad_query", e.getMessage(), Map.of("q", e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_request", e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ApiException(404, "not_found", e.getMessage());
        } catch (ConcurrentModificationException e) {
            throw new ApiException(409, "stale_version", e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(503, "unavailable", e.getMessage());
        }
    }

    private static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) return List.of();
        return Arrays.stream(info.substring(1).split("/")).toList();
    }

    private void route(HttpServletRequest request, HttpServletResponse response, List<String> path) throws IOException {
        String method = request.getMethod();
        String first = path.isEmpty() ? "" : path.get(0);
        switch (first + ":" + method + ":" + path.size()) {
            case "search:GET:1" -> ok(response, search(request));
            case "suggest:GET:1" -> {
                QueryParameters q = new QueryParameters(request, List.of("q", "limit"));
                String text = required(q, "q", "the text typed so far");
                int limit = q.integer("limit", 8, 1, 50);
                q.check();
                ArrayNode out = NODES.arrayNode();
                for (Suggestion s : kb.suggest(text, limit)) out.addObject().put("text", s.text()).put("kind", s.kind()).put("target", s.target());
                ok(response, object("suggestions", out));
            }
            case "countries:GET:1" -> {
                new QueryParameters(request, List.of()).check();
                ArrayNode out = NODES.arrayNode();
                for (KnowledgeBase.CountrySummary c : kb.countries()) {
                    out.addObject().put("countryCode", c.countryCode()).put("name", c.name()).put("bundle", c.bundle())
                            .put("articles", c.articles()).put("notes", c.notes());
                }
                ok(response, object("countries", out));
            }
            case "countries:GET:2" -> {
                new QueryParameters(request, List.of()).check();
                KnowledgeBase.CountryView v = kb.country(path.get(1)).orElseThrow(() -> noProfile(path.get(1)));
                ok(response, country(v));
            }
            case "countries:GET:3" -> {
                if (!path.get(2).equals("brief")) throw noRoute(request);
                QueryParameters q = new QueryParameters(request, List.of("home"));
                Optional<String> home = Optional.ofNullable(q.text("home"));
                q.check();
                ok(response, brief(kb.brief(path.get(1), home).orElseThrow(() -> noProfile(path.get(1)))));
            }
            case "context:GET:2" -> ok(response, context(request, path.get(1)));
            case "articles:GET:1" -> {
                QueryParameters q = new QueryParameters(request, List.of("country", "region", "topic"));
                q.check();
                Set<String> countries = upper(all(request, "country"));
                Set<String> regions = lower(all(request, "region"));
                Set<String> topics = lower(all(request, "topic"));
                ArrayNode out = NODES.arrayNode();
                for (ArticleLibrary.ArticleView v : library().articles()) {
                    Article a = v.article();
                    if (matches(a.countries(), countries) && matches(a.regions(), regions) && matches(a.topics(), topics)) out.add(articleSummary(v));
                }
                ok(response, object("articles", out));
            }
            case "articles:GET:3" -> {
                new QueryParameters(request, List.of()).check();
                String id = "article/" + path.get(1) + "/" + path.get(2);
                ArticleLibrary.ArticleView v = library().article(id).orElseThrow(() -> new ApiException(404, "not_found",
                        "no article " + path.get(2) + " from " + path.get(1) + " is installed; GET /api/v1/kb/articles lists the articles there are"));
                ok(response, article(v));
            }
            case "compare:GET:1" -> {
                QueryParameters q = new QueryParameters(request, List.of("countries"));
                String list = required(q, "countries", "two or more ISO codes separated by commas, like DE,JP");
                q.check();
                ok(response, comparison(kb.compare(Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())));
            }
            case "notes:GET:1" -> {
                QueryParameters q = new QueryParameters(request, List.of("country"));
                String country = required(q, "country", "the ISO code of the country, like JP");
                q.check();
                ArrayNode out = NODES.arrayNode();
                kb.notes(country).forEach(n -> out.add(note(n)));
                ok(response, object("notes", out));
            }
            case "notes:POST:1" -> {
                ObjectNode body = JsonBodies.readObject(request, JSON);
                InvalidFields errors = new InvalidFields();
                only(body, errors, Set.of("country", "text"));
                String country = text(body, "country", errors);
                String text = text(body, "text", errors);
                errors.throwIfAny();
                Note n = kb.addNote(country, text);
                response.setHeader("Location", "/api/v1/kb/notes/" + n.id());
                JsonBodies.write(response, 201, note(n), JSON);
            }
            case "notes:GET:2" -> {
                new QueryParameters(request, List.of()).check();
                long id = id(path.get(1));
                ok(response, note(kb.note(id).orElseThrow(() -> new ApiException(404, "not_found", "there is no note " + id))));
            }
            case "notes:PUT:2", "notes:PATCH:2" -> {
                long id = id(path.get(1));
                ObjectNode body = JsonBodies.readObject(request, JSON);
                InvalidFields errors = new InvalidFields();
                only(body, errors, Set.of("text", "version"));
                String text = text(body, "text", errors);
                JsonNode version = body.path("version");
                if (!version.isIntegralNumber() || !version.canConvertToLong()) {
                    errors.add("version", "required: the version you read (GET /api/v1/kb/notes?country=…), a whole number like 1");
                }
                errors.throwIfAny();
                ok(response, note(kb.editNote(id, version.asLong(), text)));
            }
            case "notes:DELETE:2" -> {
                long id = id(path.get(1));
                if (!kb.deleteNote(id)) throw new ApiException(404, "not_found", "there is no note " + id);
                response.setStatus(204);
            }
            case "status:GET:1" -> ok(response, status(kb.status()));
            case "reindex:POST:1" -> {
                kb.reindex();
                JsonBodies.write(response, 202, object("detail", NODES.textNode("rebuilding; GET /api/v1/kb/status shows when it is done")), JSON);
            }
            default -> throw noRoute(request);
        }
    }

    /** The brief for a contact's country, for the contact page and the agenda. */
    private ObjectNode context(HttpServletRequest request, String contactId) {
        QueryParameters q = new QueryParameters(request, List.of("home"));
        Optional<String> home = Optional.ofNullable(q.text("home"));
        q.check();
        ContactService people = contacts;
        if (people == null) throw new ApiException(503, "unavailable", "contacts are not installed: feature:install contacts");
        UUID id;
        try {
            id = UUID.fromString(contactId);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_id", "\"" + contactId + "\" is not a contact id; ids are UUIDs, as GET /api/v1/contacts lists them");
        }
        Person person = people.find(id).orElseThrow(() -> new ApiException(404, "not_found", "no contact " + contactId));
        ObjectNode out = NODES.objectNode();
        out.putObject("contact").put("id", person.id().toString()).put("displayName", person.displayName())
                .put("country", person.fields().country());
        String country = person.fields().country();
        Optional<CountryBrief> brief = country == null ? Optional.empty() : kb.brief(country, home);
        if (brief.isPresent()) {
            out.set("brief", brief(brief.get()));
            out.putNull("reason");
        } else {
            out.putNull("brief");
            out.put("reason", country == null ? "no country is recorded for " + person.displayName() + "; set one to see a brief"
                    : "no profile for " + country + " is installed; a region pack with one brings the brief");
        }
        return out;
    }

    private ArticleLibrary library() {
        ArticleLibrary articles = library;
        if (articles == null) {
            throw new ApiException(503, "unavailable", "this knowledge base does not lend whole articles; search gives their passages");
        }
        return articles;
    }

    /** A filter is met when it names nothing, or one of the values it names. */
    private static boolean matches(Set<String> values, Set<String> wanted) {
        return wanted.isEmpty() || values.stream().anyMatch(wanted::contains);
    }

    private static Set<String> upper(Set<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static ObjectNode articleSummary(ArticleLibrary.ArticleView v) {
        Article a = v.article();
        ObjectNode o = NODES.objectNode();
        o.put("id", v.id());
        o.put("articleId", a.id());
        o.put("title", a.title());
        o.set("countries", strings(a.countries()));
        o.set("regions", strings(a.regions()));
        o.set("topics", strings(a.topics()));
        o.put("bundle", v.bundle());
        o.put("bundleVersion", v.bundleVersion());
        return o;
    }

    private static ObjectNode article(ArticleLibrary.ArticleView v) {
        ObjectNode o = articleSummary(v);
        o.put("markdown", v.article().markdown());
        o.set("blocks", MarkdownBlocks.of(v.article().markdown()));
        o.set("sources", sources(v.article().sources()));
        return o;
    }

    /** The sections' Markdown as blocks, beside the Markdown itself. */
    private static ObjectNode sectionBlocks(Map<Section, String> sections) {
        ObjectNode o = NODES.objectNode();
        sections.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.set(e.getKey().id(), MarkdownBlocks.of(e.getValue())));
        return o;
    }

    private ObjectNode search(HttpServletRequest request) {
        QueryParameters q = new QueryParameters(request, List.of("q", "like", "country", "region", "topic", "advanced", "offset", "limit"));
        int offset = q.integer("offset", 0, 0, 10_000);
        int limit = q.integer("limit", 10, 1, SearchRequest.MAX_LIMIT);
        Boolean advanced = q.flag("advanced");
        String like = q.text("like");
        String text = q.text("q");
        if (like == null && text == null) {
            InvalidFields missing = new InvalidFields();
            missing.add("q", "required: the words to search for (or like=ID for documents like one)");
            missing.throwIfAny();
        }
        if (like != null && (text != null || !all(request, "country").isEmpty() || !all(request, "region").isEmpty()
                || !all(request, "topic").isEmpty() || advanced != null)) {
            InvalidFields both = new InvalidFields();
            both.add("like", "documents like one are found by that document alone: send like=ID without q, filters or advanced");
            both.throwIfAny();
        }
        q.check();
        if (like != null) {
            ArrayNode hits = NODES.arrayNode();
            kb.moreLikeThis(like, limit).forEach(h -> hits.add(hit(h)));
            return object("hits", hits);
        }
        SearchRequest r = new SearchRequest(text, Boolean.TRUE.equals(advanced), all(request, "country"), all(request, "region"),
                all(request, "topic"), offset, limit);
        SearchResults results = kb.search(r);
        ObjectNode out = NODES.objectNode();
        out.put("total", results.total());
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("relaxed", results.relaxed());
        results.didYouMean().ifPresentOrElse(d -> out.put("didYouMean", d), () -> out.putNull("didYouMean"));
        ArrayNode hits = out.putArray("hits");
        results.hits().forEach(h -> hits.add(hit(h)));
        ObjectNode facets = out.putObject("facets");
        facets.set("country", counts(results.countries()));
        facets.set("region", counts(results.regions()));
        facets.set("topic", counts(results.topics()));
        return out;
    }

    /** Repeated or comma-separated values of a filter parameter. */
    private static Set<String> all(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) return Set.of();
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    private static ArrayNode counts(List<SearchResults.FacetCount> counts) {
        ArrayNode out = NODES.arrayNode();
        counts.forEach(c -> out.addObject().put("value", c.value()).put("count", c.count()));
        return out;
    }

    private static ObjectNode hit(SearchResults.Hit h) {
        ObjectNode o = NODES.objectNode();
        o.put("id", h.id());
        o.put("kind", h.kind().id());
        o.put("title", h.title());
        o.set("countries", strings(h.countries()));
        o.set("regions", strings(h.regions()));
        o.set("topics", strings(h.topics()));
        o.set("snippet", snippet(h.snippet()));
        o.put("score", h.score());
        o.put("bundle", h.bundle());
        o.put("bundleVersion", h.bundleVersion());
        return o;
    }

    /** A snippet as text runs, {@code [{"text": "…", "match": true}]}: the client escapes and marks them. */
    private static ArrayNode snippet(Snippet s) {
        ArrayNode out = NODES.arrayNode();
        s.fragments().forEach(f -> out.addObject().put("text", f.text()).put("match", f.match()));
        return out;
    }

    private static ObjectNode country(KnowledgeBase.CountryView v) {
        CountryProfile p = v.profile();
        ObjectNode o = profile(p);
        o.put("bundle", v.bundle());
        o.put("bundleVersion", v.bundleVersion());
        o.set("alsoContributedBy", strings(v.alsoContributedBy()));
        ArrayNode notes = o.putArray("notes");
        v.notes().forEach(n -> notes.add(note(n)));
        return o;
    }

    private static ObjectNode profile(CountryProfile p) {
        ObjectNode o = NODES.objectNode();
        o.put("countryCode", p.countryCode());
        o.put("name", p.name());
        ObjectNode names = o.putObject("names");
        p.names().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> names.put(e.getKey(), e.getValue()));
        o.set("languages", strings(p.languages()));
        o.set("timeZones", strings(p.timeZones()));
        ObjectNode scales = o.putObject("scales");
        p.scales().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> scales.set(e.getKey().id(), position(e.getValue(), e.getKey().low(), e.getKey().high())));
        ObjectNode sections = o.putObject("sections");
        p.sections().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sections.put(e.getKey().id(), e.getValue()));
        o.set("sectionBlocks", sectionBlocks(p.sections()));
        ObjectNode gifts = o.putObject("gifts");
        gifts.set("do", strings(p.gifts().dos()));
        gifts.set("dont", strings(p.gifts().donts()));
        gifts.set("taboos", strings(p.gifts().taboos()));
        o.set("phrases", phrases(p.phrases()));
        o.set("sources", sources(p.sources()));
        o.put("lastReviewed", p.lastReviewed().toString());
        return o;
    }

    private static ObjectNode position(ScalePosition pos, String low, String high) {
        ObjectNode o = NODES.objectNode();
        o.put("value", pos.value());
        o.put("note", pos.note());
        o.put("low", low);
        o.put("high", high);
        o.set("sources", sources(pos.sources()));
        return o;
    }

    private static ArrayNode phrases(List<Phrase> phrases) {
        ArrayNode out = NODES.arrayNode();
        phrases.forEach(ph -> out.addObject().put("text", ph.text()).put("transliteration", ph.transliteration())
                .put("meaning", ph.meaning()).put("language", ph.language()));
        return out;
    }

    private static ArrayNode sources(List<Source> sources) {
        ArrayNode out = NODES.arrayNode();
        sources.forEach(s -> out.addObject().put("citation", s.citation()).put("url", s.url()));
        return out;
    }

    private static ObjectNode comparison(Comparison c) {
        ObjectNode o = NODES.objectNode();
        ArrayNode countries = o.putArray("countries");
        c.countries().forEach(p -> countries.addObject().put("countryCode", p.countryCode()).put("name", p.name()));
        ArrayNode rows = o.putArray("scales");
        for (Comparison.Row row : c.rows()) {
            ObjectNode r = rows.addObject();
            r.put("scale", row.scale().id());
            r.put("low", row.scale().low());
            r.put("high", row.scale().high());
            r.put("spread", row.spread());
            ObjectNode positions = r.putObject("positions");
            c.countries().forEach(p -> {
                ScalePosition pos = row.positions().get(p.countryCode());
                if (pos != null) positions.set(p.countryCode(), NODES.objectNode().put("value", pos.value()).put("note", pos.note()));
            });
        }
        o.set("brief", points(c.brief()));
        return o;
    }

    private static ObjectNode brief(CountryBrief b) {
        ObjectNode o = NODES.objectNode();
        o.put("countryCode", b.countryCode());
        o.put("name", b.name());
        b.relativeTo().ifPresentOrElse(h -> o.put("relativeTo", h), () -> o.putNull("relativeTo"));
        o.set("points", points(b.points()));
        o.set("phrases", phrases(b.phrases()));
        ObjectNode sections = o.putObject("sections");
        b.sections().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sections.put(e.getKey().id(), e.getValue()));
        o.set("sectionBlocks", sectionBlocks(b.sections()));
        o.put("bundle", b.bundle());
        return o;
    }

    private static ArrayNode points(List<BriefPoint> points) {
        ArrayNode out = NODES.arrayNode();
        for (BriefPoint p : points) {
            ObjectNode o = out.addObject();
            o.put("scale", p.scale().id());
            o.put("summary", p.summary());
            o.set("notes", strings(p.notes()));
            o.set("sources", sources(p.sources()));
        }
        return out;
    }

    private static ObjectNode note(Note n) {
        ObjectNode o = NODES.objectNode();
        o.put("id", n.id());
        o.put("countryCode", n.countryCode());
        o.put("text", n.text());
        o.put("created", n.created().toString());
        o.put("updated", n.updated().toString());
        o.put("version", n.version());
        return o;
    }

    private static ObjectNode status(KnowledgeBase.Status s) {
        ObjectNode o = NODES.objectNode();
        o.put("documents", s.documents());
        o.put("pending", s.pending());
        o.put("lastRebuild", s.lastRebuild());
        o.put("writtenSinceStart", s.writtenSinceStart());
        o.set("contributions", strings(s.contributions()));
        ArrayNode problems = o.putArray("problems");
        for (ContentProblem p : s.problems()) {
            problems.addObject().put("bundle", p.bundle()).put("file", p.file()).put("line", p.line()).put("field", p.field())
                    .put("message", p.message());
        }
        return o;
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode out = NODES.arrayNode();
        values.stream().sorted().forEach(out::add);
        return out;
    }

    private static ObjectNode object(String field, JsonNode value) {
        ObjectNode o = NODES.objectNode();
        o.set(field, value);
        return o;
    }

    private static void ok(HttpServletResponse response, Object body) throws IOException {
        JsonBodies.write(response, 200, body, JSON);
    }

    private static String required(QueryParameters q, String name, String what) {
        String value = q.text(name);
        if (value == null) {
            InvalidFields missing = new InvalidFields();
            missing.add(name, "required: " + what);
            missing.throwIfAny();
        }
        return value;
    }

    private static void only(ObjectNode body, InvalidFields errors, Set<String> allowed) {
        body.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) errors.add(f, "unknown field: this route takes " + allowed.stream().sorted().collect(Collectors.joining(", ")));
        });
    }

    private static String text(ObjectNode body, String field, InvalidFields errors) {
        JsonNode v = body.path(field);
        if (!v.isTextual()) {
            errors.add(field, v.isMissingNode() ? "required" : "must be a text, not " + JsonBodies.describe(v));
            return null;
        }
        return v.asText();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(404, "not_found", "\"" + text + "\" is not a note id; note ids are whole numbers");
        }
    }

    private ApiException noProfile(String code) {
        return new ApiException(404, "not_found", "no profile for " + code + "; GET /api/v1/kb/countries lists the countries there are");
    }

    private static ApiException noRoute(HttpServletRequest request) {
        return new ApiException(404, "not_found", "no route " + request.getMethod() + " " + request.getRequestURI()
                + "; docs/api.md lists the knowledge-base routes");
    }
}
