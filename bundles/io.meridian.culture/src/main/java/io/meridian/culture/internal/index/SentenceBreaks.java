package io.meridian.culture.internal.index;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Map;

/**
 * ICU4J's sentence boundaries behind the {@code java.text.BreakIterator} that Lucene's
 * highlighter takes. ICU's rules know the sentence ends of every script (。, ؟, ।) as well as
 * Latin ones.
 *
 * <p>The highlighter asks for the sentence around every match, backwards and forwards, and
 * aims at a length by moving to further boundaries, so the boundaries are worked out once per
 * text and then looked up. Finding them means running ICU's rules over the whole text, which
 * on the client compiler was most of the cost of a snippet (docs/benchmarks.md, culture
 * knowledge base). So the index stores each plain body's boundaries ({@link #encode}), and a
 * text whose boundaries are {@code known} is not read again.
 */
final class SentenceBreaks extends java.text.BreakIterator {

    /** ICU's iterator, made only when a text's boundaries are not known: most snippets never need it. */
    private BreakIterator icu;
    private final Map<CharSequence, int[]> known;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] bounds = {0};
    private int count = 1;
    /** Index in {@link #bounds} of the current boundary. */
    private int at;

    private SentenceBreaks(Map<CharSequence, int[]> known) {
        this.known = known;
    }

    /** A new iterator over sentences, with the root locale's rules. */
    static SentenceBreaks create() {
        return over(Map.of());
    }

    /** A new iterator that takes the boundaries of the texts in {@code known} (by identity) as given. */
    static SentenceBreaks over(Map<CharSequence, int[]> known) {
        return new SentenceBreaks(known);
    }

    /** The sentence boundaries of {@code text}, as the index stores them: their number, then each as its distance from the one before. */
    static BytesRef encode(String text) {
        SentenceBreaks breaks = create();
        breaks.setText(text);
        byte[] out = new byte[5 * (breaks.count + 1)]; // a variable-length int takes at most five bytes
        ByteArrayDataOutput data = new ByteArrayDataOutput(out);
        try {
            data.writeVInt(breaks.count);
            for (int i = 0, last = 0; i < breaks.count; last = breaks.bounds[i++]) data.writeVInt(breaks.bounds[i] - last);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to an array cannot fail", e);
        }
        return new BytesRef(out, 0, data.getPosition());
    }

    /** The boundaries {@link #encode} stored. */
    static int[] decode(BytesRef stored) {
        ByteArrayDataInput data = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
        int[] bounds = new int[data.readVInt()];
        for (int i = 0, last = 0; i < bounds.length; i++) last = bounds[i] = last + data.readVInt();
        return bounds;
    }

    /** The boundaries of a text's first {@code length} characters: those before it, then its end. */
    static int[] cut(int[] bounds, int length) {
        int i = Arrays.binarySearch(bounds, length);
        int kept = i >= 0 ? i : -i - 1;
        int[] out = Arrays.copyOf(bounds, kept + 1);
        out[kept] = length;
        return out;
    }

    /**
     * Uses the boundaries {@code known} holds for this very string (by identity), if they span
     * it; otherwise finds them with ICU. Lucene's highlighter hands on the string it loaded as
     * it is, so stored boundaries are found.
     */
    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        int[] given = known.get(newText);
        if (given != null && given.length > 0 && given[0] == 0 && given[given.length - 1] == newText.length()) {
            bounds = given;
            count = given.length;
            at = 0;
            return;
        }
        icu().setText((CharSequence) newText);
        collect();
    }

    @Override
    public void setText(CharacterIterator newText) {
        icu().setText(newText);
        text = newText;
        collect();
    }

    private BreakIterator icu() {
        if (icu == null) icu = BreakIterator.getSentenceInstance(ULocale.ROOT);
        return icu;
    }

    private void collect() {
        bounds = new int[16];
        count = 0;
        for (int b = icu.first(); b != DONE; b = icu.next()) {
            if (count == bounds.length) bounds = Arrays.copyOf(bounds, count * 2);
            bounds[count++] = b;
        }
        at = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next() {
        if (at == count - 1) return DONE;
        return bounds[++at];
    }

    @Override
    public int next(int n) {
        int target = at + n;
        if (target < 0 || target >= count) {
            at = target < 0 ? 0 : count - 1;
            return DONE;
        }
        at = target;
        return bounds[at];
    }

    @Override
    public int previous() {
        if (at == 0) return DONE;
        return bounds[--at];
    }

    @Override
    public int current() {
        return bounds[at];
    }

    /** The first boundary after {@code offset}, or {@link #DONE} past the last one. */
    @Override
    public int following(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= count) {
            at = count - 1;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    /** The last boundary before {@code offset}, or {@link #DONE} before the first one. */
    @Override
    public int preceding(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        i = (i >= 0 ? i : -i - 1) - 1;
        if (i < 0) {
            at = 0;
            return DONE;
        }
        at = i;
        return bounds[at];
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        if (i >= 0) {
            at = i;
            return true;
        }
        following(offset);
        return false;
    }

    private void check(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text (" + text.getBeginIndex() + " to "
                    + text.getEndIndex() + ")");
        }
    }

    @Override
    public SentenceBreaks clone() {
        SentenceBreaks copy = new SentenceBreaks(known);
        copy.text = (CharacterIterator) text.clone();
        copy.bounds = bounds;
        copy.count = count;
        copy.at = at;
        return copy;
    }
}
