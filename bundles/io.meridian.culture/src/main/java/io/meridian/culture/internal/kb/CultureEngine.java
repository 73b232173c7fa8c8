package io.meridian.culture.internal.kb;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.BriefPoint;
import io.meridian.api.culture.Comparison;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryBrief;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.KnowledgeBase;
import io.meridian.api.culture.Note;
import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.api.culture.Section;
import io.meridian.api.culture.Suggestion;
import io.meridian.culture.internal.index.Contribution;
import io.meridian.culture.internal.index.CultureIndex;
import io.meridian.culture.internal.index.Documents;
import io.meridian.culture.internal.index.Search;
import io.meridian.culture.internal.index.Suggester;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The knowledge base over a Lucene index on disk. The contributions live in memory (profiles,
 * comparisons and briefs are answered from there); the index serves search. Every write to the
 * index runs on one indexer thread, in the order the changes came; searches never wait for it.
 *
 * <p>At start every source the index holds is hidden from results until its contribution comes
 * back (then it is shown at once, and indexed again only if its stamp changed) or
 * {@link #forgetAbsent()} deletes it.
 */
public final class CultureEngine implements KnowledgeBase, ArticleLibrary, Closeable {

    /** Where the user's notes are filed in the index. */
    public static final String NOTES = "notes";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Path indexPath;
    private final Clock clock;
    private final Consumer<String> log;
    private final ExecutorService indexer;
    private final AtomicInteger pending = new AtomicInteger();
    private final Map<String, Contribution> live = new ConcurrentHashMap<>();
    private final Map<String, List<ContentProblem>> problems = new ConcurrentHashMap<>();
    private final Map<String, List<ContentProblem>> indexingProblems = new ConcurrentHashMap<>();
    private final Set<String> hidden = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final ReadWriteLock suggestions = new ReentrantReadWriteLock();
    private volatile CultureIndex index;
    private volatile Suggester suggester;
    private volatile NoteStore notes;
    private volatile String lastRebuild = "";

    /**
     * Opens (or rebuilds) the index in {@code indexPath}.
     *
     * @param log where to say what happened to the index (rebuilds, failures)
     */
    public CultureEngine(Path indexPath, Clock clock, Consumer<String> log) throws IOException {
        this.indexPath = indexPath;
        this.clock = clock;
        this.log = log;
        this.indexer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "meridian-kb-indexer");
            t.setDaemon(true);
            return t;
        });
        this.index = CultureIndex.open(indexPath);
        if (index.rebuildReason() != null) rebuilt(index.rebuildReason());
        hidden.addAll(index.sources());
        this.suggester = Suggester.build(List.of());
    }

    private void rebuilt(String reason) {
        lastRebuild = reason + ", " + clock.instant();
        if (!reason.equals("no index yet")) log.accept("culture index at " + indexPath + " rebuilt: " + reason);
    }

    // ---- contributions ------------------------------------------------------------------------

    /** A contribution appeared (or changed): searchable at once if the index holds it already, else once indexed. */
    public void put(Contribution c) {
        live.put(c.key(), c);
        submit(() -> {
            if (live.get(c.key()) != c) return; // replaced or gone meanwhile
            if (!c.stamp().equals(index.stamp(c.key()))) {
                List<ContentProblem> refused = new ArrayList<>();
                List<Document> docs = Documents.of(c, (what, e) -> refused.add(refusal(c, what, e.getMessage())));
                index.put(c.key(), c.stamp(), docs).forEach((uid, why) -> refused.add(refusal(c, uid, why)));
                indexingProblems.put(c.key(), refused);
            }
        });
        hidden.remove(c.key());
    }

    private static ContentProblem refusal(Contribution c, String what, String why) {
        return new ContentProblem(c.bundle(), what, 0, "", "could not be indexed and is left out: " + why);
    }

    /** The content of a bundle that could not be loaded, each problem named; an empty list clears them. */
    public void problems(String key, List<ContentProblem> found) {
        if (found.isEmpty()) problems.remove(key);
        else problems.put(key, List.copyOf(found));
    }

    /**
     * A contribution went away for now (its bundle stopped, or the workbench is stopping): gone
     * from results at once, and kept in the index, so that it comes back without indexing if the
     * same content returns. {@link #remove} or {@link #forgetAbsent} delete it.
     */
    public void hide(String key) {
        live.remove(key);
        hidden.add(key);
        indexingProblems.remove(key);
    }

    /** A contribution went for good (its bundle was uninstalled): gone from results at once, from the index soon after. */
    public void remove(String key) {
        hide(key);
        submit(() -> {
            if (!live.containsKey(key)) {
                index.remove(key);
                hidden.remove(key);
            }
        });
    }

    /** Deletes from the index every source whose contribution is not here now. */
    public void forgetAbsent() {
        submit(() -> {
            for (String source : index.sources()) {
                if (!live.containsKey(source)) {
                    index.remove(source);
                    hidden.remove(source);
                }
            }
        });
    }

    /** The sources the index holds that belong to a bundle: its content folder and its services. */
    public List<String> sourcesOf(String bundle) {
        List<String> keys = new ArrayList<>();
        for (String source : index.sources()) {
            if (source.equals(bundle) || source.startsWith(bundle + "#")) keys.add(source);
        }
        return keys;
    }

    /** The database became available (or went away, with null): notes are synchronised with the index. */
    public void useNotes(NoteStore store) {
        this.notes = store;
        if (store != null) submit(this::syncNotes);
    }

    /**
     * Makes the notes in the index those in the database: each note's version and text are
     * compared with what the index holds of it, and only the differences are written.
     */
    private void syncNotes() throws IOException {
        NoteStore store = notes;
        if (store == null) return;
        List<Note> all;
        try {
            all = store.all();
        } catch (SQLException e) {
            log.accept("culture notes could not be read for the index: " + e.getMessage());
            return;
        }
        Map<String, String> indexed = index.stored(NOTES, Documents.NOTE_STAMP);
        Map<String, CountryView> views = views();
        for (Note n : all) {
            String uid = Documents.noteId(n.id());
            if (!Documents.noteStamp(n).equals(indexed.remove(uid))) index.putDocument(uid, noteDocument(n, views));
        }
        for (String gone : indexed.keySet()) index.removeDocument(gone);
    }

    /** On the indexer thread: the note as the database has it now, or its removal. */
    private void indexNote(long id) throws IOException {
        NoteStore store = notes;
        if (store == null) return;
        Optional<Note> now;
        try {
            now = store.find(id);
        } catch (SQLException e) {
            throw new IOException("note " + id + " could not be read for the index: " + e.getMessage(), e);
        }
        if (now.isPresent()) index.putDocument(Documents.noteId(id), noteDocument(now.get(), views()));
        else index.removeDocument(Documents.noteId(id));
    }

    /** A note's document; its title names the country as the profile does, or as Java does without one. */
    private static Document noteDocument(Note n, Map<String, CountryView> views) {
        CountryView v = views.get(n.countryCode());
        String name = v != null ? v.profile().name() : new Locale("", n.countryCode()).getDisplayCountry(Locale.ENGLISH);
        return Documents.note(NOTES, n, name);
    }

    private interface Task {
        void run() throws IOException;
    }

    private void submit(Task task) {
        pending.incrementAndGet();
        indexer.execute(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                if (e instanceof CorruptIndexException || e instanceof AlreadyClosedException || e.getCause() instanceof CorruptIndexException) {
                    rebuild("the index failed while writing (" + e.getMessage() + ")");
                } else {
                    log.accept("culture index update failed: " + e);
                }
            } finally {
                if (pending.decrementAndGet() == 0) refreshSuggestions();
            }
        });
    }

    /** Waits until every change submitted so far is indexed; for tests and the shell. */
    public boolean awaitIndexed(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (pending.get() > 0) {
            if (System.nanoTime() > end) return false;
            Thread.sleep(5);
        }
        return true;
    }

    private void refreshSuggestions() {
        List<Suggester.Entry> entries = new ArrayList<>();
        Map<String, Long> topics = new TreeMap<>();
        for (Contribution c : live.values()) {
            for (Article a : c.articles()) {
                entries.add(new Suggester.Entry(a.title(), "article", Documents.articleId(c, a.id()), 2));
                a.topics().forEach(t -> topics.merge(t, 1L, Long::sum));
            }
        }
        for (CountryProfile p : winners().values()) {
            for (String name : new java.util.TreeSet<>(p.names().values())) {
                entries.add(new Suggester.Entry(name, "country", p.countryCode(), 1000));
            }
        }
        topics.forEach((t, n) -> entries.add(new Suggester.Entry(t.replace('-', ' '), "topic", t, 100 + n)));
        try {
            Suggester fresh = Suggester.build(entries);
            Suggester old;
            suggestions.writeLock().lock();
            try {
                old = suggester;
                suggester = fresh;
            } finally {
                suggestions.writeLock().unlock();
            }
            old.close();
        } catch (IOException | RuntimeException e) {
            log.accept("culture suggestions could not be built: " + e);
        }
    }

    // ---- search -------------------------------------------------------------------------------

    @Override
    public SearchResults search(SearchRequest request) {
        return withSearcher(s -> Search.run(s, request, Set.copyOf(hidden)));
    }

    /** Longer prefixes are refused: completions are for what a person is typing. */
    static final int MAX_PREFIX = 200;

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        if (limit < 1 || limit > 50) throw new IllegalArgumentException("limit must be 1 to 50, not " + limit);
        if (prefix.length() > MAX_PREFIX) {
            throw new IllegalArgumentException("completions are for up to " + MAX_PREFIX + " characters typed, not " + prefix.length()
                    + "; search for longer text instead");
        }
        try {
            List<Suggestion> found;
            suggestions.readLock().lock();
            try {
                found = suggester.suggest(prefix.strip(), limit);
            } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
                throw new IllegalArgumentException("too many words to complete; type fewer");
            } finally {
                suggestions.readLock().unlock();
            }
            if (!found.isEmpty() || prefix.strip().length() < 4) return found;
            Optional<String> respelled = withSearcher(s -> Search.respell(s, prefix));
            return respelled.map(r -> List.of(new Suggestion(r, "spelling", r))).orElse(List.of());
        } catch (IOException e) {
            throw new IllegalStateException("completions could not be read (" + e.getMessage() + "); they are built again when"
                    + " the content next changes, or by kb:reindex", e);
        }
    }

    @Override
    public List<SearchResults.Hit> moreLikeThis(String documentId, int limit) {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to 100, not " + limit);
        return withSearcher(s -> {
            TopDocs self = s.search(Search.visible(new TermQuery(new Term(Documents.UID, documentId)), Set.copyOf(hidden)), 1);
            if (self.scoreDocs.length == 0) throw new java.util.NoSuchElementException("no document " + documentId + " in the knowledge base");
            Query like = Search.moreLikeThis(s, self.scoreDocs[0].doc);
            TopDocs top = s.search(Search.visible(like, Set.copyOf(hidden)), limit + 1);
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (SearchResults.Hit h : Search.hitsOf(s, top, null)) {
                if (!h.id().equals(documentId) && hits.size() < limit) hits.add(h);
            }
            return hits;
        });
    }

    private interface SearcherWork<T> {
        T apply(CultureIndex.FacetedSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        CultureIndex current = index;
        try {
            CultureIndex.FacetedSearcher s = current.acquire();
            try {
                return work.apply(s);
            } finally {
                current.release(s);
            }
        } catch (CorruptIndexException e) {
            if (rebuildQueued.compareAndSet(false, true)) submit(() -> rebuild("the index was found corrupt while searching (" + e.getMessage() + ")"));
            throw new IllegalStateException("the culture index is damaged and is being rebuilt; try again in a moment", e);
        } catch (AlreadyClosedException e) {
            throw new IllegalStateException("the culture index is being rebuilt; try again in a moment", e);
        } catch (IOException e) {
            throw new IllegalStateException("the culture index at " + indexPath + " could not be read (" + e.getMessage()
                    + "); check the disk, then kb:reindex rebuilds it", e);
        }
    }

    // ---- rebuild ------------------------------------------------------------------------------

    @Override
    public void reindex() {
        if (rebuildQueued.compareAndSet(false, true)) submit(() -> rebuild("asked for"));
    }

    /**
     * On the indexer thread: a fresh index from every live contribution and the notes, written
     * in one commit (searches see the old index until then). When the files themselves are
     * unusable, they are replaced.
     */
    private void rebuild(String reason) {
        rebuildQueued.set(false);
        try {
            replaceAll(index);
            rebuilt(reason);
        } catch (IOException | RuntimeException e) {
            try {
                index.close();
            } catch (IOException | RuntimeException ignored) {
                // the index is being replaced
            }
            try {
                index = CultureIndex.openEmpty(indexPath);
                replaceAll(index);
                rebuilt(reason + "; the old files were unusable (" + e.getMessage() + ") and were replaced");
            } catch (IOException second) {
                log.accept("culture index at " + indexPath + " cannot be rebuilt: " + second.getMessage()
                        + "; search is unavailable until it can be written");
            }
        }
    }

    private void replaceAll(CultureIndex target) throws IOException {
        Map<String, CultureIndex.Replacement> sources = new HashMap<>();
        Map<String, List<ContentProblem>> refusedBy = new HashMap<>();
        for (Contribution c : List.copyOf(live.values())) {
            List<ContentProblem> refused = new ArrayList<>();
            sources.put(c.key(), new CultureIndex.Replacement(c.stamp(), Documents.of(c, (what, e) -> refused.add(refusal(c, what, e.getMessage())))));
            refusedBy.put(c.key(), refused);
        }
        List<Document> notesNow = new ArrayList<>();
        NoteStore store = notes;
        if (store != null) {
            try {
                Map<String, CountryView> views = views();
                store.all().forEach(n -> notesNow.add(noteDocument(n, views)));
            } catch (SQLException e) {
                log.accept("culture notes could not be read for the index, which holds none until they can: " + e.getMessage());
            }
        }
        Map<String, String> refused = target.replaceAll(sources, notesNow);
        refused.forEach((uid, why) -> log.accept("culture document " + uid + " could not be indexed: " + why));
        indexingProblems.clear();
        indexingProblems.putAll(refusedBy);
        hidden.clear();
    }

    // ---- countries ----------------------------------------------------------------------------

    /** The profile shown for each country: the most recently reviewed, then the first bundle by name. */
    private Map<String, CountryView> views() {
        Map<String, List<Map.Entry<Contribution, CountryProfile>>> byCountry = new TreeMap<>();
        for (Contribution c : live.values()) {
            for (CountryProfile p : c.profiles()) byCountry.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(Map.entry(c, p));
        }
        Map<String, CountryView> views = new LinkedHashMap<>();
        byCountry.forEach((code, all) -> {
            all.sort(Comparator.comparing((Map.Entry<Contribution, CountryProfile> e) -> e.getValue().lastReviewed()).reversed()
                    .thenComparing(e -> e.getKey().bundle()));
            Map.Entry<Contribution, CountryProfile> winner = all.get(0);
            List<String> others = all.subList(1, all.size()).stream().map(e -> e.getKey().bundle()).toList();
            views.put(code, new CountryView(winner.getValue(), winner.getKey().bundle(), winner.getKey().version(), List.of(), others));
        });
        return views;
    }

    private Map<String, CountryProfile> winners() {
        Map<String, CountryProfile> m = new TreeMap<>();
        views().forEach((k, v) -> m.put(k, v.profile()));
        return m;
    }

    @Override
    public List<CountrySummary> countries() {
        Map<String, Integer> articles = new HashMap<>();
        for (Contribution c : live.values()) {
            for (Article a : c.articles()) a.countries().forEach(code -> articles.merge(code, 1, Integer::sum));
        }
        Map<String, Integer> noteCounts = new HashMap<>();
        NoteStore store = notes;
        if (store != null) {
            try {
                noteCounts.putAll(store.countByCountry());
            } catch (SQLException e) {
                log.accept("culture notes could not be counted: " + e.getMessage());
            }
        }
        return views().values().stream()
                .map(v -> new CountrySummary(v.profile().countryCode(), v.profile().name(), v.bundle(),
                        articles.getOrDefault(v.profile().countryCode(), 0), noteCounts.getOrDefault(v.profile().countryCode(), 0)))
                .sorted(Comparator.comparing(CountrySummary::name))
                .toList();
    }

    @Override
    public Optional<CountryView> country(String countryCode) {
        String code = code(countryCode);
        CountryView v = views().get(code);
        if (v == null) return Optional.empty();
        return Optional.of(new CountryView(v.profile(), v.bundle(), v.bundleVersion(), notesOrEmpty(code), v.alsoContributedBy()));
    }

    @Override
    public Comparison compare(List<String> countryCodes) {
        if (countryCodes.size() < 2) throw new IllegalArgumentException("name two or more countries to compare, like DE,JP");
        Map<String, CountryProfile> all = winners();
        List<CountryProfile> profiles = new ArrayList<>();
        for (String raw : countryCodes) {
            String code = code(raw);
            CountryProfile p = all.get(code);
            if (p == null) throw new IllegalArgumentException("no profile for " + code + "; countries with one: " + String.join(", ", all.keySet()));
            if (profiles.stream().noneMatch(x -> x.countryCode().equals(code))) profiles.add(p);
        }
        if (profiles.size() < 2) throw new IllegalArgumentException("name two different countries to compare");
        return Briefs.compare(profiles);
    }

    @Override
    public Optional<CountryBrief> brief(String countryCode, Optional<String> homeCountry) {
        Map<String, CountryView> views = views();
        CountryView v = views.get(code(countryCode));
        if (v == null) return Optional.empty();
        CountryProfile home = homeCountry.map(h -> views.get(code(h))).map(CountryView::profile)
                .filter(h -> !h.countryCode().equals(v.profile().countryCode())).orElse(null);
        List<BriefPoint> points = Briefs.brief(v.profile(), home);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : List.of(Section.GREETINGS, Section.MEETINGS)) {
            String text = v.profile().sections().get(s);
            if (text != null) sections.put(s, text);
        }
        return Optional.of(new CountryBrief(v.profile().countryCode(), v.profile().name(),
                Optional.ofNullable(home).map(CountryProfile::countryCode), points, v.profile().phrases(), sections, v.bundle()));
    }


    private static String code(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new IllegalArgumentException("\"" + raw + "\" is not a country code; write the ISO 3166-1 alpha-2 code, like JP or DE");
        }
        return code;
    }

    // ---- articles -----------------------------------------------------------------------------

    @Override
    public List<ArticleView> articles() {
        List<ArticleView> all = new ArrayList<>();
        for (Contribution c : live.values()) {
            for (Article a : c.articles()) all.add(new ArticleView(Documents.articleId(c, a.id()), a, c.bundle(), c.version()));
        }
        all.sort(Comparator.comparing((ArticleView v) -> v.article().title(), String.CASE_INSENSITIVE_ORDER).thenComparing(ArticleView::id));
        return all;
    }

    @Override
    public Optional<ArticleView> article(String id) {
        for (Contribution c : live.values()) {
            for (Article a : c.articles()) {
                String uid = Documents.articleId(c, a.id());
                if (uid.equals(id)) return Optional.of(new ArticleView(uid, a, c.bundle(), c.version()));
            }
        }
        return Optional.empty();
    }

    // ---- notes --------------------------------------------------------------------------------

    private NoteStore store() {
        NoteStore store = notes;
        if (store == null) throw new IllegalStateException("notes are kept in the database, which is not open; see store:info");
        return store;
    }

    private List<Note> notesOrEmpty(String code) {
        NoteStore store = notes;
        if (store == null) return List.of();
        try {
            return store.of(code);
        } catch (SQLException e) {
            log.accept("culture notes for " + code + " could not be read: " + e.getMessage());
            return List.of();
        }
    }

    @Override
    public Optional<Note> note(long id) {
        try {
            return store().find(id);
        } catch (SQLException e) {
            throw new IllegalStateException("the note could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Note> notes(String countryCode) {
        try {
            return store().of(code(countryCode));
        } catch (SQLException e) {
            throw new IllegalStateException("notes could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Note addNote(String countryCode, String text) {
        String code = code(countryCode);
        String body = checkText(text);
        try {
            Note n = store().add(code, body);
            submit(() -> indexNote(n.id()));
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("the note could not be saved: " + e.getMessage(), e);
        }
    }

    @Override
    public Note editNote(long id, long version, String text) {
        String body = checkText(text);
        try {
            Note n = store().edit(id, version, body);
            submit(() -> indexNote(n.id()));
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("the note could not be saved: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean deleteNote(long id) {
        try {
            boolean deleted = store().delete(id);
            if (deleted) submit(() -> indexNote(id));
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("the note could not be deleted: " + e.getMessage(), e);
        }
    }

    private static String checkText(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a note needs text");
        if (text.length() > Note.MAX_LENGTH) {
            throw new IllegalArgumentException("a note holds at most " + Note.MAX_LENGTH + " characters, not " + text.length()
                    + "; split it into several notes");
        }
        return text.strip();
    }

    // ---- status -------------------------------------------------------------------------------

    @Override
    public Status status() {
        long docs;
        try {
            docs = index.size();
        } catch (IOException | AlreadyClosedException e) {
            docs = 0;
        }
        List<String> contributions = live.values().stream().map(c -> c.key() + " " + c.version() + " (" + c.profiles().size()
                + " profiles, " + c.articles().size() + " articles)").sorted().toList();
        List<ContentProblem> all = problems.values().stream().flatMap(List::stream).collect(Collectors.toList());
        indexingProblems.values().forEach(all::addAll);
        return new Status(docs, contributions, pending.get(), all, lastRebuild, index.written());
    }

    @Override
    public void close() throws IOException {
        indexer.shutdown();
        try {
            if (!indexer.awaitTermination(30, TimeUnit.SECONDS)) indexer.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        suggester.close();
        index.close();
    }
}
