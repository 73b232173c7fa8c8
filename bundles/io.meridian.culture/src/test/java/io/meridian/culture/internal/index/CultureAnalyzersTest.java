package io.meridian.culture.internal.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.meridian.culture.internal.index.CultureAnalyzers.PLAIN;
import static io.meridian.culture.internal.index.CultureAnalyzers.TEXT;
import static io.meridian.culture.internal.index.CultureAnalyzers.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CultureAnalyzersTest {

    @Test
    void englishWordsAreStemmedAndStopWordsDropped() {
        assertEquals(terms(TEXT, "body", "negotiate"), terms(TEXT, "body", "negotiations"));
        assertEquals(List.of("meet", "partner"), terms(TEXT, "body", "The meetings with the partner's"));
        assertEquals(List.of("meetings", "partner"), terms(PLAIN, "body_plain", "The meetings with the partner's"));
    }

    @Test
    void accentsAreFoldedSoEitherSpellingMatches() {
        assertEquals(terms(TEXT, "body", "Grusse Punktlichkeit"), terms(TEXT, "body", "Grüße Pünktlichkeit"));
        assertEquals(List.of("cafezinho", "sao", "paulo"), terms(PLAIN, "body_plain", "Cafezinho São Paulo"));
    }

    @Test
    void chineseJapaneseAndKoreanAreCutIntoPairsOfCharacters() {
        assertEquals(List.of("名刺", "刺交", "交換"), terms(TEXT, "body", "名刺交換"));
        assertEquals(List.of("春节"), terms(TEXT, "body", "春节"));
        assertEquals(List.of("안녕", "녕하", "하세", "세요"), terms(TEXT, "body", "안녕하세요"));
        // full-width Latin letters are the ordinary ones
        assertEquals(List.of("tokyo"), terms(PLAIN, "body_plain", "ＴＯＫＹＯ"));
    }

    @Test
    void arabicLetterVariantsAreNormalisedAndTheArticleRemoved() {
        // alef with hamza and plain alef: the same word as people type it
        assertEquals(terms(TEXT, "body", "أهلا"), terms(TEXT, "body", "اهلا"));
        assertEquals(terms(TEXT, "body", "رمضان"), terms(TEXT, "body", "الرمضان"));
    }
}
