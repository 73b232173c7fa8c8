package io.meridian.crm.internal.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountriesTest {

    private final Countries countries = new Countries();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "de|DE", "DE|DE", "DEU|DE", "deu|DE", "Germany|DE", "germany |DE", "  GERMANY|DE", "Deutschland|DE", "Allemagne|DE",
            "Alemania|DE", "Niemcy|DE", "Österreich|AT", "Osterreich|AT", "España|ES", "Espana|ES", "Brasil|BR", "日本|JP", "中国|CN",
            "대한민국|KR", "한국|KR", "México|MX", "United States|US", "USA|US", "U.S.A.|US", "U.S.|US", "America|US", "UK|GB", "U.K.|GB",
            "Great Britain|GB", "England|GB", "Scotland|GB", "Côte d’Ivoire|CI", "Cote d'Ivoire|CI", "COTE D IVOIRE|CI", "Ivory Coast|CI",
            "Türkiye|TR", "Turkey|TR", "Holland|NL", "The Netherlands|NL", "Nederland|NL", "Czechia|CZ", "Czech Republic|CZ",
            "South Korea|KR", "Korea|KR", "Republic of Korea|KR", "'Korea, Republic of'|KR", "Russia|RU", "Россия|RU",
            "Vietnam|VN", "Viet Nam|VN", "UAE|AE", "KSA|SA", "Guinea-Bissau|GW", "Guinea Bissau|GW", "ＪＡＰＡＮ|JP", "Schweiz|CH",
            "Großbritannien|GB", "Grossbritannien|GB", "Ελλάδα|GR"})
    void findsTheCountryHoweverItIsWritten(String text, String code) {
        assertEquals(Optional.of(code), countries.code(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Atlantis", "   ", "X", "XX", "ZZZ", "Deutschlandd", "--", "Europe"})
    void findsNothingForTextThatNamesNoCountry(String text) {
        assertEquals(Optional.empty(), countries.code(text));
    }

    @Test
    void dropsANameThatTwoCountriesShareInSomeLanguage() {
        // "Kongo" names both Congos in some of the JDK's languages: guessing either could be wrong
        assertEquals(Optional.empty(), countries.code("Kongo"));
    }

    @Test
    void findsEveryCountryByItsCodesAndItsEnglishName() {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            assertEquals(Optional.of(code), countries.code(code.toLowerCase(Locale.ROOT)), code);
            assertEquals(Optional.of(code), countries.code(country.getDisplayCountry(Locale.ENGLISH)), code);
            assertEquals(Optional.of(code), countries.code(country.getDisplayCountry(Locale.FRENCH).toUpperCase(Locale.ROOT)), code);
            String alpha3;
            try {
                alpha3 = country.getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            assertEquals(Optional.of(code), countries.code(alpha3), alpha3);
        }
    }

    @Test
    void everyAliasInTheTableLeadsToItsCountry() {
        List<ResourceTable.Row> aliases = ResourceTable.read("country-aliases.tsv", 2);
        assertTrue(aliases.size() > 40, "the alias table was read");
        for (ResourceTable.Row row : aliases) {
            assertEquals(Optional.of(row.cell(1)), countries.code(row.cell(0)), "country-aliases.tsv line " + row.line());
        }
    }

    @Test
    void givesTheSameAnswersWhenRememberedAndFromManyThreads() {
        List<String> texts = List.of("Deutschland", "USA", "日本", "Atlantis", "España", "UK");
        List<Optional<String>> expected = texts.stream().map(countries::code).toList();
        Countries shared = new Countries();
        IntStream.range(0, 10_000).parallel().forEach(i -> {
            int k = i % texts.size();
            assertEquals(expected.get(k), shared.code(texts.get(k)));
        });
        assertEquals(expected, texts.stream().map(shared::code).toList());
    }
}
