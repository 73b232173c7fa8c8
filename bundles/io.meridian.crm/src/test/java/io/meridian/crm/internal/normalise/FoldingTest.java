package io.meridian.crm.internal.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FoldingTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Côte d’Ivoire|cotedivoire",
            "COTE-D'IVOIRE|cotedivoire",
            "U.S.A.|usa",
            "  St. John's |stjohns",
            "Großbritannien|grossbritannien",
            "Ørsted Æblegade|orstedaeblegade",
            "Łódź|lodz",
            "ＤＥ|de",
            "İstanbul|istanbul",
            "São Paulo|saopaulo",
            "Санкт-Петербург|санктпетербург",
            "日本|日本",
            "Area 51|area51",
            "--- ...|''"})
    void keepsLettersAndDigitsWithoutAccentsCaseOrPunctuation(String text, String key) {
        assertEquals(key, Folding.key(text));
    }

    @Test
    void foldsNullToTheEmptyKey() {
        assertEquals("", Folding.key(null));
    }
}
