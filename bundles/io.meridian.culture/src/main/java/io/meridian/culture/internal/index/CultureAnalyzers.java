package io.meridian.culture.internal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How culture text becomes terms. One chain serves every language the content mixes: Unicode
 * word breaks (UAX #29), lower case, full- and half-width forms folded and Chinese, Japanese and
 * Korean runs cut into overlapping pairs of characters (so {@code 名刺交換} is found by {@code 名刺}),
 * Arabic letter variants normalised and its common prefixes and suffixes removed, accents folded
 * ({@code Grüße} is found by {@code grusse}), and English stop words and endings removed
 * ({@code negotiations} is found by {@code negotiate}).
 *
 * <p>The {@code *_plain} fields keep whole words (no stemming) for typo tolerance and prefixes,
 * which need the word as typed, not its stem.
 */
public final class CultureAnalyzers {

    /** Stemmed: title, headings, body. */
    public static final Analyzer TEXT = new Chain(true);
    /** Whole words: title_plain, body_plain, suggestions. */
    public static final Analyzer PLAIN = new Chain(false);
    /** Each field with its own chain. */
    public static final Analyzer PER_FIELD = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return fieldName.endsWith("_plain") ? PLAIN : TEXT;
        }
    };

    private CultureAnalyzers() {
    }

    private static final class Chain extends Analyzer {
        private final boolean stem;

        Chain(boolean stem) {
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = new EnglishPossessiveFilter(source);
            t = new CJKWidthFilter(t);
            t = new LowerCaseFilter(t);
            t = new CJKBigramFilter(t);
            t = new ArabicNormalizationFilter(t);
            if (stem) t = new ArabicStemFilter(t);
            t = new ASCIIFoldingFilter(t);
            t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            if (stem) t = new PorterStemFilter(t);
            return new TokenStreamComponents(source, t);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
        }
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
