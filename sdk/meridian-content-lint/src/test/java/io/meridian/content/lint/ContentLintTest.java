package io.meridian.content.lint;

import io.meridian.api.culture.ContentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The linter names every broken or incomplete region file by file, line and field, and passes a complete pack. */
class ContentLintTest {

    /** The calendar bundle's own test calendar (Australia, in no region pack), checked against independent sources for 2025–2027. */
    private static final Path CALENDARS = Path.of("../../bundles/io.meridian.calendar/src/test/resources/fixture/content/calendar");
    /** The region packs Meridian ships, each a folder with its content under src/main/resources/content. */
    private static final Path REGIONS = Path.of("../../regions");
    /** The East Asia region pack's content. */
    private static final Path EAST_ASIA = REGIONS.resolve("io.meridian.region.east-asia/src/main/resources/content");

    @TempDir
    Path pack;

    private void write(String file, String text) throws IOException {
        Path path = pack.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static String problems(List<ContentProblem> found) {
        StringBuilder out = new StringBuilder();
        for (ContentProblem p : found) out.append(p).append('\n');
        return out.toString();
    }

    private List<ContentProblem> lint() throws IOException {
        return new ContentLint("example.pack").lint(pack);
    }

    private static final String SOURCES = "\"sources\": [{\"citation\": \"a statute\", \"url\": \"https://example.org/law\"}]";

    private static String calendar(String country, String holidays) {
        return "{\"country\": \"" + country + "\", " + SOURCES + ",\n \"workWeeks\": [{\"days\": [\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\"]}],\n"
                + " \"holidays\": [" + holidays + "]}\n";
    }

    @Test
    void theTestCalendarsAreSoundForEveryYearAPackMustCoverButOneYearlyHolidayListedOnlyTo2026() throws IOException {
        try (Stream<Path> files = Files.list(CALENDARS)) {
            for (Path f : files.toList()) write("content/calendar/" + f.getFileName(), Files.readString(f));
        }
        List<ContentProblem> found = new ContentLint("fixture").lint(pack.resolve("content"));
        // the fixture has no profiles: every calendar is reported for it, and nothing else may be wrong but listed dates that stop early
        for (ContentProblem p : found) {
            assertTrue(p.message().contains("but no profile") || p.message().contains("lists no date for"), problems(found));
        }
        // Victoria's AFL Grand Final Friday is listed only to 2026, so a pack must add the rest
        assertTrue(found.stream().filter(p -> p.message().contains("lists no date for"))
                .allMatch(p -> p.file().equals("content/calendar/AU.json") && p.message().contains("[2027, 2028, 2029, 2030]")), problems(found));
        assertTrue(found.stream().anyMatch(p -> p.file().equals("content/calendar/AU.json") && p.field().equals("holidays[11].dates")),
                problems(found));
    }

    @Test
    void everyRegionPackMeridianShipsIsCompleteAndSoundAndTogetherTheyCoverFortyCountries() throws IOException {
        int countries = 0;
        int articles = 0;
        try (Stream<Path> packs = Files.list(REGIONS)) {
            for (Path pack : packs.filter(Files::isDirectory).sorted().toList()) {
                Path content = pack.resolve("src/main/resources/content");
                List<ContentProblem> found = new ContentLint(pack.getFileName().toString()).lint(content);
                assertEquals(List.of(), found, problems(found));
                try (Stream<Path> profiles = Files.list(content.resolve("profiles")); Stream<Path> texts = Files.list(content.resolve("articles"))) {
                    countries += (int) profiles.count();
                    articles += (int) texts.count();
                }
            }
        }
        assertTrue(countries >= 40, countries + " countries");
        assertTrue(articles >= 80, articles + " articles");
    }

    @Test
    void aBrokenCalendarIsNamedByFileLineAndField() throws IOException {
        write("calendar/JP.json", calendar("JP", """
                {"id": "new-year", "name": "元日", "english": "New Year's Day", "type": "public", "on": "01-01"},
                {"id": "showa-day", "name": "昭和の日", "english": "Showa Day", "type": "holiday", "on": "04-29"},
                {"id": "obon", "name": "お盆", "english": "Obon", "type": "observance", "dates": ["2025-08-13", "2026-08-13"]}"""));
        List<ContentProblem> found = lint();
        ContentProblem type = found.stream().filter(p -> p.field().equals("holidays[1].type")).findFirst().orElseThrow(() -> new AssertionError(problems(found)));
        assertEquals("content/calendar/JP.json", type.file());
        assertEquals(4, type.line(), problems(found));
        assertEquals("example.pack", type.bundle());
    }

    @Test
    void listedDatesMustCoverEveryYearAPackOwes() throws IOException {
        write("calendar/JP.json", calendar("JP", """
                {"id": "obon", "name": "お盆", "english": "Obon", "type": "observance", "yearly": true, "dates": ["2024-08-13", "2025-08-13", "2026-08-13"]}"""));
        write("profiles/JP.json", Files.readString(EAST_ASIA.resolve("profiles/JP.json")));
        List<ContentProblem> found = lint();
        ContentProblem obon = found.stream().filter(p -> p.field().equals("holidays[0].dates")).findFirst()
                .orElseThrow(() -> new AssertionError(problems(found)));
        assertTrue(obon.message().startsWith("\"obon\" lists no date for [2027, 2028, 2029, 2030]"), obon.message());
        assertEquals(3, obon.line());
    }

    @Test
    void anIncompleteProfileSaysWhatIsMissing() throws IOException {
        write("calendar/DE.json", calendar("DE", "{\"id\": \"new-year\", \"name\": \"Neujahr\", \"english\": \"New Year's Day\", \"type\": \"public\", \"on\": \"01-01\"}"));
        write("profiles/DE.json", """
                {
                  "country": "DE",
                  "names": {"en": "Germany", "de": "Deutschland"},
                  "languages": ["de"],
                  "timeZones": ["Europe/Berlin"],
                  "scales": {"communicating": {"value": 20, "note": "Explicit."}},
                  "sections": {"greetings": "A firm handshake."},
                  "gifts": {"do": ["Bring something from home"], "dont": [], "taboos": ["Red roses"]},
                  "phrases": [{"text": "Guten Tag", "meaning": "Good day", "language": "de"}],
                  "sources": [{"citation": "a guide"}],
                  "lastReviewed": "2026-11-24"
                }
                """);
        List<ContentProblem> found = lint();
        String all = problems(found);
        assertTrue(found.stream().anyMatch(p -> p.field().equals("scales.leading") && p.line() == 6 && p.message().startsWith("missing")), all);
        assertTrue(found.stream().anyMatch(p -> p.field().equals("sections.dining") && p.line() == 7), all);
        assertTrue(found.stream().anyMatch(p -> p.field().equals("gifts.dont") && p.line() == 8), all);
        assertTrue(found.stream().anyMatch(p -> p.field().equals("phrases") && p.line() == 9), all);
        assertTrue(found.stream().noneMatch(p -> p.file().equals("content/calendar/DE.json")), all);
    }

    @Test
    void countriesComeWithBothAProfileAndACalendarAndStrayFilesAreNamed() throws IOException {
        write("calendar/FR.json", calendar("FR", "{\"id\": \"new-year\", \"name\": \"Jour de l'an\", \"english\": \"New Year's Day\", \"type\": \"public\", \"on\": \"01-01\"}"));
        write("articles/notes.txt", "draft");
        write("calendar/README.md", "how these files were checked");
        write("LICENSE", "the pack's licence");
        write("profile/FR.json", "{}");
        List<ContentProblem> found = lint();
        String all = problems(found);
        assertTrue(found.stream().anyMatch(p -> p.file().equals("content/calendar/FR.json") && p.message().contains("no profile")), all);
        assertTrue(found.stream().anyMatch(p -> p.file().equals("content/articles/notes.txt") && p.message().startsWith("not content")), all);
        assertTrue(found.stream().anyMatch(p -> p.file().equals("content/profile/FR.json") && p.message().startsWith("not content")),
                "a misspelt folder is named: " + all);
        assertTrue(found.stream().noneMatch(p -> p.file().contains("LICENSE")), all);
        assertTrue(found.stream().noneMatch(p -> p.file().contains("README")), all);
    }

    @Test
    void anArticleWithoutSourcesOrPlaceIsRefused() throws IOException {
        write("articles/first-meeting-germany.md", """
                ---
                title: A first meeting in Germany
                topics: [meetings]
                ---
                Arrive on time.
                """);
        List<ContentProblem> found = lint();
        String all = problems(found);
        assertTrue(found.stream().anyMatch(p -> p.file().equals("content/articles/first-meeting-germany.md") && p.field().equals("sources")
                && p.line() == 2), all);
        assertTrue(found.stream().anyMatch(p -> p.message().startsWith("an article names what it is about: add the countries")), all);
    }

    @Test
    void whatTheWorkbenchReadsTheLinterAcceptsNorwayAndLowerCaseRulesIncluded() throws IOException {
        write("articles/meetings-in-norway.md", """
                ---
                title: Meetings in Norway
                countries: [NO]
                topics: [meetings]
                sources:
                  - citation: a guide
                    url: null
                ---
                Arrive on time.
                """);
        write("calendar/NO.json", "{\"country\": \"NO\", " + SOURCES + ",\n \"workWeeks\": [{\"days\": [\"Monday\", \"tue\", \"WED\", \"THU\", \"FRI\"]}],\n"
                + " \"holidays\": [{\"id\": \"constitution-day\", \"name\": \"Grunnlovsdagen\", \"english\": \"Constitution Day\", \"type\": \"Public\","
                + " \"on\": \"05-17\"}, {\"id\": \"ascension\", \"name\": \"Kristi himmelfartsdag\", \"english\": \"Ascension Day\","
                + " \"type\": \"public\", \"on\": \"Easter\", \"offset\": 39}]}\n");
        List<ContentProblem> found = lint();
        // only the missing profile: the article about NO (not "false") and the calendar's spellings are what the workbench reads
        assertEquals(List.of("the pack has a calendar of NO but no profile: add content/profiles/NO.json"),
                found.stream().map(ContentProblem::message).toList(), problems(found));
    }

    @Test
    void fromTheCommandLineItPrintsEachProblemAndExitsNonZero() throws IOException {
        write("calendar/FR.json", calendar("FR", "{\"id\": \"new-year\", \"name\": \"Jour de l'an\", \"english\": \"New Year's Day\", \"type\": \"public\", \"on\": \"01-01\"}"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = Main.run(new String[]{pack.toString(), "example.pack"}, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("example.pack: content/calendar/FR.json: the pack has a calendar of FR but no profile"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(2, Main.run(new String[0], new java.io.PrintStream(out), new java.io.PrintStream(err)));
    }

    @Test
    void fromTheCommandLineItPreviewsTheHolidaysAFileGivesAndRefusesABadYear() throws IOException {
        write("calendar/US.json", "{\"country\": \"US\", " + SOURCES + ", \"observance\": \"nearest-weekday\",\n"
                + " \"workWeeks\": [{\"from\": \"2020-01-01\", \"days\": [\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\"]}],\n"
                + " \"holidays\": [{\"id\": \"independence-day\", \"name\": \"Independence Day\", \"english\": \"Independence Day\","
                + " \"type\": \"public\", \"on\": \"07-04\"}]}\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String file = pack.resolve("calendar/US.json").toString();
        int status = Main.run(new String[]{"--holidays", file, "2026-2027"}, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("work week from 2020-01-01: Mon Tue Wed Thu Fri",
                "US 2026:",
                "  2026-07-04 Sat  public     confirmed Independence Day (Independence Day), observed 2026-07-03 Fri",
                "US 2027:",
                "  2027-07-04 Sun  public     confirmed Independence Day (Independence Day), observed 2027-07-05 Mon"), lines);

        java.io.ByteArrayOutputStream refused = new java.io.ByteArrayOutputStream();
        assertEquals(2, Main.run(new String[]{"--holidays", file, "2027-2026"}, new java.io.PrintStream(out), new java.io.PrintStream(refused, true,
                StandardCharsets.UTF_8)));
        assertTrue(refused.toString(StandardCharsets.UTF_8).contains("years 2027-2026 must run forwards"), refused.toString(StandardCharsets.UTF_8));
    }
}
