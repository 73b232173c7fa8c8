package io.meridian.lucene.probe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.osgi.framework.FrameworkUtil;

/**
 * Indexes a few notes about business contacts and searches them again, from inside the framework.
 *
 * <p>Everything Lucene has to find by name comes from the {@code META-INF/services} files of the
 * wrapped bundle: the default codec and its formats when the index is written and when it is read
 * back, and the tokenizer and filters of an analyzer assembled from factory names. A missing entry
 * makes Lucene throw, and a stemming filter that is not there makes the search come back empty.
 *
 * <p>The findings hold JDK types only, so the test outside the framework can check them.
 */
final class StemmedSearchProbe implements Callable<Map<String, Object>> {

    private static final String NOTE = "note";

    private static final List<String> NOTES = List.of(
            "Contract negotiations with the Lisbon distributor",
            "Quarterly call with the Osaka office",
            "Negotiated renewal terms for the Toronto partners");

    private final Path indexDirectory;

    StemmedSearchProbe(Path indexDirectory) {
        this.indexDirectory = indexDirectory;
    }

    @Override
    public Map<String, Object> call() throws IOException, ParseException {
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("luceneBundle", FrameworkUtil.getBundle(Codec.class).getSymbolicName());
        findings.put("defaultCodec", Codec.getDefault().getName());
        findings.put("codecByName", Codec.forName(Codec.getDefault().getName()).getName());

        try (Analyzer analyzer = stemmingAnalyzer();
                Directory directory = FSDirectory.open(indexDirectory)) {
            findings.put("tokens", tokens(analyzer, "Negotiations with the Lisbon distributors"));
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            findings.put("writerCodec", config.getCodec().getName());
            index(directory, config);
            findings.put("segmentCodecs", segmentCodecs(directory));
            search(directory, analyzer, findings);
        }
        return findings;
    }

    /** Tokenizer and filters named the way Lucene's SPI knows them; none is referenced as a class. */
    private static Analyzer stemmingAnalyzer() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("porterStem")
                .build();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(NOTE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private static void index(Directory directory, IndexWriterConfig config) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String note : NOTES) {
                Document document = new Document();
                document.add(new TextField(NOTE, note, Field.Store.YES));
                writer.addDocument(document);
            }
        }
    }

    /** Reading the commit back looks every segment's codec up by the name written on disk. */
    private static List<String> segmentCodecs(Directory directory) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
            names.add(segment.info.getCodec().getName());
        }
        return List.copyOf(names);
    }

    private static void search(Directory directory, Analyzer analyzer, Map<String, Object> findings)
            throws IOException, ParseException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query stemmed = new QueryParser(NOTE, analyzer).parse("negotiating");
            TreeSet<String> matches = new TreeSet<>();
            for (ScoreDoc hit : searcher.search(stemmed, NOTES.size()).scoreDocs) {
                matches.add(searcher.storedFields().document(hit.doc).get(NOTE));
            }
            findings.put("stemmedQuery", stemmed.toString());
            findings.put("stemmedMatches", List.copyOf(matches));
            findings.put("literalMatchCount", searcher.count(new TermQuery(new Term(NOTE, "negotiating"))));
        }
    }
}
