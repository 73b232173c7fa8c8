package io.meridian.culture.internal.content;

import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.Scale;
import io.meridian.api.culture.Section;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileReaderTest {

    private static final String BUNDLE = "io.example.region.test";

    @Test
    void aCompleteProfileIsReadWithEveryPart() {
        String json = """
                {
                  "country": "JP",
                  "names": {"en": "Japan", "ja": "日本"},
                  "languages": ["ja"],
                  "timeZones": ["Asia/Tokyo"],
                  "scales": {
                    "communicating": {"value": 90, "note": "Much is left unsaid.", "sources": [{"citation": "Our field notes, 2026"}]},
                    "scheduling": {"value": 10, "note": "Meetings start on the minute."}
                  },
                  "sections": {"greetings": "A slight bow; **business cards** with both hands.", "decision-making": "By consensus."},
                  "gifts": {"do": ["Wrap it"], "dont": ["Sets of four"], "taboos": ["White flowers"]},
                  "phrases": [{"text": "よろしくお願いします", "transliteration": "yoroshiku onegaishimasu",
                               "meaning": "Please treat me kindly; said on meeting.", "language": "ja"}],
                  "sources": [{"citation": "Meridian authors, interviews 2026", "url": "https://example.org/notes"}],
                  "lastReviewed": "2026-11-01"
                }
                """;
        ProfileReader.Result result = ProfileReader.read(BUNDLE, "content/profiles/JP.json", json);

        assertEquals(List.of(), result.problems());
        CountryProfile jp = result.profile().orElseThrow();
        assertEquals("Japan", jp.name());
        assertEquals(90, jp.scales().get(Scale.COMMUNICATING).value());
        assertEquals("Our field notes, 2026", jp.scales().get(Scale.COMMUNICATING).sources().get(0).citation());
        assertEquals("By consensus.", jp.sections().get(Section.DECISION_MAKING));
        assertEquals(List.of("White flowers"), jp.gifts().taboos());
        assertEquals("yoroshiku onegaishimasu", jp.phrases().get(0).transliteration());
        assertEquals(LocalDate.of(2026, 11, 1), jp.lastReviewed());
    }

    @Test
    void everyProblemIsNamedWithItsLineAndFieldAndNoProfileLoads() {
        String json = """
                {
                  "country": "JP",
                  "names": {"ja": "日本"},
                  "timeZones": ["Asia/Tokio"],
                  "scales": {
                    "leading": {"value": 120, "note": "Seniority matters."},
                    "comunicating": {"value": 80, "note": "x"}
                  },
                  "sectons": {},
                  "lastReviewed": "1 Nov 2026"
                }
                """;
        ProfileReader.Result result = ProfileReader.read(BUNDLE, "content/profiles/JP.json", json);

        assertTrue(result.profile().isEmpty());
        List<String> found = result.problems().stream().map(p -> p.line() + " " + p.field()).toList();
        assertEquals(List.of("9 sectons", "3 names", "4 timeZones[0]", "6 scales.leading.value", "7 scales.comunicating",
                "10 lastReviewed"), found);
        ContentProblem typo = result.problems().get(4);
        assertTrue(typo.message().contains("did you mean \"communicating\""), typo.message());
        assertTrue(result.problems().get(0).message().contains("did you mean \"sections\""), result.problems().get(0).message());
        assertEquals("io.example.region.test: content/profiles/JP.json line 6, scales.leading.value: must be 0 (egalitarian)"
                + " to 100 (hierarchical), not 120", result.problems().get(3).toString());
    }

    @Test
    void brokenJsonIsReportedAtItsLine() {
        ProfileReader.Result result = ProfileReader.read(BUNDLE, "content/profiles/FR.json",
                "{\n  \"country\": \"FR\"\n  \"names\": {\"en\": \"France\"}\n}\n");
        assertTrue(result.profile().isEmpty());
        ContentProblem problem = result.problems().get(0);
        assertEquals(3, problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("not valid JSON"), problem.message());
        ContentProblem unclosed = ProfileReader.read(BUNDLE, "content/profiles/FR.json", "{\"country\": \"FR\",\n\"names\": {").problems().get(0);
        assertTrue(unclosed.message().contains("line 2, column 10") && !unclosed.message().contains("Source"), unclosed.message());

        ProfileReader.Result twice = ProfileReader.read(BUNDLE, "content/profiles/FR.json", "{\"country\": \"FR\",\n\"country\": \"DE\"}");
        assertEquals(2, twice.problems().get(0).line());
        assertTrue(twice.problems().get(0).message().contains("appears twice"), twice.problems().get(0).message());
    }

    @Test
    void theCountryMustBeRealAndMatchTheFileName() {
        String json = "{\"country\": \"DE\", \"names\": {\"en\": \"Germany\"}, \"lastReviewed\": \"2026-11-01\"}";
        ProfileReader.Result result = ProfileReader.read(BUNDLE, "content/profiles/AT.json", json);
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).message().contains("name the file DE.json"), result.problems().toString());
        assertTrue(ProfileReader.read(BUNDLE, "content/profiles/XX.json", json.replace("DE", "XX")).problems().get(0).message()
                .contains("not an ISO 3166-1"));
    }

    @Test
    void nestedFieldsAreCheckedAsStrictlyAsTopLevelOnes() {
        ProfileReader.Result r = ProfileReader.read(BUNDLE, "content/profiles/JP.json", """
                {"country": "JP", "names": {"en": "Japan"}, "lastReviewed": "2026-11-01", "languages": ["Japanese"],
                 "scales": {"communicating": 80, "leading": {"value": 70, "noet": "typo"}},
                 "phrases": [{"text": "はい", "meaning": "yes", "language": "ja", "transliteraton": "hai"}],
                 "sources": [{"citation": "x", "year": 2024}]}
                """);
        List<String> seen = r.problems().stream().map(ContentProblem::toString).toList();
        assertTrue(seen.stream().anyMatch(p -> p.contains("languages[0]") && p.contains("\"Japanese\" is not a BCP 47 language tag")), seen.toString());
        assertTrue(seen.stream().anyMatch(p -> p.contains("scales.communicating: must be an object")), seen.toString());
        assertTrue(seen.stream().anyMatch(p -> p.contains("scales.leading.noet: unknown field (did you mean \"note\"?)")), seen.toString());
        assertTrue(seen.stream().anyMatch(p -> p.contains("scales.leading.note: missing: why the country sits there")), seen.toString());
        assertTrue(seen.stream().anyMatch(p -> p.contains("phrases[0].transliteraton: unknown field (did you mean \"transliteration\"?)")), seen.toString());
        assertTrue(seen.stream().anyMatch(p -> p.contains("sources[0].year: unknown field")), seen.toString());
        assertTrue(seen.stream().noneMatch(p -> p.contains("not this")), seen.toString());
    }

    @Test
    void aNumberTooLargeIsNamedAtItsLine() {
        ContentProblem p = ProfileReader.read(BUNDLE, "content/profiles/JP.json",
                "{\"country\": \"JP\",\n \"scales\": {\"leading\": {\"value\": 99999999999999999999, \"note\": \"x\"}}}").problems().get(0);
        assertEquals(2, p.line(), p.toString());
        assertTrue(!p.message().contains("Source") && !p.message().contains("REDACTED"), p.toString());
    }
}
