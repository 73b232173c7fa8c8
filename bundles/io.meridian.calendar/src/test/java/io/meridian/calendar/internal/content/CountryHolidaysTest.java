package io.meridian.calendar.internal.content;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.culture.ContentProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The calendar files of the region packs and the test fixture (both on the test class path as
 * {@code fixture/content/calendar/<CC>.json}) checked against dates
 * taken from somewhere else: for each country, subdivision and year in
 * {@code holidays-expected.csv}, the public holidays the file gives must be the ones a
 * government list published for that year gives, or, where none is published, the ones the
 * statute's rule gives worked out by hand. None of the expected dates come from running our code.
 *
 * <p>A holiday the calendar marks unconfirmed (a Chinese or Hijri date not yet announced, or
 * listed dates marked estimated) may fall a day either side of the expected one: that is the
 * uncertainty "unconfirmed" states. Its observed day follows its date and is not compared.
 */
final class CountryHolidaysTest {

    /** Where each country's expected dates come from, and for which years it is a published list rather than the rule worked by hand. */
    static final Map<String, String> SOURCES = Map.ofEntries(
            entry("US", "5 U.S.C. 6103 with Executive Order 11582 (a Saturday holiday on the Friday before, a Sunday one on the Monday after) worked"
                    + " by hand for 2025-2027, the way the Office of Personnel Management publishes them"
                    + " (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/), New Year's Day 2028 observed on 31 December 2027"),
            entry("CA", "Canada.ca, general holidays under the Canada Labour Code; Ontario, Your guide to the ESA: public holidays"
                    + " (https://www.ontario.ca/document/your-guide-employment-standards-act-0/public-holidays); CNESST, jours fériés"
                    + " (https://www.cnesst.gouv.qc.ca/fr/conditions-travail/conges/jours-feries-chomes-payes): the statutes' rules worked by hand"
                    + " for 2025-2027, substitute days as the federal government and Ontario give them (next working day)"),
            entry("MX", "Ley Federal del Trabajo, artículo 74 (https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf): the rule worked by hand for"
                    + " 2025-2027, with the ordinary federal election of 6 June 2027"),
            entry("BR", "Lei 662/1949, Lei 6.802/1980 and Lei 14.759/2023 (https://www.planalto.gov.br/ccivil_03/leis/l0662.htm): the rule worked by"
                    + " hand for 2025-2027, Good Friday as the federal government's annual portaria lists it"),
            entry("GB", "GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays): the published lists for England and Wales, Scotland and"
                    + " Northern Ireland, with the 2026 and 2027 substitute days as reported from them; the Banking and Financial Dealings Act 1971"
                    + " schedule worked by hand where a list was not at hand; Scotland's 15 June 2026 by royal proclamation (February 2026)"),
            entry("DE", "Bundesministerium des Innern, gesetzliche Feiertage, and the Länder's Feiertagsgesetze (Bavaria, Baden-Württemberg, North"
                    + " Rhine-Westphalia, Berlin): the rules worked by hand for 2025-2027, with Berlin's one-off 8 May 2025"),
            entry("FR", "Service-Public.fr, jours fériés (https://www.service-public.fr/particuliers/vosdroits/F2405), Code du travail L3133-1: the"
                    + " rule worked by hand for 2025-2027"),
            entry("ES", "BOE, Resolución de 15 de octubre de 2024 (BOE-A-2024-21316) for 2025 and the Resolución of October 2025 for 2026 (as"
                    + " reported from the BOE of 28 October 2025): the national days and Holy Thursday outside Catalonia and Valencia; Comunidad de"
                    + " Madrid's decrees for 2025 (Santiago, 25 July) and 2026 (2 November and 7 December); 2027: the national rule and Catalonia's"
                    + " and Madrid's standing holidays worked by hand, as the 2027 resolution and Madrid's 2027 decree were not at hand"),
            entry("IT", "Legge 260/1949 and the 2025 law restoring 4 October (San Francesco) from 2026 (Senato della Repubblica): the rule worked by"
                    + " hand for 2025-2027"),
            entry("NL", "Rijksoverheid, officiële feestdagen"
                    + " (https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/officiele-feestdagen): the rule worked"
                    + " by hand for 2025-2027, King's Day on Saturday 26 April 2025 because 27 April was a Sunday"),
            entry("PL", "Ustawa o dniach wolnych od pracy (https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19510040028), Christmas Eve"
                    + " from 2025: the rule worked by hand for 2025-2027"),
            entry("SE", "Lag (1989:253) om allmänna helgdagar, Sveriges riksdag: the rule worked by hand for 2025-2027"),
            entry("JP", "国民の祝日に関する法律 worked by hand for 2025-2027 (振替休日 under Article 3(2), 国民の休日 under Article 3(3)) with the"
                    + " equinox days of the 暦要項 published in the official gazette each February, as 内閣府「国民の祝日について」 lists them"
                    + " (https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html)"),
            entry("CN", "国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12) and 关于2026年部分节假日安排的通知 (2025-11-04): published ranges for"
                    + " 2025 and 2026; 2027: the statutory days of 全国年节及纪念日放假办法 (2024 revision) worked by hand on the Chinese calendar"
                    + " (Spring Festival on 6 February 2027), as the 2027 notice was not at hand"),
            entry("KR", "한국천문연구원 월력요항 for 2025 and 2026 as reported on publication, with 27 January 2025 and the election days of"
                    + " 3 June 2025 and 3 June 2026; 2027 worked by hand from 관공서의 공휴일에 관한 규정"
                    + " (https://www.law.go.kr/법령/관공서의공휴일에관한규정) on KASI's lunar dates (Seollal on 7 February 2027)"),
            entry("SG", "Ministry of Manpower, public holidays (https://www.mom.gov.sg/employment-practices/public-holidays): published lists for 2025"
                    + " (with Polling Day, 3 May) and 2026; 2027 worked by hand from the Holidays Act on the lunar and Hijri calendars"),
            entry("IN", "Department of Personnel and Training, holidays in central government offices in Delhi for 2025 and 2026 (O.M. of 3 July 2025):"
                    + " published lists, the fourteen compulsory holidays plus Holi; 2027: fixed days by rule, lunar and Islamic festivals as the"
                    + " almanacs forecast them (the calendar marks them estimated)"),
            entry("AU", "NSW Government, public holidays (https://www.nsw.gov.au/about-nsw/public-holidays): published list for 2025-2027 with the"
                    + " additional days; Business Victoria, Victorian public holiday dates: published list for 2025 and 2026, 2027 by the Public Holidays"
                    + " Act 1993 (the Friday before the 2027 Grand Final is not fixed yet and is left out)"),
            entry("SA", "Ministry of Human Resources and Social Development announcements: Founding Day 2025 moved to Sunday 23 February, Eid"
                    + " al-Fitr 30 March-2 April 2025 and 19-22 March 2026, Eid al-Adha 5-8 June 2025, published; the rest by the Labor Law's"
                    + " implementing regulations (Article 24) on the Umm al-Qura calendar"),
            entry("AE", "UAE Government portal and Cabinet Resolution No. 27 of 2024 (https://u.ae/en/information-and-services/public-holidays-and-"
                    + "religious-affairs/public-holidays); FAHR and MoHRE announcements for 2025 and Eid al-Fitr 2026, published; the rest of 2026"
                    + " and 2027 by the resolution's rule on the Umm al-Qura calendar"),
            entry("IL", "Law and Administration Ordinance section 18A and the Independence Day rule (moved off a Friday, Saturday or Monday): worked"
                    + " by hand on the Hebrew calendar for 2025-2027"),
            entry("TR", "2429 sayılı Kanun (https://www.mevzuat.gov.tr/mevzuat?MevzuatNo=2429&MevzuatTur=1&MevzuatTertip=5) and Diyanet's dini"
                    + " günler (https://vakithesaplama.diyanet.gov.tr/dini_gunler.php): published bayram dates for 2025 and 2026; 2027 worked by hand"
                    + " on the calculated Hijri calendar, and the rest by the law"));

    /** The make-up working days of 2025 in the State Council's notice of 12 November 2024 (国办发明电〔2024〕12号). */
    private static final List<LocalDate> CHINA_MAKE_UP_DAYS_2025 = List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),
            LocalDate.of(2025, 4, 27), LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));

    /** One row of the table: a public holiday on a day, observed on another when that differs. */
    private record Expected(LocalDate date, Optional<LocalDate> observed, String english) {
        @Override
        public String toString() {
            return date + observed.map(o -> " (observed " + o + ")").orElse("") + " " + english;
        }
    }

    /** The holidays of one country, or one subdivision, in one year. */
    private record Group(String country, String subdivision, int year) {
        @Override
        public String toString() {
            return country + (subdivision.isEmpty() ? "" : " " + subdivision) + " " + year;
        }
    }

    @Test
    void everyCountryInTheTableNamesItsIndependentSource() {
        TreeSet<String> countries = new TreeSet<>();
        expectations().keySet().forEach(g -> countries.add(g.country()));
        assertEquals(new TreeSet<>(SOURCES.keySet()), countries, "countries in holidays-expected.csv and in SOURCES");
        assertTrue(countries.size() >= 22, "at least 22 countries, found " + countries);
    }

    @Test
    void everyCalendarFileReadsWithoutProblems() {
        for (String country : SOURCES.keySet()) calendar(country);
    }

    @Test
    void publicHolidaysOf2025To2027MatchTheIndependentSources() {
        List<String> differences = new ArrayList<>();
        Map<String, CountryCalendar> calendars = new LinkedHashMap<>();
        for (Map.Entry<Group, List<Expected>> e : expectations().entrySet()) {
            Group g = e.getKey();
            CountryCalendar calendar = calendars.computeIfAbsent(g.country(), CountryHolidaysTest::calendar);
            List<Holiday> actual = calendar.holidays(g.year(), Optional.of(g.subdivision()).filter(s -> !s.isEmpty())).stream()
                    .filter(h -> h.type() == Holiday.Type.PUBLIC).toList();
            differences.addAll(compare(g, e.getValue(), actual));
        }
        assertTrue(calendars.size() >= 22, "holidays-expected.csv covers " + calendars.keySet());
        if (!differences.isEmpty()) {
            fail(differences.size() + " differences from the independent sources:\n  " + String.join("\n  ", differences));
        }
    }

    @Test
    void chinaWorksTheStateCouncilsMakeUpDaysOf2025() {
        assertEquals(CHINA_MAKE_UP_DAYS_2025, calendar("CN").workingDays(2025).stream().map(CountryCalendar.WorkingDay::date).toList());
    }

    /**
     * The differences between what the table expects and what the calendar gives. Unconfirmed
     * holidays of one name are paired first, in date order, with the expected rows of that name
     * when each pair is at most a day apart (a three-day holiday a day late pairs day by day,
     * not two days exactly and one three days off); then the rest must match exactly, except an
     * unconfirmed holiday may still pair with any expected row a day either side.
     */
    private static List<String> compare(Group group, List<Expected> expected, List<Holiday> actual) {
        List<Expected> missing = new ArrayList<>(expected);
        List<Holiday> unexpected = new ArrayList<>(actual);
        for (String name : actual.stream().filter(h -> !h.confirmed()).map(Holiday::englishName).distinct().toList()) {
            List<Holiday> hs = unexpected.stream().filter(h -> !h.confirmed() && h.englishName().equals(name)).sorted(Comparator.comparing(Holiday::date)).toList();
            List<Expected> xs = missing.stream().filter(x -> x.english().equals(name)).sorted(Comparator.comparing(Expected::date)).toList();
            boolean paired = hs.size() == xs.size();
            for (int i = 0; paired && i < hs.size(); i++) paired = withinADay(hs.get(i).date(), xs.get(i).date());
            if (paired) {
                unexpected.removeAll(hs);
                missing.removeAll(xs);
            }
        }
        for (Expected x : List.copyOf(missing)) {
            unexpected.stream().filter(h -> h.date().equals(x.date()) && h.observedOn().equals(x.observed()))
                    .min(Comparator.comparing(h -> h.englishName().equals(x.english()) ? 0 : 1))
                    .ifPresent(h -> {
                        unexpected.remove(h);
                        missing.remove(x);
                    });
        }
        for (Holiday h : unexpected.stream().filter(h -> !h.confirmed()).sorted(Comparator.comparing(Holiday::date)).toList()) {
            missing.stream().filter(x -> withinADay(h.date(), x.date())).findFirst().ifPresent(x -> {
                unexpected.remove(h);
                missing.remove(x);
            });
        }

        List<String> out = new ArrayList<>();
        for (Expected x : List.copyOf(missing)) {
            Optional<Holiday> sameDay = unexpected.stream().filter(h -> h.date().equals(x.date())).findFirst();
            if (sameDay.isPresent()) {
                Holiday h = sameDay.get();
                out.add(group + ": " + x.date() + " " + x.english() + " is observed on " + h.observedOn().map(LocalDate::toString).orElse("the day itself")
                        + ", the source says " + x.observed().map(LocalDate::toString).orElse("the day itself") + " (calendar: " + h.englishName() + ")");
                unexpected.remove(h);
                missing.remove(x);
            }
        }
        missing.forEach(x -> out.add(group + ": missing " + x));
        unexpected.forEach(h -> out.add(group + ": unexpected " + h.date() + h.observedOn().map(o -> " (observed " + o + ")").orElse("") + " "
                + h.englishName() + (h.confirmed() ? "" : " [unconfirmed]")));
        return out;
    }

    private static boolean withinADay(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
    }

    private static CountryCalendar calendar(String country) {
        String path = "content/calendar/" + country + ".json";
        CalendarFile.Result result = CalendarFile.read("fixture", path, resource("fixture/" + path));
        List<ContentProblem> problems = result.problems();
        assertTrue(problems.isEmpty(), () -> path + " has problems:\n  " + String.join("\n  ", problems.stream().map(ContentProblem::toString).toList()));
        return result.calendar().orElseThrow(() -> new AssertionError(path + " gave no calendar and no problem"));
    }

    /** The table, by group in file order. */
    private static Map<Group, List<Expected>> expectations() {
        Map<Group, List<Expected>> groups = new LinkedHashMap<>();
        List<String> lines = resource("holidays-expected.csv").lines().toList();
        assertEquals("country,subdivision,year,date,observed,english", lines.get(0), "holidays-expected.csv header");
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            List<String> f = fields(lines.get(i));
            assertEquals(6, f.size(), "holidays-expected.csv line " + (i + 1) + ": six fields");
            Group g = new Group(f.get(0), f.get(1), Integer.parseInt(f.get(2)));
            Optional<LocalDate> observed = f.get(4).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f.get(4)));
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(new Expected(LocalDate.parse(f.get(3)), observed, f.get(5)));
        }
        return groups;
    }

    /** The fields of one CSV line; a field in double quotes may hold commas, and "" is a quote. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = CountryHolidaysTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new AssertionError("test resource " + path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
