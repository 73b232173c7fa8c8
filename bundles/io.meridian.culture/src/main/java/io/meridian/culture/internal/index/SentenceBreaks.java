package io.meridian.culture.internal.index;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.text.CharacterIterator;

/**
 * ICU4J's sentence boundaries behind the {@code java.text.BreakIterator} that Lucene's
 * highlighter takes. ICU's rules know the sentence ends of every script (。, ؟, ।) as well as
 * Latin ones, and its iterator caches boundaries, so the highlighter's many {@code preceding}
 * and {@code following} calls per snippet do not walk the text backwards each time, as the
 * JDK's iterator does. On the client compiler this made snippets about a third cheaper
 * (docs/benchmarks.md, culture knowledge base).
 */
final class SentenceBreaks extends java.text.BreakIterator {

    private final BreakIterator icu;

    private SentenceBreaks(BreakIterator icu) {
        this.icu = icu;
    }

    /** A new iterator over sentences, with the root locale's rules. */
    static SentenceBreaks create() {
        return new SentenceBreaks(BreakIterator.getSentenceInstance(ULocale.ROOT));
    }

    @Override
    public int first() {
        return icu.first();
    }

    @Override
    public int last() {
        return icu.last();
    }

    @Override
    public int next(int n) {
        return icu.next(n);
    }

    @Override
    public int next() {
        return icu.next();
    }

    @Override
    public int previous() {
        return icu.previous();
    }

    @Override
    public int following(int offset) {
        return icu.following(offset);
    }

    @Override
    public int preceding(int offset) {
        return icu.preceding(offset);
    }

    @Override
    public boolean isBoundary(int offset) {
        return icu.isBoundary(offset);
    }

    @Override
    public int current() {
        return icu.current();
    }

    @Override
    public CharacterIterator getText() {
        return icu.getText();
    }

    /** Hands ICU the string itself, which it reads faster than through a character iterator. */
    @Override
    public void setText(String text) {
        icu.setText((CharSequence) text);
    }

    @Override
    public void setText(CharacterIterator text) {
        icu.setText(text);
    }

    @Override
    public SentenceBreaks clone() {
        return new SentenceBreaks((BreakIterator) icu.clone());
    }
}
