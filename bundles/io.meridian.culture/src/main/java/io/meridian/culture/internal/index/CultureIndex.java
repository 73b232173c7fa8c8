package io.meridian.culture.internal.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The knowledge base's Lucene index in one directory, kept in step with the contributions one
 * source at a time. Each commit records, per source, the stamp (version and content digest) of
 * what it holds, so a restart indexes only what changed. An index that is missing, from an older
 * schema, or fails its checksums is set aside and rebuilt.
 *
 * <p>Writes are not thread-safe against each other: one thread (the knowledge base's indexer)
 * makes them. Searches may run on any thread at any time.
 */
public final class CultureIndex implements Closeable {

    /** Changes when the documents' fields change; an index written under another schema is rebuilt. */
    static final String SCHEMA = "3";
    private static final String SCHEMA_KEY = "meridian.schema";
    private static final String SOURCE_PREFIX = "source:";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> stamps = new HashMap<>();
    private final String rebuildReason;
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    /** A searcher with the facet state of its reader, built once per reopen. */
    public static final class FacetedSearcher extends IndexSearcher {
        private final SortedSetDocValuesReaderState facets;

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            SortedSetDocValuesReaderState state = null;
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader().getFieldInfos().fieldInfo(Documents.FACETS.getDimConfig(Documents.COUNTRY).indexFieldName) != null) {
                    state = new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS);
                    break;
                }
            }
            this.facets = state;
        }

        /** Null while no document has a facet. */
        public SortedSetDocValuesReaderState facets() {
            return facets;
        }
    }

    private CultureIndex(Path path, Directory directory, IndexWriter writer, String rebuildReason) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.rebuildReason = rebuildReason;
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        data.forEach((k, v) -> {
            if (k.startsWith(SOURCE_PREFIX)) stamps.put(k.substring(SOURCE_PREFIX.length()), v);
        });
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader);
            }
        });
    }

    /**
     * Opens the index in {@code path}, creating it if there is none and rebuilding it (empty) if it
     * cannot be trusted; {@link #rebuildReason()} then says why, and every source must be put again.
     *
     * @throws LockObtainFailedException when another process has the index open for writing
     */
    public static CultureIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        String reason = check(path);
        if (reason != null) wipe(path);
        Directory directory = FSDirectory.open(path);
        try {
            IndexWriterConfig config = new IndexWriterConfig(CultureAnalyzers.PER_FIELD)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            if (reason != null) {
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
                writer.commit();
            }
            return new CultureIndex(path, directory, writer, reason);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Deletes whatever is in {@code path} and opens an empty index there. */
    public static CultureIndex openEmpty(Path path) throws IOException {
        Files.createDirectories(path);
        wipe(path);
        return open(path);
    }

    /** Why the index in {@code path} must be rebuilt, or null if it can be used. */
    private static String check(Path path) {
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                try (Stream<Path> files = Files.list(path)) {
                    return files.anyMatch(f -> !f.getFileName().toString().equals("write.lock")) ? "no readable commit" : "no index yet";
                }
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            String schema = infos.getUserData().get(SCHEMA_KEY);
            if (!SCHEMA.equals(schema)) return "written with schema " + schema + ", this version uses " + SCHEMA;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) leaf.reader().checkIntegrity();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    private static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!f.equals(path)) Files.delete(f);
            }
        }
    }

    /** Why the index was rebuilt when opened, or null if it was opened as it was. */
    public String rebuildReason() {
        return rebuildReason;
    }

    /** Documents written since the index was opened: what a restart cost. */
    public long written() {
        return written.get();
    }

    public Path path() {
        return path;
    }

    /** The stamp the index holds for a source, or null if it holds none. */
    public synchronized String stamp(String source) {
        return stamps.get(source);
    }

    /** The sources the index holds documents for. */
    public synchronized List<String> sources() {
        return List.copyOf(stamps.keySet());
    }

    /**
     * Replaces whatever the index holds for {@code source} by {@code documents}, and commits. The
     * stamp is recorded only once the commit succeeded, so a failed write is tried again.
     *
     * @return the documents Lucene refused, by uid, with why
     */
    public Map<String, String> put(String source, String stamp, List<Document> documents) throws IOException {
        writer.deleteDocuments(new Term(Documents.SOURCE, source));
        Map<String, String> refused = add(documents);
        commit(stampsWith(source, stamp));
        return refused;
    }

    /**
     * Adds documents one by one: one Lucene refuses (a term too long to index, say) is left out
     * and named, with why, by uid; the writer goes on with the rest.
     */
    private Map<String, String> add(List<Document> documents) throws IOException {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        for (Document d : documents) {
            try {
                writer.addDocument(d);
                written.incrementAndGet();
            } catch (IllegalArgumentException e) {
                refused.put(d.get(Documents.UID), e.getMessage());
            }
        }
        return refused;
    }

    /** Deletes what the index holds for {@code source}, and commits. */
    public void remove(String source) throws IOException {
        writer.deleteDocuments(new Term(Documents.SOURCE, source));
        commit(stampsWith(source, null));
    }

    /** Adds or replaces one document that has no stamp of its own (a note), and commits. */
    public void putDocument(String uid, Document document) throws IOException {
        writer.updateDocument(new Term(Documents.UID, uid), document);
        written.incrementAndGet();
        commit(stampsWith(null, null));
    }

    /** Deletes one document, and commits. */
    public void removeDocument(String uid) throws IOException {
        writer.deleteDocuments(new Term(Documents.UID, uid));
        commit(stampsWith(null, null));
    }

    /** What replaces everything in the index: a source's stamp and documents. */
    public record Replacement(String stamp, List<Document> documents) {
    }

    /**
     * Replaces everything the index holds, in one commit: searches see the old content until
     * the new content is there, never an empty index in between.
     *
     * @param sources the stamped sources
     * @param unstamped documents without a stamp (the notes)
     * @return the documents Lucene refused, by uid, with why
     */
    public Map<String, String> replaceAll(Map<String, Replacement> sources, List<Document> unstamped) throws IOException {
        writer.deleteAll();
        Map<String, String> next = new HashMap<>();
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Replacement> e : sources.entrySet()) {
            refused.putAll(add(e.getValue().documents()));
            next.put(e.getKey(), e.getValue().stamp());
        }
        refused.putAll(add(unstamped));
        commit(next);
        return refused;
    }

    /** The stored values of {@code field} of every document of {@code source}, by uid. */
    public Map<String, String> stored(String source, String field) throws IOException {
        Map<String, String> values = new HashMap<>();
        FacetedSearcher s = acquire();
        try {
            org.apache.lucene.search.TopDocs all = s.search(new org.apache.lucene.search.TermQuery(new Term(Documents.SOURCE, source)),
                    Math.max(1, s.getIndexReader().maxDoc()));
            for (org.apache.lucene.search.ScoreDoc d : all.scoreDocs) {
                Document doc = s.storedFields().document(d.doc, java.util.Set.of(Documents.UID, field));
                values.put(doc.get(Documents.UID), doc.get(field));
            }
        } finally {
            release(s);
        }
        return values;
    }

    private synchronized Map<String, String> stampsWith(String source, String stamp) {
        Map<String, String> next = new HashMap<>(stamps);
        if (source != null) {
            if (stamp == null) next.remove(source);
            else next.put(source, stamp);
        }
        return next;
    }

    private void commit(Map<String, String> next) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, SCHEMA);
        next.forEach((k, v) -> data.put(SOURCE_PREFIX + k, v));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        synchronized (this) {
            stamps.clear();
            stamps.putAll(next);
        }
        searchers.maybeRefreshBlocking();
    }

    /** A searcher over the last commit; give it back with {@link #release}. */
    public FacetedSearcher acquire() throws IOException {
        return (FacetedSearcher) searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Documents in the index now. */
    public long size() throws IOException {
        FacetedSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> m = new HashMap<>();
        entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
