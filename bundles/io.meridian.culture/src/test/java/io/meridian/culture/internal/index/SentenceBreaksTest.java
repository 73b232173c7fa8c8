package io.meridian.culture.internal.index;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceBreaksTest {

    private static List<String> sentences(String text) {
        BreakIterator breaks = SentenceBreaks.create();
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    @Test
    void sentencesEndWhereEachScriptEndsThem() {
        assertEquals(List.of("Bow slightly. ", "Is the agenda fixed? ", "Yes!"), sentences("Bow slightly. Is the agenda fixed? Yes!"));
        assertEquals(List.of("名刺を両手で渡します。", "肩書きを確認します。"), sentences("名刺を両手で渡します。肩書きを確認します。"));
        assertEquals(List.of("هل الاجتماع غدا؟ ", "نعم."), sentences("هل الاجتماع غدا؟ نعم."));
    }

    @Test
    void everyOffsetHasTheBoundariesIcuGivesIt() {
        String text = "Bow slightly. 名刺を両手で渡します。 هل الاجتماع غدا؟ Is the agenda fixed?! Yes.";
        com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.ROOT);
        icu.setText(text);
        BreakIterator breaks = SentenceBreaks.create();
        breaks.setText(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(icu.following(offset), breaks.following(offset), "following " + offset);
            assertEquals(icu.current(), breaks.current(), "current after following " + offset);
            assertEquals(icu.preceding(offset), breaks.preceding(offset), "preceding " + offset);
            assertEquals(icu.isBoundary(offset), breaks.isBoundary(offset), "isBoundary " + offset);
        }
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
        assertEquals(text.length(), breaks.last());
        assertEquals(BreakIterator.DONE, breaks.next());
        assertEquals(BreakIterator.DONE, breaks.next(-9));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> breaks.following(text.length() + 1));
    }

    @Test
    void storedBoundariesAreIcusAndAreUsedForTheVeryTextTheyBelongTo() {
        String text = "Bow slightly. 名刺を両手で渡します。 Is the agenda fixed? Yes.";
        int[] stored = SentenceBreaks.decode(SentenceBreaks.encode(text));
        BreakIterator icu = SentenceBreaks.create();
        icu.setText(text);
        List<Integer> fromIcu = new ArrayList<>();
        for (int b = icu.first(); b != BreakIterator.DONE; b = icu.next()) fromIcu.add(b);
        assertEquals(fromIcu, java.util.Arrays.stream(stored).boxed().toList());

        // boundaries given for this string are taken as they are, without running ICU
        int[] given = {0, 5, text.length()};
        BreakIterator breaks = SentenceBreaks.over(java.util.Map.of(text, given));
        breaks.setText(text);
        assertEquals(5, breaks.following(1));
        // ones that do not span the text are not
        BreakIterator partial = SentenceBreaks.over(java.util.Map.of(text, new int[] {0, 5}));
        partial.setText(text);
        assertEquals(fromIcu.get(1), partial.following(1));
    }

    @Test
    void boundariesCutWithTheirTextEndWhereItDoes() {
        int[] bounds = {0, 14, 40, 61};
        assertArrayEquals(new int[] {0, 14, 30}, SentenceBreaks.cut(bounds, 30));
        assertArrayEquals(new int[] {0, 14, 40}, SentenceBreaks.cut(bounds, 40));
        assertArrayEquals(new int[] {0}, SentenceBreaks.cut(bounds, 0));
    }

    @Test
    void movingBackAndForthFindsTheSameBoundaries() {
        BreakIterator breaks = SentenceBreaks.create();
        String text = "First one. Second one. Third one.";
        breaks.setText(text);
        assertEquals(11, breaks.following(3));
        assertEquals(11, breaks.preceding(15));
        assertEquals(0, breaks.preceding(11));
        assertEquals(23, breaks.following(11));
        BreakIterator copy = (BreakIterator) breaks.clone();
        assertEquals(breaks.current(), copy.current());
        assertEquals(text.length(), copy.last());
    }
}
