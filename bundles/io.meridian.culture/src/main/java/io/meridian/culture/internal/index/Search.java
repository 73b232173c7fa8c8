package io.meridian.culture.internal.index;

import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.api.culture.SearchResults.FacetCount;
import io.meridian.api.culture.SearchResults.Hit;
import io.meridian.api.culture.SearchResults.Kind;
import io.meridian.api.culture.Snippet;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a {@link SearchRequest} into Lucene queries and their results: the words the user typed
 * (or an advanced query), the facet filters, the counts per facet, the snippets and a respelling
 * when a word is not in the content (from its near misses, or a spell checker's when little matched).
 *
 * <p>Each word matches in any of three ways, the best one counting: as a word in any form
 * (stemmed; title 3×, headings 2×, body 1×), as the start of a longer word, or within one edit
 * (two for words of ten letters or more) of a word in the text. Every word must match; when
 * no document has them all, documents with some of them are returned and marked relaxed.
 */
public final class Search {

    static final float TITLE_BOOST = 3f;
    static final float HEADINGS_BOOST = 2f;
    static final float PREFIX_WEIGHT = 0.6f;
    static final float FUZZY_WEIGHT = 0.4f;
    static final int FACET_LIMIT = 20;
    /** Documents a word must be in to be taken as typed; see {@link #plan}. */
    static final int KNOWN_WORD = 2;
    /** Terms a prefix or a near-miss stands for, at most. */
    static final int MAX_EXPANSIONS = 16;
    public static final int MAX_QUERY_LENGTH = 1_000;
    /** Words and phrases of a query looked for, at most; the rest are left out (and the results say the query was long). */
    static final int MAX_WORDS = 32;

    private Search() {
    }

    /**
     * A compiled query: what matches, what matches when no document has every word ({@code loose};
     * null for the advanced syntax, which says itself what must match), and what to mark in snippets.
     */
    public record Plan(Query match, Query loose, Query highlight, List<String> words, Map<String, String> nearest) {

        public Plan(Query match, Query loose, Query highlight, List<String> words) {
            this(match, loose, highlight, words, Map.of());
        }
    }

    /** The queries the default syntax makes of {@code query} (for the benchmark's floor, which runs them on a plain searcher). */
    public static Plan compile(String query, IndexReader reader) throws IOException {
        return plan(UserQuery.parse(query), reader);
    }

    /**
     * Runs {@code request} on {@code searcher}.
     *
     * @param hidden sources whose documents must not be returned (bundles gone, not yet deleted)
     */
    public static SearchResults run(CultureIndex.FacetedSearcher searcher, SearchRequest request, Collection<String> hidden)
            throws IOException {
        if (request.query().length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("the query is " + request.query().length() + " characters; at most " + MAX_QUERY_LENGTH
                    + " are searched, shorten it");
        }
        IndexReader reader = searcher.getIndexReader();
        Plan plan;
        try {
            plan = request.advanced() ? AdvancedQuery.parse(request.query()) : plan(UserQuery.parse(request.query()), reader);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query asks for too much at once; search for fewer words");
        }
        if (plan.highlight() == null) {
            plan = new Plan(plan.match(), plan.loose(), highlightOf(plan.match(), reader), plan.words(), plan.nearest());
        }
        boolean relaxed = false;
        Outcome outcome = execute(searcher, request, plan.match(), hidden);
        if (outcome.top.totalHits.value == 0 && plan.loose() != null && plan.words().size() > 1) {
            Outcome second = execute(searcher, request, plan.loose(), hidden);
            if (second.top.totalHits.value > 0) {
                outcome = second;
                relaxed = true;
            }
        }
        List<Hit> hits = hits(searcher, outcome.top, request.offset(), plan.highlight());
        // Said also when a typo was matched by its near misses, so the reader knows what was searched for. When
        // enough matched, the near misses the plan already found give the respelling for nothing; when little
        // matched, a spell checker looks further.
        Optional<String> respelled = request.advanced() ? Optional.empty()
                : outcome.top.totalHits.value < 3 ? respell(searcher, request.query())
                : respelled(request.query(), nearestOf(plan));
        return new SearchResults(outcome.top.totalHits.value, hits, outcome.facet(Documents.COUNTRY), outcome.facet(Documents.REGION),
                outcome.facet(Documents.TOPIC), relaxed, respelled);
    }

    private record Outcome(TopDocs top, Facets facets) {
        List<FacetCount> facet(String dim) throws IOException {
            if (facets == null) return List.of();
            FacetResult r = facets.getTopChildren(FACET_LIMIT, dim);
            if (r == null) return List.of();
            List<FacetCount> counts = new ArrayList<>();
            for (LabelAndValue lv : r.labelValues) counts.add(new FacetCount(lv.label, lv.value.longValue()));
            return counts;
        }
    }

    private static Outcome execute(CultureIndex.FacetedSearcher searcher, SearchRequest request, Query match, Collection<String> hidden)
            throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(visible(match, hidden), Occur.MUST);
        filter(q, Documents.COUNTRY, request.countries().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList());
        filter(q, Documents.REGION, request.regions().stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList());
        filter(q, Documents.TOPIC, request.topics().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList());
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, q.build(),
                request.offset() + request.limit(), new FacetsCollectorManager());
        FacetsCollector fc = result.facetsCollector();
        Facets facets = searcher.facets() == null ? null : new SortedSetDocValuesFacetCounts(searcher.facets(), fc);
        return new Outcome(result.topDocs(), facets);
    }

    /** The query without the documents of {@code hidden} sources. */
    public static Query visible(Query query, Collection<String> hidden) {
        if (hidden.isEmpty()) return query;
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermInSetQuery(Documents.SOURCE, hidden.stream().map(BytesRef::new).toList()), Occur.MUST_NOT).build();
    }

    private static void filter(BooleanQuery.Builder q, String field, Collection<String> values) {
        if (values.isEmpty()) return;
        q.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }

    /**
     * What to mark in snippets for an advanced query: each word it looks for in the title,
     * headings or body, in every form in the plain body (the words starting with its stem).
     */
    private static Query highlightOf(Query advanced, IndexReader reader) throws IOException {
        Set<String> stems = new java.util.LinkedHashSet<>();
        for (Term t : termsOf(advanced, Set.of(Documents.TITLE, Documents.HEADINGS, Documents.BODY))) stems.add(t.text());
        BooleanQuery.Builder h = new BooleanQuery.Builder();
        for (String stem : stems.stream().limit(MAX_WORDS).toList()) {
            h.add(stem.length() >= 3 ? anyOf(bodyWordsStarting(reader, stem))
                    : new TermQuery(new Term(Documents.BODY_PLAIN, stem)), Occur.SHOULD);
        }
        return h.build();
    }

    /**
     * The queries for the user's words: every word must match, or, loosely, any. A word the
     * content holds more than {@link #KNOWN_WORD} times is taken as typed: looking for near-misses
     * and longer words then would only add noise (and time); a word the content has rarely or
     * never is looked for as a typo and as the start of a longer word as well.
     */
    static Plan plan(UserQuery input, IndexReader reader) throws IOException {
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        BooleanQuery.Builder loose = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        List<String> words = new ArrayList<>();
        Map<String, String> nearest = new java.util.HashMap<>();
        int positive = 0;
        for (UserQuery.Part part : input.parts().stream().limit(MAX_WORDS).toList()) {
            List<String> stems = CultureAnalyzers.terms(CultureAnalyzers.TEXT, Documents.BODY, part.text());
            List<String> plain = CultureAnalyzers.terms(CultureAnalyzers.PLAIN, Documents.BODY_PLAIN, part.text());
            if (stems.isEmpty()) continue;
            Query exact = exact(stems, part.phrase() || stems.size() > 1);
            if (part.excluded()) {
                match.add(exact, Occur.MUST_NOT);
                loose.add(exact, Occur.MUST_NOT);
                continue;
            }
            positive++;
            words.add(part.text());
            Query clause = exact;
            boolean single = !part.phrase() && stems.size() == 1 && plain.size() == 1 && isAlphabetic(plain.get(0));
            if (single) {
                String word = plain.get(0);
                // what to mark in snippets, each body term once however many ways found it
                Set<Term> marks = new java.util.LinkedHashSet<>(List.of(new Term(Documents.BODY_PLAIN, word)));
                Query starts = null;
                int frequency = frequency(reader, word);
                if (frequency <= KNOWN_WORD) {
                    // expanded here, once: the search and the snippets then look up the same few terms
                    starts = word.length() >= 3 ? wordStarts(reader, word) : null;
                    NearMisses misses = word.length() >= 4 ? nearMisses(reader, word) : null;
                    Query near = misses == null ? null : misses.query();
                    // only a word the content does not have at all is respelled; a rare one is taken as meant
                    if (misses != null && misses.nearest() != null && frequency == 0) nearest.put(word, misses.nearest());
                    List<Query> ways = new ArrayList<>(List.of(exact));
                    if (starts != null) ways.add(new BoostQuery(starts, PREFIX_WEIGHT));
                    if (near != null) ways.add(new BoostQuery(near, FUZZY_WEIGHT));
                    clause = new DisjunctionMaxQuery(ways, 0f);
                    if (starts != null) marks.addAll(termsOf(starts, Set.of(Documents.BODY_PLAIN)));
                    if (near != null) marks.addAll(termsOf(near, Set.of(Documents.BODY_PLAIN)));
                }
                // other forms of the word: what starts like its stem (negotiat- for "negotiations"), unless the word starts found them
                String stem = stems.get(0);
                if (stem.length() >= 4 && !(starts != null && stem.equals(word))) {
                    marks.addAll(bodyWordsStarting(reader, stem));
                }
                highlight.add(anyOf(marks), Occur.SHOULD);
            } else if (plain.size() > 1 && plain.size() == stems.size()) {
                // a phrase is marked where its words stand together in any form ("business cards" in "a business card")
                MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
                for (int i = 0; i < plain.size(); i++) {
                    Set<Term> forms = new java.util.LinkedHashSet<>(List.of(new Term(Documents.BODY_PLAIN, plain.get(i))));
                    if (stems.get(i).length() >= 4 && isAlphabetic(plain.get(i))) forms.addAll(bodyWordsStarting(reader, stems.get(i)));
                    phrase.add(forms.toArray(Term[]::new));
                }
                highlight.add(phrase.build(), Occur.SHOULD);
            } else {
                highlight.add(plain.size() > 1 ? new PhraseQuery(Documents.BODY_PLAIN, plain.toArray(String[]::new))
                        : new TermQuery(new Term(Documents.BODY_PLAIN, plain.isEmpty() ? stems.get(0) : plain.get(0))), Occur.SHOULD);
            }
            match.add(clause, Occur.MUST);
            loose.add(clause, Occur.SHOULD);
        }
        if (positive == 0) {
            Query none = new BooleanQuery.Builder().build();
            return new Plan(none, none, none, words, nearest);
        }
        loose.setMinimumNumberShouldMatch(1);
        return new Plan(match.build(), loose.build(), highlight.build(), words, nearest);
    }

    /** How many titles and bodies hold the word as typed (each document's title and body counted apart). */
    private static int frequency(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(Documents.BODY_PLAIN, word)) + reader.docFreq(new Term(Documents.TITLE_PLAIN, word));
    }

    /** The stemmed terms in the title, headings and body, as a phrase when there are several. */
    private static Query exact(List<String> stems, boolean phrase) {
        return everyField(f -> phrase && stems.size() > 1 ? new PhraseQuery(f, stems.toArray(String[]::new)) : new TermQuery(new Term(f, stems.get(0))));
    }

    private interface PerField {
        Query on(String field);
    }

    private static Query everyField(PerField q) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(q.on(Documents.TITLE), TITLE_BOOST), Occur.SHOULD)
                .add(new BoostQuery(q.on(Documents.HEADINGS), HEADINGS_BOOST), Occur.SHOULD)
                .add(q.on(Documents.BODY), Occur.SHOULD)
                .build();
    }

    /**
     * The words of the title and body near {@code word}, as typed words the content has: within
     * one edit (a swap of two letters counts as one), or, only if there is none but the word
     * itself and the word has ten letters or more, within two. The first letter (two from ten
     * letters on) is kept as typed. Each tier is one automaton, built once for both fields: a
     * two-edit automaton of a long word takes milliseconds to build, and most typos are one edit
     * away (as a spell checker's first pass assumes too). Each word weighs as in Lucene's fuzzy
     * query, 1 - edits / the shorter length, the word itself 1; see {@link #blended}.
     */
    private static NearMisses nearMisses(IndexReader reader, String word) throws IOException {
        boolean longWord = word.length() >= 10;
        int keep = longWord ? 2 : 1;
        CompiledAutomaton one = FuzzyQuery.getFuzzyAutomaton(word, 1, keep, true);
        List<Found> title = collect(reader, Documents.TITLE_PLAIN, one, word);
        List<Found> body = collect(reader, Documents.BODY_PLAIN, one, word);
        int edits = 1;
        if (longWord && onlyItself(title, word) && onlyItself(body, word)) {
            CompiledAutomaton two = FuzzyQuery.getFuzzyAutomaton(word, 2, keep, true);
            title = collect(reader, Documents.TITLE_PLAIN, two, word);
            body = collect(reader, Documents.BODY_PLAIN, two, word);
            edits = 2;
        }
        // The body's most frequent near miss (the lists come most frequent first) is the likeliest meaning.
        String nearest = body.stream().map(f -> f.term().text()).filter(t -> !t.equals(word)).findFirst().orElse(null);
        return new NearMisses(titleAndBody(blended(title, word, edits), blended(body, word, edits)), nearest);
    }

    /** A word's near misses as a query, and the one the word most likely meant (null when there is none). */
    private record NearMisses(Query query, String nearest) {
    }

    /** The words of the title and body that start with {@code word}; each weighs 1, as in Lucene's prefix query. */
    private static Query wordStarts(IndexReader reader, String word) throws IOException {
        CompiledAutomaton starts = startsWith(word);
        return titleAndBody(blended(collect(reader, Documents.TITLE_PLAIN, starts, word), word, 0),
                blended(collect(reader, Documents.BODY_PLAIN, starts, word), word, 0));
    }

    /** The body's words that start with {@code stem}, for marking snippets. */
    private static List<Term> bodyWordsStarting(IndexReader reader, String stem) throws IOException {
        return collect(reader, Documents.BODY_PLAIN, startsWith(stem), stem).stream().map(Found::term).toList();
    }

    private static CompiledAutomaton startsWith(String word) {
        return new CompiledAutomaton(PrefixQuery.toAutomaton(new BytesRef(word)), false, true, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
    }

    private static Query titleAndBody(Query title, Query body) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                .add(body, Occur.SHOULD)
                .build();
    }

    /** A term of the index and its statistics there. */
    private record Found(Term term, TermStates states) {
    }

    private static boolean onlyItself(List<Found> found, String word) {
        return found.stream().allMatch(f -> f.term().text().equals(word));
    }

    /**
     * The terms of {@code field} that {@code automaton} accepts, with their statistics: the word
     * itself first, then the most frequent, at most {@link #MAX_EXPANSIONS}. (Lucene's own
     * rewrites keep the alphabetically first among equals; for a short word start those are
     * arbitrary, the most frequent are what the user most likely means.)
     */
    private static List<Found> collect(IndexReader reader, String field, CompiledAutomaton automaton, String word) throws IOException {
        Map<BytesRef, TermStates> found = new java.util.HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) continue;
            TermsEnum te = automaton.getTermsEnum(terms);
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                found.computeIfAbsent(BytesRef.deepCopyOf(t), k -> new TermStates(reader.getContext()))
                        .register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
            }
        }
        List<Found> out = new ArrayList<>();
        found.forEach((t, states) -> out.add(new Found(new Term(field, t), states)));
        out.sort(java.util.Comparator.comparing((Found f) -> !f.term().text().equals(word))
                .thenComparing(f -> -f.states().docFreq()).thenComparing(Found::term));
        return out.size() > MAX_EXPANSIONS ? List.copyOf(out.subList(0, MAX_EXPANSIONS)) : out;
    }

    /**
     * Any of {@code found}, with their document frequencies blended as Lucene's fuzzy and prefix
     * queries blend them, so that a rare form does not outrank a common one. A word {@code edits}
     * away weighs 1 - edits / the shorter of the two lengths (0 edits: 1).
     */
    private static Query blended(List<Found> found, String word, int edits) {
        if (found.isEmpty()) return new MatchNoDocsQuery();
        BlendedTermQuery.Builder b = new BlendedTermQuery.Builder().setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
        int wordLength = word.codePointCount(0, word.length());
        for (Found f : found) {
            String text = f.term().text();
            int shorter = Math.min(wordLength, text.codePointCount(0, text.length()));
            b.add(f.term(), edits == 0 || text.equals(word) ? 1f : Math.max(0f, 1f - (float) edits / shorter), f.states());
        }
        return b.build();
    }

    private static Query anyOf(Collection<Term> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Term t : terms) b.add(new TermQuery(t), Occur.SHOULD);
        return b.build();
    }

    /** The terms {@code query} looks for in {@code fields}, in order, leaving out what it excludes. */
    private static List<Term> termsOf(Query query, Set<String> fields) {
        List<Term> found = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    if (fields.contains(t.field())) found.add(t);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return found;
    }

    private static boolean isAlphabetic(String word) {
        return word.codePoints().allMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HIRAGANA
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HANGUL);
    }

    /** The hits of {@code top}, with their opening passages as snippets when {@code highlight} is null. */
    public static List<Hit> hitsOf(IndexSearcher searcher, TopDocs top, Query highlight) throws IOException {
        return hits(searcher, top, 0, highlight == null ? new MatchNoDocsQuery() : highlight);
    }

    static List<Hit> hits(IndexSearcher searcher, TopDocs top, int offset, Query highlight) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        if (offset >= docs.length) return List.of();
        int n = docs.length - offset;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) ids[i] = docs[offset + i].doc;
        // each document read once, for its hit and its snippet
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> loaded = new java.util.HashMap<>();
        for (int id : ids) loaded.put(id, stored.document(id));
        Object[] snippets = highlight == null ? new Object[n] : Snippets.of(searcher, highlight, ids, loaded);
        List<Hit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Snippet snippet = snippets[i] instanceof Snippet s ? s : Snippet.EMPTY;
            hits.add(hit(loaded.get(ids[i]), snippet, docs[offset + i].score));
        }
        return hits;
    }

    static Hit hit(Document d, Snippet snippet, float score) {
        return new Hit(d.get(Documents.UID), Kind.valueOf(d.get(Documents.KIND).toUpperCase(Locale.ROOT)), d.get(Documents.TITLE_PLAIN),
                values(d, Documents.COUNTRY), values(d, Documents.REGION), values(d, Documents.TOPIC), snippet, score,
                d.get(Documents.BUNDLE), d.get(Documents.VERSION));
    }

    private static Set<String> values(Document d, String field) {
        Set<String> values = new TreeSet<>();
        for (IndexableField f : d.getFields(field)) values.add(f.stringValue());
        return values;
    }

    /** The query with each word that matches nothing replaced by the closest, more common word of the content. */
    public static Optional<String> respell(IndexSearcher searcher, String query) throws IOException {
        DirectSpellChecker spell = new DirectSpellChecker();
        return respelled(query, word -> {
            SuggestWord[] s = spell.suggestSimilar(new Term(Documents.BODY_PLAIN, word), 1, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return s.length > 0 ? Optional.of(s[0].string) : Optional.empty();
        });
    }

    private static Speller nearestOf(Plan plan) {
        Map<String, String> nearest = plan.nearest();
        return word -> Optional.ofNullable(nearest.get(word));
    }

    /** A word's respelling, or none. */
    @FunctionalInterface
    private interface Speller {
        Optional<String> of(String word) throws IOException;
    }

    /** The query with each plain word of four letters or more that {@code speller} respells replaced; empty when none is. */
    private static Optional<String> respelled(String query, Speller speller) throws IOException {
        StringBuilder respelled = new StringBuilder();
        boolean changed = false;
        for (UserQuery.Part part : UserQuery.parse(query).parts().stream().limit(MAX_WORDS).toList()) {
            if (respelled.length() > 0) respelled.append(' ');
            List<String> plain = CultureAnalyzers.terms(CultureAnalyzers.PLAIN, Documents.BODY_PLAIN, part.text());
            if (part.phrase() || part.excluded() || plain.size() != 1 || !isAlphabetic(plain.get(0)) || plain.get(0).length() < 4) {
                respelled.append(part.phrase() ? '"' + part.text() + '"' : (part.excluded() ? "-" : "") + part.text());
                continue;
            }
            Optional<String> s = speller.of(plain.get(0));
            if (s.isPresent()) {
                respelled.append(s.get());
                changed = true;
            } else {
                respelled.append(part.text());
            }
        }
        return changed ? Optional.of(respelled.toString()) : Optional.empty();
    }

    /** Documents like {@code docId}, by the terms that distinguish its title and body. */
    public static Query moreLikeThis(IndexSearcher searcher, int docId) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(CultureAnalyzers.PER_FIELD);
        mlt.setFieldNames(new String[] {Documents.TITLE_PLAIN, Documents.BODY_PLAIN});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        return mlt.like(docId);
    }

    /**
     * Where snippets may start and end: sentence boundaries, aiming at passages of about 160
     * characters; the boundaries of the texts in {@code known} as given.
     */
    static java.text.BreakIterator snippetBreaks(Map<CharSequence, int[]> known) {
        return LengthGoalBreakIterator.createClosestToLength(SentenceBreaks.over(known), 160, 0.3f);
    }

    /**
     * A highlighter that marks the plain body as searches do, with its sentence boundaries from
     * the index (for the benchmark's floor, which highlights on a plain searcher).
     */
    public static UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return new Snippets(UnifiedHighlighter.builder(searcher, CultureAnalyzers.PER_FIELD).withMaxNoHighlightPassages(1), Map.of());
    }

    /**
     * Marked passages of the plain body, through a highlighter that hands back {@link Snippet}s
     * instead of markup. It reads each document once (the hit's fields and its body together),
     * takes sentence boundaries from the index, and finds the matches term by term rather than
     * through the query's weight: what it marks is a flat set of words and phrases, and the
     * weight-based way builds a searcher, a weight and a term lookup per term for every document
     * (on the client compiler, a third slower and a third more garbage per search).
     */
    static final class Snippets extends UnifiedHighlighter {

        /** The sentence boundaries the index holds for the bodies loaded so far, by identity of the loaded text. */
        private final Map<CharSequence, int[]> sentences = new java.util.IdentityHashMap<>();
        /** Documents already read, by id. */
        private final Map<Integer, Document> loaded;

        private Snippets(Builder builder, Map<Integer, Document> loaded) {
            super(builder.withScorer(new Scorer()).withWeightMatches(false));
            this.loaded = loaded;
        }

        static Object[] of(IndexSearcher searcher, Query highlight, int[] docIds, Map<Integer, Document> loaded) throws IOException {
            Snippets h = new Snippets(UnifiedHighlighter.builder(searcher, CultureAnalyzers.PER_FIELD)
                    .withFormatter(new Formatter())
                    .withMaxNoHighlightPassages(1), loaded);
            Map<String, Object[]> out = h.highlightFieldsAsObjects(new String[] {Documents.BODY_PLAIN}, highlight, docIds, new int[] {1});
            return out.get(Documents.BODY_PLAIN);
        }

        /** Each call starts afresh: one highlighter serves many searches in the benchmark's floor. */
        @Override
        public Map<String, Object[]> highlightFieldsAsObjects(String[] fieldsIn, Query query, int[] docIdsIn, int[] maxPassagesIn)
                throws IOException {
            sentences.clear();
            try {
                return super.highlightFieldsAsObjects(fieldsIn, query, docIdsIn, maxPassagesIn);
            } finally {
                sentences.clear();
            }
        }

        @Override
        protected java.text.BreakIterator getBreakIterator(String field) {
            return snippetBreaks(sentences);
        }

        /** The plain bodies, as the highlighter loads them, and with each its stored sentence boundaries. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            if (!Arrays.equals(fields, new String[] {Documents.BODY_PLAIN})) return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            StoredFields stored = searcher.storedFields();
            Set<String> wanted = Set.of(Documents.BODY_PLAIN, Documents.SENTENCES);
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document d = loaded.containsKey(doc) ? loaded.get(doc) : stored.document(doc, wanted);
                String body = Objects.requireNonNullElse(d.get(Documents.BODY_PLAIN), "");
                BytesRef bounds = d.getBinaryValue(Documents.SENTENCES);
                int[] ends = bounds == null ? null : SentenceBreaks.decode(bounds);
                if (body.length() > getMaxLength()) {
                    body = body.substring(0, getMaxLength());
                    if (ends != null) ends = SentenceBreaks.cut(ends, body.length());
                }
                // the break iterator finds them by this very string: see SentenceBreaks.over
                if (ends != null) sentences.put(body, ends);
                values.add(new CharSequence[] {body});
            }
            return values;
        }
    }

    /**
     * Lucene's passage score (BM25 over the terms matched in the passage, times a norm favouring
     * early passages), counting each passage's distinct terms in a small array. The stock scorer
     * counts them in a hash whose first block is 32 KB, allocated for every passage scored: the
     * largest share of what a search allocated, and so of its garbage-collection pauses.
     */
    static final class Scorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            int[] first = new int[matches];
            int[] inPassage = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                int t = 0;
                while (t < distinct && !terms[first[t]].equals(terms[i])) t++;
                if (t == distinct) first[distinct++] = i;
                inPassage[t]++;
            }
            double score = 0;
            for (int t = 0; t < distinct; t++) score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[first[t]]);
            return (float) (score * norm(passage.getStartOffset()));
        }
    }

    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet.Fragment> fragments = new ArrayList<>();
            for (int p = 0; p < passages.length; p++) {
                Passage passage = passages[p];
                if (p > 0) fragments.add(new Snippet.Fragment(" … ", false));
                int pos = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], pos);
                    int end = passage.getMatchEnds()[i];
                    if (end <= start) continue;
                    if (start > pos) fragments.add(new Snippet.Fragment(content.substring(pos, start), false));
                    fragments.add(new Snippet.Fragment(content.substring(start, end), true));
                    pos = end;
                }
                if (pos < passage.getEndOffset()) fragments.add(new Snippet.Fragment(content.substring(pos, passage.getEndOffset()), false));
            }
            return new Snippet(fragments.stream().map(f -> new Snippet.Fragment(oneLine(f.text()), f.match())).toList());
        }

        /** Runs of white space (line breaks of the Markdown) as one space. */
        private static String oneLine(String text) {
            StringBuilder out = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!space) out.append(' ');
                    space = true;
                } else {
                    out.append(c);
                    space = false;
                }
            }
            return out.toString();
        }
    }
}
