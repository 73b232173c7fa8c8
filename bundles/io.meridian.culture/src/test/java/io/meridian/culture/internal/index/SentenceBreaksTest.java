package io.meridian.culture.internal.index;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

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
