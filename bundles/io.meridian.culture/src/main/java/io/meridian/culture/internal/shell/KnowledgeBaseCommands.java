package io.meridian.culture.internal.shell;

import io.meridian.api.culture.BriefPoint;
import io.meridian.api.culture.Comparison;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.KnowledgeBase;
import io.meridian.api.culture.Note;
import io.meridian.api.culture.Phrase;
import io.meridian.api.culture.QuerySyntaxException;
import io.meridian.api.culture.Scale;
import io.meridian.api.culture.ScalePosition;
import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.api.culture.Section;
import io.meridian.api.culture.Suggestion;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.support.shell.CommandOptions;
import io.meridian.support.shell.Tables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@code kb:search|suggest|country|compare|note|reindex|status}: the culture knowledge base from the shell. */
@Component(service = KnowledgeBaseCommands.class, property = {
        ShellCommand.SCOPE + "=kb",
        ShellCommand.FUNCTION + "=search", ShellCommand.FUNCTION + "=suggest", ShellCommand.FUNCTION + "=country",
        ShellCommand.FUNCTION + "=compare", ShellCommand.FUNCTION + "=note", ShellCommand.FUNCTION + "=reindex",
        ShellCommand.FUNCTION + "=status"})
public final class KnowledgeBaseCommands {

    private static final String[] SEARCH = {
            "kb:search - find articles, country profiles and your notes by a few words",
            "Usage: kb:search [options] WORDS...",
            "Every word should match, in any form, as the start of a word, or with a typo. \"Quoted words\" match as a",
            "phrase and -word excludes. With --advanced, WORDS are Lucene query syntax (title:gift AND country:jp).",
            "  -c --country=ISO           only documents about this country (repeatable)",
            "  -r --region=TAG            only documents with this region tag (repeatable)",
            "  -t --topic=TAG             only documents with this topic tag (repeatable)",
            "  -a --advanced              read WORDS as Lucene query syntax",
            "  -n --limit=N               results to show, 1 to 100 (default 10)",
            "  -o --offset=N              results to skip (default 0)",
            "     --like=ID               documents like this one (an id from the results) instead of WORDS",
            "  -? --help                  show this help",
            "Examples:",
            "  kb:search business cards",
            "  kb:search --country JP --topic gifts wrapping",
            "  kb:search --advanced 'title:ramadan AND country:sa'"};
    private static final String[] SUGGEST = {
            "kb:suggest - completions for what you have typed: titles, countries, topics",
            "Usage: kb:suggest [options] TEXT...",
            "  -n --limit=N               completions to show, 1 to 50 (default 8)",
            "  -? --help                  show this help",
            "Example:",
            "  kb:suggest gift"};
    private static final String[] COUNTRY = {
            "kb:country - a country's profile, or the countries there are profiles for",
            "Usage: kb:country [options] [ISO]",
            "  -s --section=ID            show only one section: greetings, meetings, negotiation, decision-making, dining,",
            "                             preferred-channels, gifts, phrases, scales or sources",
            "  -b --brief                 the short brief for a call instead of the whole profile",
            "     --home=ISO              with --brief: compare with your own country",
            "  -? --help                  show this help",
            "Examples:",
            "  kb:country",
            "  kb:country JP",
            "  kb:country JP --brief --home DE"};
    private static final String[] COMPARE = {
            "kb:compare - countries side by side on every scale, and what differs most",
            "Usage: kb:compare ISO ISO [ISO...]",
            "  -? --help                  show this help",
            "Example:",
            "  kb:compare DE JP"};
    private static final String[] NOTE = {
            "kb:note - your own notes on a country, kept in the database and searchable",
            "Usage: kb:note [list] ISO",
            "       kb:note add ISO TEXT...",
            "       kb:note edit ID --version N TEXT...",
            "       kb:note delete ID",
            "  -v --version=N             the version you last saw (kb:note list shows it)",
            "  -? --help                  show this help",
            "Examples:",
            "  kb:note add JP Mr Sato said the second dinner is where the decision is made",
            "  kb:note list JP"};
    private static final String[] REINDEX = {
            "kb:reindex - build the search index again from the installed content and your notes",
            "Usage: kb:reindex [options]",
            "  -w --wait                  return when the index is built",
            "  -? --help                  show this help"};
    private static final String[] STATUS = {
            "kb:status - what the knowledge base holds, what is being indexed, and content that could not be loaded",
            "Usage: kb:status",
            "  -? --help                  show this help"};

    private final KnowledgeBase kb;

    @Activate
    public KnowledgeBaseCommands(@Reference KnowledgeBase kb) {
        this.kb = kb;
    }

    public String search(String... args) {
        CommandOptions opt = CommandOptions.parse(SEARCH, args);
        if (opt.help()) return opt.usage();
        int limit = opt.number("limit", 1, SearchRequest.MAX_LIMIT, 10);
        if (opt.isSet("like")) {
            opt.expectOperands(0, 0, "--like ID and no WORDS");
            List<SearchResults.Hit> hits = call(() -> kb.moreLikeThis(opt.text("like"), limit));
            return hits.isEmpty() ? "Nothing like " + opt.text("like") + "." : hits(hits);
        }
        opt.expectOperands(1, Integer.MAX_VALUE, "WORDS to search for");
        SearchRequest request = new SearchRequest(String.join(" ", opt.operands()), opt.isSet("advanced"),
                Set.copyOf(opt.all("country")), Set.copyOf(opt.all("region")), Set.copyOf(opt.all("topic")),
                opt.number("offset", 0, 10_000, 0), limit);
        SearchResults r;
        try {
            r = call(() -> kb.search(request));
        } catch (QuerySyntaxException e) {
            throw new CommandException(e.getMessage() + (e.position() > 0 ? "\n  " + request.query() + "\n  " + " ".repeat(e.position() - 1) + "^" : ""));
        }
        StringBuilder out = new StringBuilder();
        if (r.hits().isEmpty()) {
            out.append("No results.");
        } else {
            out.append(hits(r.hits()));
            out.append("Showing ").append(request.offset() + 1).append("–").append(request.offset() + r.hits().size()).append(" of ")
                    .append(r.total()).append(r.relaxed() ? " (no document has every word; these have some)" : "").append(".\n");
            out.append(facets("Countries", r.countries())).append(facets("Regions", r.regions())).append(facets("Topics", r.topics()));
        }
        r.didYouMean().ifPresent(d -> out.append("\nDid you mean: ").append(d).append(" ?"));
        return out.toString().stripTrailing();
    }

    private static String hits(List<SearchResults.Hit> hits) {
        StringBuilder out = new StringBuilder();
        int i = 1;
        for (SearchResults.Hit h : hits) {
            out.append(i++).append(". ").append(h.title()).append("  [").append(h.kind().id());
            if (!h.countries().isEmpty()) out.append(", ").append(String.join(" ", h.countries()));
            out.append("]\n");
            String snippet = h.snippet().marked("[", "]").strip();
            if (!snippet.isEmpty()) out.append("   ").append(Tables.truncate(snippet, 200)).append('\n');
            out.append("   ").append(h.id()).append("  from ").append(h.bundle())
                    .append(h.bundleVersion() == null || h.bundleVersion().isEmpty() ? "" : " " + h.bundleVersion()).append('\n');
        }
        return out.toString();
    }

    private static String facets(String label, List<SearchResults.FacetCount> counts) {
        if (counts.isEmpty()) return "";
        return label + ": " + counts.stream().map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", ")) + "\n";
    }

    public String suggest(String... args) {
        CommandOptions opt = CommandOptions.parse(SUGGEST, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the TEXT typed so far");
        List<Suggestion> found = call(() -> kb.suggest(opt.joinedOperands(), opt.number("limit", 1, 50, 8)));
        if (found.isEmpty()) return "No completions for \"" + opt.joinedOperands() + "\".";
        List<List<String>> rows = new ArrayList<>();
        found.forEach(s -> rows.add(List.of(s.text(), s.kind(), s.target())));
        return Tables.table(List.of("COMPLETION", "KIND", "OPENS"), rows).stripTrailing();
    }

    public String country(String... args) {
        CommandOptions opt = CommandOptions.parse(COUNTRY, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(0, 1, "one ISO country code");
        if (opt.operands().isEmpty()) {
            List<KnowledgeBase.CountrySummary> all = call(kb::countries);
            if (all.isEmpty()) return "No country profiles are installed; install a region pack (feature:list, or drop one in plugins/).";
            List<List<String>> rows = new ArrayList<>();
            all.forEach(c -> rows.add(List.of(c.countryCode(), c.name(), Integer.toString(c.articles()), Integer.toString(c.notes()), c.bundle())));
            return Tables.table(List.of("ISO", "COUNTRY", "ARTICLES", "NOTES", "FROM"), rows).stripTrailing();
        }
        String code = opt.operands().get(0);
        if (opt.isSet("brief")) {
            return call(() -> kb.brief(code, java.util.Optional.ofNullable(opt.text("home")))).map(b -> {
                StringBuilder out = new StringBuilder(b.name() + b.relativeTo().map(h -> ", for someone from " + h).orElse("") + "\n");
                b.points().forEach(p -> point(out, p));
                b.sections().forEach((s, text) -> out.append('\n').append(s.title()).append('\n').append(text.indent(2)));
                phrases(out, b.phrases());
                return out.toString().stripTrailing();
            }).orElseThrow(() -> noProfile(code));
        }
        KnowledgeBase.CountryView view = call(() -> kb.country(code)).orElseThrow(() -> noProfile(code));
        return profile(view, opt.text("section"));
    }

    private CommandException noProfile(String code) {
        String have = kb.countries().stream().map(KnowledgeBase.CountrySummary::countryCode).collect(Collectors.joining(", "));
        return new CommandException("no profile for " + code.toUpperCase(Locale.ROOT) + (have.isEmpty() ? "; none are installed" : "; there are: " + have));
    }

    private static String profile(KnowledgeBase.CountryView view, String only) {
        CountryProfile p = view.profile();
        StringBuilder out = new StringBuilder();
        boolean all = only == null;
        String section = only == null ? "" : only.strip().toLowerCase(Locale.ROOT);
        if (!all && Section.byId(section) == null && !List.of("gifts", "phrases", "scales", "sources").contains(section)) {
            throw new CommandException("--section: \"" + only + "\" is not a section; 'kb:country --help' lists them");
        }
        if (all) {
            out.append(p.name()).append(" (").append(p.countryCode()).append(")  from ").append(view.bundle()).append(' ')
                    .append(view.bundleVersion()).append(", reviewed ").append(p.lastReviewed()).append('\n');
            out.append("Languages: ").append(String.join(", ", p.languages())).append("   Time zones: ").append(String.join(", ", p.timeZones()))
                    .append('\n');
            if (!view.alsoContributedBy().isEmpty()) out.append("Also profiled by: ").append(String.join(", ", view.alsoContributedBy())).append('\n');
        }
        if (all || section.equals("scales")) {
            List<List<String>> rows = new ArrayList<>();
            for (Scale s : Scale.values()) {
                ScalePosition pos = p.scales().get(s);
                rows.add(List.of(s.title(), pos == null ? "—" : bar(pos.value()), s.low() + " … " + s.high(),
                        pos == null ? "" : Tables.truncate(pos.note(), 80)));
            }
            out.append('\n').append(Tables.table(List.of("SCALE", "POSITION", "FROM … TO", "WHY"), rows));
        }
        for (Section s : Section.values()) {
            String text = p.sections().get(s);
            if (text != null && (all || section.equals(s.id()))) out.append('\n').append(s.title()).append('\n').append(text.strip().indent(2));
        }
        if (all || section.equals("gifts")) {
            list(out, "Gifts to give", p.gifts().dos());
            list(out, "Gifts to avoid", p.gifts().donts());
            list(out, "Taboos", p.gifts().taboos());
        }
        if (all || section.equals("phrases")) phrases(out, p.phrases());
        if (all || section.equals("sources")) {
            if (!p.sources().isEmpty()) out.append("\nSources\n");
            p.sources().forEach(s -> out.append("  - ").append(s.citation()).append(s.url() == null ? "" : " " + s.url()).append('\n'));
        }
        if (all && !view.notes().isEmpty()) {
            out.append("\nYour notes\n");
            view.notes().forEach(n -> out.append("  #").append(n.id()).append(" (").append(n.updated().toString(), 0, 10).append(") ")
                    .append(n.text().strip().replace("\n", " ")).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    private static String bar(int value) {
        int at = Math.round(value / 10f);
        return "[" + "-".repeat(at) + "|" + "-".repeat(10 - at) + "] " + value;
    }

    private static void list(StringBuilder out, String label, List<String> items) {
        if (items.isEmpty()) return;
        out.append('\n').append(label).append('\n');
        items.forEach(i -> out.append("  - ").append(i).append('\n'));
    }

    private static void phrases(StringBuilder out, List<Phrase> phrases) {
        if (phrases.isEmpty()) return;
        out.append("\nPhrases\n");
        for (Phrase ph : phrases) {
            out.append("  ").append(ph.text());
            if (ph.transliteration() != null) out.append(" (").append(ph.transliteration()).append(")");
            out.append(" — ").append(ph.meaning()).append('\n');
        }
    }

    private static void point(StringBuilder out, BriefPoint p) {
        out.append("- ").append(p.summary()).append('\n');
        p.notes().forEach(n -> out.append("    ").append(n).append('\n'));
    }

    public String compare(String... args) {
        CommandOptions opt = CommandOptions.parse(COMPARE, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(2, 10, "two or more ISO country codes");
        Comparison c = call(() -> kb.compare(opt.operands()));
        List<String> header = new ArrayList<>(List.of("SCALE"));
        c.countries().forEach(p -> header.add(p.countryCode()));
        header.add("SPREAD");
        header.add("FROM … TO");
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Row row : c.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.scale().title()));
            c.countries().forEach(p -> cells.add(row.positions().containsKey(p.countryCode())
                    ? Integer.toString(row.positions().get(p.countryCode()).value()) : "—"));
            cells.add(Integer.toString(row.spread()));
            cells.add(row.scale().low() + " … " + row.scale().high());
            rows.add(cells);
        }
        StringBuilder out = new StringBuilder(Tables.table(header, rows));
        if (c.brief().isEmpty()) out.append("\nNo scale differs by 20 points or more.");
        else out.append("\nWhat differs most\n");
        c.brief().forEach(p -> point(out, p));
        return out.toString().stripTrailing();
    }

    public String note(String... args) {
        CommandOptions opt = CommandOptions.parse(NOTE, args);
        if (opt.help()) return opt.usage();
        List<String> ops = opt.operands();
        String action = ops.isEmpty() ? "" : ops.get(0).toLowerCase(Locale.ROOT);
        switch (action) {
            case "add" -> {
                opt.expectOperands(3, Integer.MAX_VALUE, "add ISO TEXT");
                Note n = call(() -> kb.addNote(ops.get(1), String.join(" ", ops.subList(2, ops.size()))));
                return "Added note #" + n.id() + " on " + n.countryCode() + " (version " + n.version() + ").";
            }
            case "edit" -> {
                opt.expectOperands(3, Integer.MAX_VALUE, "edit ID --version N TEXT");
                long id = id(ops.get(1));
                Integer version = opt.number("version", 1, Integer.MAX_VALUE, null);
                if (version == null) throw new CommandException("kb:note edit needs --version N: the version kb:note list shows, so a newer change is not overwritten");
                Note n = call(() -> kb.editNote(id, version, String.join(" ", ops.subList(2, ops.size()))));
                return "Changed note #" + n.id() + " (now version " + n.version() + ").";
            }
            case "delete" -> {
                opt.expectOperands(2, 2, "delete ID");
                long id = id(ops.get(1));
                return call(() -> kb.deleteNote(id)) ? "Deleted note #" + id + "." : "There is no note #" + id + ".";
            }
            default -> {
                List<String> rest = action.equals("list") ? ops.subList(1, ops.size()) : ops;
                if (rest.size() != 1) throw new CommandException("kb:note needs an action (add, list, edit, delete) or an ISO country code; 'kb:note --help' shows examples");
                List<Note> notes = call(() -> kb.notes(rest.get(0)));
                if (notes.isEmpty()) return "No notes on " + rest.get(0).toUpperCase(Locale.ROOT) + " yet; kb:note add " + rest.get(0).toUpperCase(Locale.ROOT) + " TEXT adds one.";
                List<List<String>> rows = new ArrayList<>();
                notes.forEach(n -> rows.add(List.of("#" + n.id(), Long.toString(n.version()), n.updated().toString().substring(0, 10),
                        Tables.truncate(n.text().replace('\n', ' '), 90))));
                return Tables.table(List.of("ID", "VERSION", "CHANGED", "NOTE"), rows).stripTrailing();
            }
        }
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.replace("#", "").strip());
        } catch (NumberFormatException e) {
            throw new CommandException("\"" + text + "\" is not a note id; kb:note list ISO shows them (#12)");
        }
    }

    public String reindex(String... args) throws InterruptedException {
        CommandOptions opt = CommandOptions.parse(REINDEX, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(0, 0, "no arguments");
        kb.reindex();
        if (!opt.isSet("wait")) return "Rebuilding the index in the background; kb:status shows when it is done.";
        long end = System.nanoTime() + 600_000_000_000L;
        Thread.sleep(50);
        while (kb.status().pending() > 0) {
            if (System.nanoTime() > end) return "Still rebuilding after 10 minutes; kb:status shows progress.";
            Thread.sleep(50);
        }
        return "Rebuilt: " + kb.status().documents() + " documents.";
    }

    public String status(String... args) {
        CommandOptions opt = CommandOptions.parse(STATUS, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(0, 0, "no arguments");
        KnowledgeBase.Status s = kb.status();
        StringBuilder out = new StringBuilder("Documents searchable: " + s.documents() + (s.pending() > 0 ? ", changes being indexed: " + s.pending() : "") + "\n");
        if (!s.lastRebuild().isEmpty()) out.append("Last rebuilt: ").append(s.lastRebuild()).append('\n');
        out.append("Documents written since start: ").append(s.writtenSinceStart()).append('\n');
        out.append(s.contributions().isEmpty() ? "No content is installed.\n" : "Content:\n");
        s.contributions().forEach(c -> out.append("  ").append(c).append('\n'));
        if (!s.problems().isEmpty()) {
            out.append("Content left out (").append(s.problems().size()).append("):\n");
            for (ContentProblem p : s.problems()) out.append("  ").append(p).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Runs a knowledge-base call; what it refuses becomes the user's error, not a stack trace. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (QuerySyntaxException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException | ConcurrentModificationException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
