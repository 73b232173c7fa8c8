package io.meridian.culture.internal.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PassageScoreTest {

    @Test
    void scoresPassagesAsLuceneDoes() {
        Random random = new Random(7);
        String[] words = {"gift", "gifts", "wrapping", "red", "japan"};
        PassageScorer lucene = new PassageScorer();
        Search.Scorer ours = new Search.Scorer();
        for (int round = 0; round < 200; round++) {
            Passage p = new Passage();
            int start = random.nextInt(2_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 300);
            int matches = 1 + random.nextInt(8);
            int at = start;
            for (int m = 0; m < matches; m++) {
                at += 1 + random.nextInt(20);
                String w = words[random.nextInt(words.length)];
                // a term's frequency in the document is the same at each of its matches
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + w.length() % 3);
                at += w.length();
            }
            int contentLength = start + 800;
            assertEquals(lucene.score(p, contentLength), ours.score(p, contentLength), 1e-6f, p.toString());
        }
    }
}
