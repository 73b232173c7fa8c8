package io.meridian.benchmark.culture;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.SearchRequest;
import io.meridian.benchmark.BenchmarkException;
import io.meridian.benchmark.BenchmarkFiles;
import io.meridian.benchmark.Latencies;
import io.meridian.benchmark.Machine;
import io.meridian.culture.internal.index.Contribution;
import io.meridian.culture.internal.index.Documents;
import io.meridian.culture.internal.index.Fingerprint;
import io.meridian.culture.internal.index.Search;
import io.meridian.culture.internal.kb.CultureEngine;
import io.meridian.support.text.Spelling;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The culture benchmark: an index of generated articles (10,000 by default), then typical
 * queries with facets and highlighting through the knowledge base ({@code CultureEngine}, the
 * implementation behind the {@code KnowledgeBase} service), each measured in the same run
 * against its floor: the same Lucene queries, facet counts, highlighting and stored-field reads
 * done directly on an {@link IndexSearcher} over the same index. Also the time to index a
 * further 1,000-document bundle. See docs/benchmarks.md. A harness run on demand, not a test.
 */
public final class CultureBenchmark {

    static final String USAGE = """
            Usage: java -jar releng/benchmark/target/meridian-benchmark-culture.jar [OPTIONS]
              --docs N         generated articles in the index (default: 10000)
              --bundle-docs N  articles in the bundle whose indexing is timed (default: 1000)
              --samples N      measured runs of each query, on Meridian and on the floor alike (default: 200)
              --warmup N       discarded runs of each query first (default: 100)
              --out FILE       also write the Markdown report to FILE
              --work DIR       the index goes here (default: a new temporary directory)
              --keep           keep the work directory afterwards
              --seed N         seed of the generated content (default: 20261124)
            Exit status: 0 all targets met, 1 a target missed, 2 the benchmark could not run.
            """;
    static final double P99_TARGET_MS = 5.0;
    static final double RATIO_TARGET = 1.5;
    static final double BUNDLE_TARGET_MS = 2000;

    private CultureBenchmark() {
    }

    public static void main(String[] args) {
        List<String> a = Arrays.asList(args);
        if (a.contains("--help")) {
            System.out.print(USAGE);
            System.exit(0);
        }
        int exit;
        try {
            exit = run(a);
        } catch (BenchmarkException e) {
            System.err.println("culture benchmark: " + e.getMessage());
            exit = 2;
        } catch (IOException | InterruptedException e) {
            System.err.println("culture benchmark: " + e);
            exit = 2;
        }
        System.exit(exit);
    }

    private static int option(List<String> args, String name, int fallback) throws BenchmarkException {
        int i = args.indexOf(name);
        if (i < 0) return fallback;
        try {
            return Integer.parseInt(args.get(i + 1));
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new BenchmarkException(name + " needs a whole number; --help shows the options", e);
        }
    }

    private static Optional<String> text(List<String> args, String name) throws BenchmarkException {
        int i = args.indexOf(name);
        if (i < 0) return Optional.empty();
        if (i + 1 >= args.size()) throw new BenchmarkException(name + " needs a value; --help shows the options", null);
        return Optional.of(args.get(i + 1));
    }

    private static final List<String> WITH_VALUE = List.of("--docs", "--bundle-docs", "--samples", "--warmup", "--out", "--work", "--seed");

    /** Refuses an argument that is not an option, naming the closest one. */
    private static void check(List<String> args) throws BenchmarkException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (WITH_VALUE.contains(a)) {
                if (++i >= args.size()) throw new BenchmarkException(a + " needs a value; --help shows the options", null);
            } else if (!a.equals("--keep")) {
                List<String> all = new java.util.ArrayList<>(WITH_VALUE);
                all.add("--keep");
                String near = Spelling.closest(a, all);
                throw new BenchmarkException("unknown option '" + a + "'" + (near == null ? "" : " (did you mean " + near + "?)")
                        + "; --help shows the options", null);
            }
        }
    }

    /** A query as a user would type it, with its optional country filter. */
    record TypedQuery(String kind, String text, Set<String> countries) {
    }

    static List<TypedQuery> queries(long seed) {
        SyntheticContent words = new SyntheticContent(seed + 1);
        Random random = new Random(seed + 2);
        List<TypedQuery> queries = new ArrayList<>();
        for (int i = 0; i < 10; i++) queries.add(new TypedQuery("one word", words.contentWord(), Set.of()));
        for (int i = 0; i < 10; i++) queries.add(new TypedQuery("two words", words.contentWord() + " " + words.contentWord(), Set.of()));
        for (int i = 0; i < 5; i++) queries.add(new TypedQuery("three words", words.contentWord() + " " + words.contentWord() + " " + words.contentWord(), Set.of()));
        for (int i = 0; i < 5; i++) {
            String w = longWord(words);
            int at = 1 + random.nextInt(w.length() - 2);
            String typo = w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            queries.add(new TypedQuery("typo", typo, Set.of()));
        }
        for (int i = 0; i < 5; i++) queries.add(new TypedQuery("prefix", longWord(words).substring(0, 4), Set.of()));
        for (int i = 0; i < 5; i++) {
            queries.add(new TypedQuery("two words + country", words.contentWord() + " " + words.contentWord(),
                    Set.of(SyntheticContent.COUNTRIES.get(random.nextInt(8)))));
        }
        return queries;
    }

    private static String longWord(SyntheticContent words) {
        while (true) {
            String w = words.contentWord();
            if (w.length() >= 6 && w.chars().allMatch(Character::isLetter)) return w;
        }
    }

    private static int run(List<String> args) throws BenchmarkException, IOException, InterruptedException {
        check(args);
        int docs = option(args, "--docs", 10_000);
        int bundleDocs = option(args, "--bundle-docs", 1_000);
        int samples = option(args, "--samples", 200);
        int warmup = option(args, "--warmup", 100);
        long seed = option(args, "--seed", 20261124);
        Machine machine = Machine.describe(ProcessHandle.current().info().command().orElse("java"));
        List<String> jvmFlags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String loadBefore = Machine.loadAverage();
        Path work = BenchmarkFiles.workDirectory(text(args, "--work").map(Path::of), "meridian-culture-benchmark",
                "the benchmark writes a new index there");
        Path indexPath = work.resolve("index");
        StringBuilder report = new StringBuilder();
        boolean met;
        try (CultureEngine engine = new CultureEngine(indexPath, Clock.systemUTC(), m -> System.err.println("  " + m))) {
            SyntheticContent content = new SyntheticContent(seed);
            List<Article> main = content.articles("doc", docs);
            long t0 = System.nanoTime();
            engine.put(contribution("bench.main", main));
            if (!engine.awaitIndexed(10, TimeUnit.MINUTES)) throw new BenchmarkException("indexing did not finish in 10 minutes");
            double mainMs = (System.nanoTime() - t0) / 1e6;
            progress("indexed " + docs + " articles in " + Math.round(mainMs) + " ms");

            List<Article> extra = content.articles("extra", bundleDocs);
            List<Double> bundleRuns = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                String edition = " r" + round;
                Contribution c = contribution("bench.bundle", extra.stream().map(x -> new Article(x.id(), x.title() + edition,
                        x.countries(), x.regions(), x.topics(), x.markdown(), x.sources())).toList());
                long b0 = System.nanoTime();
                engine.put(c);
                engine.awaitIndexed(10, TimeUnit.MINUTES);
                bundleRuns.add((System.nanoTime() - b0) / 1e6);
            }
            engine.remove("bench.bundle");
            engine.awaitIndexed(10, TimeUnit.MINUTES);
            double bundleMedian = bundleRuns.stream().sorted().toList().get(bundleRuns.size() / 2);
            progress("indexing a " + bundleDocs + "-article bundle: " + bundleRuns);

            List<TypedQuery> queries = queries(seed);
            Latencies kb = new Latencies();
            java.util.Map<String, Latencies> kbByKind = new java.util.LinkedHashMap<>();
            java.util.Map<String, Latencies> floorByKind = new java.util.LinkedHashMap<>();
            java.util.Map<TypedQuery, Latencies> kbByQuery = new java.util.LinkedHashMap<>();
            Latencies floor = new Latencies();
            long hitsKb = 0;
            long hitsFloor = 0;
            try (FSDirectory dir = FSDirectory.open(indexPath); DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS);
                UnifiedHighlighter highlighter = Search.highlighter(searcher);
                for (int round = 0; round < warmup + samples; round++) {
                    boolean measure = round >= warmup;
                    // alternate which side goes first, so neither always runs on the other's warm caches
                    for (int side = 0; side < 2; side++) {
                        boolean kbSide = (round + side) % 2 == 0;
                        for (TypedQuery q : queries) {
                            long s0 = System.nanoTime();
                            long n = kbSide ? engine.search(new SearchRequest(q.text(), false, q.countries(), Set.of(), Set.of(), 0, 10)).hits().size()
                                    : floor(searcher, state, highlighter, q);
                            long d = System.nanoTime() - s0;
                            if (measure) {
                                (kbSide ? kbByKind : floorByKind).computeIfAbsent(q.kind(), k -> new Latencies()).add(d);
                                if (kbSide) {
                                    kb.add(d);
                                    kbByQuery.computeIfAbsent(q, k -> new Latencies()).add(d);
                                    hitsKb += n;
                                } else {
                                    floor.add(d);
                                    hitsFloor += n;
                                }
                            }
                        }
                    }
                }
            }
            double ratio = kb.p99() / floor.p99();
            met = kb.p99() <= P99_TARGET_MS && ratio <= RATIO_TARGET && bundleMedian <= BUNDLE_TARGET_MS;
            report.append("### Culture knowledge base — ").append(ZonedDateTime.now().toLocalDate()).append("\n\n");
            report.append("Machine: ").append(machine).append("  \nJVM flags: ").append(jvmFlags).append("  \nLoad average before/after: ")
                    .append(loadBefore).append(" / ").append(Machine.loadAverage()).append("\n\n");
            report.append("Index: ").append(docs).append(" generated articles (seed ").append(seed).append("; a Zipf vocabulary of ")
                    .append(SyntheticContent.WORDS.size()).append(" words), built in ")
                    .append(Math.round(mainMs)).append(" ms.  \n");
            report.append(String.format(Locale.ROOT, "Queries: %d typical queries (10 one-word, 10 two-word, 5 three-word, 5 with a typo, 5 word"
                    + " starts, 5 two-word with a country filter), each with facet counts for country, region and topic and a highlighted"
                    + " snippet for each of the top 10; %d measured rounds after %d warm-up rounds, sides alternating.%n%n", queries.size(),
                    samples, warmup));
            report.append("| | p50 ms | p99 ms | max ms | results returned |\n|---|---:|---:|---:|---:|\n");
            report.append(String.format(Locale.ROOT, "| KnowledgeBase.search | %.3f | %.3f | %.3f | %d |%n", kb.median(), kb.p99(), kb.max(), hitsKb));
            report.append(String.format(Locale.ROOT, "| floor: raw IndexSearcher, same queries, facets, highlights | %.3f | %.3f | %.3f | %d |%n",
                    floor.median(), floor.p99(), floor.max(), hitsFloor));
            report.append("\nBy kind of query (p50 / p99 ms):\n\n| kind | Meridian | floor |\n|---|---:|---:|\n");
            kbByKind.forEach((kind, l) -> report.append(String.format(Locale.ROOT, "| %s | %.3f / %.3f | %.3f / %.3f |%n", kind, l.median(),
                    l.p99(), floorByKind.get(kind).median(), floorByKind.get(kind).p99())));
            report.append("\nThe slowest queries through the knowledge base, by median (p50 / p99 ms):\n\n| query | kind | Meridian |\n|---|---|---:|\n");
            kbByQuery.entrySet().stream().sorted(java.util.Comparator.comparingDouble((java.util.Map.Entry<TypedQuery, Latencies> e) -> e.getValue().median()).reversed())
                    .limit(8).forEach(e -> report.append(String.format(Locale.ROOT, "| %s%s | %s | %.3f / %.3f |%n", e.getKey().text(),
                            e.getKey().countries().isEmpty() ? "" : " (" + String.join(", ", e.getKey().countries()) + ")", e.getKey().kind(),
                            e.getValue().median(), e.getValue().p99())));
            report.append(String.format(Locale.ROOT, "%nRatio p99 Meridian / floor: **%.2f×** (target ≤ %.1f×); p99 %.3f ms (target ≤ %.0f ms).  %n",
                    ratio, RATIO_TARGET, kb.p99(), P99_TARGET_MS));
            report.append(String.format(Locale.ROOT, "Indexing a %d-article bundle (put until committed and searchable), 5 runs: %s ms;"
                    + " median **%.0f ms** (target ≤ %.0f ms).  %n", bundleDocs, bundleRuns.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList(),
                    bundleMedian, BUNDLE_TARGET_MS));
            report.append(met ? "All targets met.\n" : "A target was missed.\n");
        } finally {
            if (args.contains("--keep")) System.out.println("Index kept in " + work);
            else BenchmarkFiles.delete(work);
        }
        System.out.println();
        System.out.print(report);
        Optional<String> out = text(args, "--out");
        if (out.isPresent()) BenchmarkFiles.writeReport(Path.of(out.get()), report.toString());
        return met ? 0 : 1;
    }

    /** The floor: the same Lucene work as a search, without the knowledge base around it. */
    private static long floor(IndexSearcher searcher, SortedSetDocValuesReaderState state, UnifiedHighlighter highlighter, TypedQuery q)
            throws IOException {
        Search.Plan plan = Search.compile(q.text(), searcher.getIndexReader());
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(plan.match(), BooleanClause.Occur.MUST);
        for (String c : q.countries()) b.add(new TermQuery(new Term(Documents.COUNTRY, c)), BooleanClause.Occur.FILTER);
        Query query = b.build();
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
        facets.getTopChildren(20, Documents.COUNTRY);
        facets.getTopChildren(20, Documents.REGION);
        facets.getTopChildren(20, Documents.TOPIC);
        TopDocs top = r.topDocs();
        highlighter.highlight(Documents.BODY_PLAIN, plan.highlight(), top, 1);
        for (ScoreDoc d : top.scoreDocs) searcher.storedFields().document(d.doc);
        return top.scoreDocs.length;
    }

    private static Contribution contribution(String key, List<Article> articles) {
        return new Contribution(key, key, "1.0.0", List.of(), articles, Fingerprint.of(List.of(), articles));
    }

    private static void progress(String line) {
        System.out.println(java.time.LocalTime.now().withNano(0) + "  " + line);
    }
}
