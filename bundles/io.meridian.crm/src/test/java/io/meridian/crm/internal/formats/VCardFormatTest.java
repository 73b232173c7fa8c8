package io.meridian.crm.internal.formats;

import io.meridian.api.importing.ImportRecord;
import io.meridian.crm.internal.mapping.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vCards as Apple, Google and Outlook write them, vCard 4.0's newer properties, and broken cards. */
class VCardFormatTest {

    private final VCardFormat vcard = new VCardFormat();

    private CsvFormatTest.Collected read(String fixture) throws IOException {
        CsvFormatTest.Collected c = new CsvFormatTest.Collected();
        vcard.read(CsvFormatTest.fixture(fixture), c);
        return c;
    }

    private static Map<String, String> card(CsvFormatTest.Collected c, String fn) {
        return c.records.stream().map(ImportRecord::fields).filter(f -> fn.equals(f.get("FN"))).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + fn + " in " + c.records));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vcard-apple.vcf", "vcard-google.vcf", "vcard-outlook.vcf", "vcard-v4.vcf"})
    void eachStyleIsDetectedReadAndMappedByTheVCardPreset(String fixture) throws IOException {
        assertTrue(vcard.detect(CsvFormatTest.fixture(fixture)) >= 90);
        assertEquals(0, new CsvFormat().detect(CsvFormatTest.fixture(fixture)), "not taken for CSV");
        CsvFormatTest.Collected c = read(fixture);
        assertEquals(List.of(), c.rejected);
        assertFalse(c.records.isEmpty());
        for (ImportRecord r : c.records) {
            Mapping m = Mapping.of(List.copyOf(r.fields().keySet()), Map.of(), null, null);
            assertEquals("vcard", m.preset().orElseThrow().id(), r.fields().toString());
        }
    }

    @Test
    void applesGroupedLabelsBirthdaysWithoutAYearAndEscapedNotesComeThrough() throws IOException {
        CsvFormatTest.Collected c = read("vcard-apple.vcf");
        Map<String, String> zoe = card(c, "Zoë Müller");
        assertEquals("zoe.muller@example.de", zoe.get("EMAIL 1"));
        assertEquals("Procurement desk", zoe.get("EMAIL 1 label"), "item1.X-ABLabel labels item1.EMAIL");
        assertEquals("home", zoe.get("EMAIL 2 label"));
        assertEquals("cell", zoe.get("TEL 2 label"));
        assertEquals("--04-23", zoe.get("BDAY"), "1604 with X-APPLE-OMIT-YEAR means no year");
        assertEquals("Deutschland", zoe.get("ADR 1 country"));
        assertEquals("Berlin", zoe.get("ADR 1 locality"));
        assertEquals("Kessler & Voss GmbH", zoe.get("ORG"));
        assertEquals("Einkauf", zoe.get("ORG unit"));
        assertEquals("Met at Hannover Messe 2025, hall 7.\nPrefers video calls; never before 10:00 CET.", zoe.get("NOTE"));
        assertEquals("Clients, Germany", zoe.get("CATEGORIES"));
        assertEquals(1, c.records.get(0).line());
        Map<String, String> taro = card(c, "山田 太郎");
        assertTrue(taro.get("NOTE").contains("trade fair, spring 2024"), "a folded line is unfolded: " + taro.get("NOTE"));
    }

    @Test
    void vCard4KindTimeZoneLanguagesAndBirthdayWithoutYear() throws IOException {
        CsvFormatTest.Collected c = read("vcard-v4.vcf");
        assertTrue(c.records.stream().anyMatch(r -> "org".equalsIgnoreCase(r.fields().get("KIND"))), "a KIND:org card is read, and marked");
        Map<String, String> person = c.records.stream().map(ImportRecord::fields).filter(f -> f.containsKey("TZ")
                && f.get("TZ").contains("/")).findFirst().orElseThrow();
        assertTrue(person.get("TZ").startsWith("Europe/") || person.get("TZ").startsWith("America/"), person.toString());
        assertTrue(c.records.stream().anyMatch(r -> r.fields().getOrDefault("BDAY", "").startsWith("--")), "a birthday without a year");
        assertTrue(c.records.stream().anyMatch(r -> r.fields().containsKey("LANG 2")), "languages in their preference order");
        assertTrue(c.records.stream().anyMatch(r -> r.fields().getOrDefault("RELATED 1", "").contains("colleague")));
        assertTrue(c.records.stream().anyMatch(r -> r.fields().containsKey("UID")));
    }

    @Test
    void outlooksQuotedPrintableVCard21IsDecoded() throws IOException {
        CsvFormatTest.Collected c = read("vcard-outlook.vcf");
        assertTrue(c.records.stream().anyMatch(r -> r.fields().values().stream().anyMatch(v -> v.matches(".*[éüöñçã].*"))),
                "accented names survive quoted-printable: " + c.records);
        assertTrue(c.records.stream().allMatch(r -> r.fields().get("VCARD").equals("2.1")));
    }

    @Test
    void aCardWithoutItsEndIsReportedAndTheCardsAroundItAreRead() throws IOException {
        CsvFormatTest.Collected c = read("vcard-bad.vcf");
        assertEquals(List.of("Łukasz Wiśniewski", "Kwame Asante", "Elif Yıldız"), c.records.stream().map(r -> r.fields().get("FN")).toList());
        assertEquals(1, c.rejected.size(), c.rejected.toString());
        assertTrue(c.rejected.get(0).startsWith("9|null|this card has no END:VCARD before the next card begins on line 15"), c.rejected.get(0));
        assertEquals("elif.yildiz@example.com", card(c, "Elif Yıldız").get("EMAIL 1"), "garbage lines skipped, the rest kept");
    }
}
