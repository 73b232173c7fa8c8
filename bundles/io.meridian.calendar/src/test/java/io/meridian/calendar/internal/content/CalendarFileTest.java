package io.meridian.calendar.internal.content;

import io.meridian.api.calendar.Greeting;
import io.meridian.api.calendar.Holiday;
import io.meridian.api.culture.ContentProblem;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarFileTest {

    private static final String SOURCES = "\"sources\": [{\"citation\": \"a test source\", \"url\": \"https://example.org/\"}]";

    private static CountryCalendar read(String file, String json) {
        CalendarFile.Result r = CalendarFile.read("test.bundle", "content/calendar/" + file, json);
        assertEquals(List.of(), r.problems());
        return r.calendar().orElseThrow();
    }

    private static List<ContentProblem> problems(String file, String json) {
        CalendarFile.Result r = CalendarFile.read("test.bundle", "content/calendar/" + file, json);
        assertTrue(r.calendar().isEmpty(), "a file with problems gives no calendar");
        return r.problems();
    }

    private static void assertProblem(List<ContentProblem> problems, int line, String field, String message) {
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.field().equals(field) && p.message().contains(message)),
                "expected line " + line + ", " + field + ": …" + message + "… among " + problems);
    }

    @Test
    void everyKindOfRuleIsReadAndWorkedOut() {
        CountryCalendar c = read("DE.json", """
                {"country": "DE", %s, "observance": "none",
                 "workWeeks": [{"days": ["MON", "TUE", "WED", "THU", "FRI"]}],
                 "holidays": [
                  {"id": "new-year", "name": "Neujahr", "english": "New Year's Day", "type": "public", "on": "01-01"},
                  {"id": "good-friday", "name": "Karfreitag", "english": "Good Friday", "type": "public", "on": "easter", "offset": -2},
                  {"id": "epiphany", "name": "Heilige Drei Könige", "english": "Epiphany", "type": "public", "on": "01-06", "subdivisions": ["DE-BY"]},
                  {"id": "mothers-day", "name": "Muttertag", "english": "Mother's Day", "type": "observance", "on": "2nd SUN of MAY"},
                  {"id": "reformation", "name": "Reformationstag", "english": "Reformation Day", "type": "public", "on": "10-31", "from": 2017, "until": 2017},
                  {"id": "penance", "name": "Buß- und Bettag", "english": "Repentance Day", "type": "public", "on": "WED on or before 11-22", "subdivisions": ["DE-SN"]},
                  {"id": "carnival", "name": "Karneval", "english": "Carnival", "type": "observance", "dates": ["2026-02-16"], "length": 2}
                 ]}""".formatted(SOURCES));
        List<Holiday> national = c.holidays(2026, Optional.empty());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 5, 10)), national.stream().map(Holiday::date).toList());
        assertTrue(c.holidays(2026, Optional.of("DE-BY")).stream().anyMatch(h -> h.date().equals(LocalDate.of(2026, 1, 6))));
        assertTrue(c.holidays(2026, Optional.of("DE-SN")).stream().anyMatch(h -> h.date().equals(LocalDate.of(2026, 11, 18))));
        assertTrue(c.holidays(2017, Optional.empty()).stream().anyMatch(h -> h.englishName().equals("Reformation Day")));
        assertFalse(c.holidays(2018, Optional.empty()).stream().anyMatch(h -> h.englishName().equals("Reformation Day")));
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                c.workWeeks().get(0).workingDays());
        assertEquals("a test source", c.sources().get(0).citation());
    }

    @Test
    void announcedDatesConfirmAnEstimateAndHalfDaysAreRead() {
        CountryCalendar c = read("AE.json", """
                {"country": "AE", %s,
                 "workWeeks": [{"days": ["SUN", "MON", "TUE", "WED", "THU"]},
                               {"from": "2022-01-01", "days": ["MON", "TUE", "WED", "THU"], "halfDays": {"FRI": "12:00"}}],
                 "holidays": [{"id": "eid-al-fitr", "name": "عيد الفطر", "english": "Eid al-Fitr", "type": "public", "on": "hijri 10-01",
                               "length": 3, "announced": {"2025": ["2025-03-30", "2025-03-31", "2025-04-01"]},
                               "greeting": "عيد مبارك"}]}""".formatted(SOURCES));
        List<Holiday> y2025 = c.holidays(2025, Optional.empty());
        assertEquals(List.of(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1)),
                y2025.stream().map(Holiday::date).toList());
        assertTrue(y2025.stream().allMatch(Holiday::confirmed));
        List<Holiday> y2026 = c.holidays(2026, Optional.empty());
        assertEquals(3, y2026.size(), "three days from the computed 1 Shawwal");
        assertTrue(y2026.stream().noneMatch(Holiday::confirmed), "not announced: estimated");
        assertEquals(List.of(new Greeting(LocalDate.of(2025, 3, 30), "Eid al-Fitr", "عيد مبارك", true)), c.greetings(2025, Optional.empty()),
                "greeted on the first announced day");
        assertEquals(List.of(new Greeting(y2026.get(0).date(), "Eid al-Fitr", "عيد مبارك", false)), c.greetings(2026, Optional.empty()),
                "an estimated day is greeted as an estimate");
        assertEquals(Map.of(DayOfWeek.FRIDAY, LocalTime.NOON), c.workWeeks().get(1).halfDays());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 1)), c.workWeeks().get(1).effectiveFrom());
    }

    @Test
    void makeUpWorkingDaysAndDeclaredDaysAreKept() {
        CountryCalendar c = read("CN.json", """
                {"country": "CN", %s,
                 "holidays": [],
                 "declared": [{"date": "2025-02-03", "name": "春节", "english": "Spring Festival", "type": "public"}],
                 "workingDays": [{"date": "2025-01-26", "reason": "make-up day for the Spring Festival"}]}""".formatted(SOURCES));
        assertEquals(List.of(new CountryCalendar.WorkingDay(LocalDate.of(2025, 1, 26), "make-up day for the Spring Festival")), c.workingDays(2025));
        assertEquals(List.of(LocalDate.of(2025, 2, 3)), c.holidays(2025, Optional.empty()).stream().map(Holiday::date).toList());
    }

    @Test
    void onlyListedDatesAreMarkedYearly() {
        List<ContentProblem> p = problems("IN.json", """
                {"country": "IN", %s,
                 "holidays": [{"id": "republic-day", "name": "गणतंत्र दिवस", "english": "Republic Day", "type": "public", "on": "01-26", "yearly": true},
                              {"id": "holi", "name": "होली", "english": "Holi", "type": "public", "yearly": "often", "dates": ["2026-03-04"]}]}""".formatted(SOURCES));
        assertEquals(List.of("holidays[0].yearly", "holidays[1].yearly"), p.stream().map(ContentProblem::field).toList(), p.toString());
        assertTrue(p.get(0).message().startsWith("only listed \"dates\" are marked yearly"), p.toString());
        CountryCalendar ok = read("IN.json", """
                {"country": "IN", %s,
                 "holidays": [{"id": "holi", "name": "होली", "english": "Holi", "type": "public", "yearly": true, "dates": ["2026-03-04"]}]}""".formatted(SOURCES));
        assertEquals(List.of(LocalDate.of(2026, 3, 4)), ok.holidays(2026, Optional.empty()).stream().map(Holiday::date).toList());
    }

    @Test
    void everyProblemIsNamedWithItsLineAndField() {
        List<ContentProblem> p = problems("JP.json", """
                {"country": "JP",
                 "sources": [],
                 "observance": "sunday-to-next-free",
                 "holidays": [
                  {"id": "a", "name": "x", "english": "x", "type": "pubic", "on": "01-01"},
                  {"id": "a", "name": "x", "english": "x", "type": "public", "on": "02-30"},
                  {"id": "b", "name": "x", "english": "x", "type": "public", "on": "3rd MON of JAN", "dates": ["2025-01-01"]},
                  {"id": "c", "name": "x", "english": "x", "type": "public", "on": "the first full moon"},
                  {"id": "d", "name": "x", "english": "x", "type": "public", "on": "hebrew TISRI 1"},
                  {"id": "e", "name": "x", "english": "x", "type": "public", "on": "01-02", "subdivisions": ["DE-BY"]},
                  {"id": "f", "name": "x", "english": "x", "type": "public", "on": "hijri 10-01", "announced": {"2025": ["2026-03-20"]}},
                  {"id": "g", "name": "x", "english": "x", "type": "public", "on": "01-03", "from": 2030, "until": 2020, "lenght": 2},
                  {"id": "h", "name": "x", "english": "x", "type": "public", "on": "01-04", "length": 0}
                 ],
                 "workWeeks": [{"days": ["MON", "TUE"], "halfDays": {"TUE": "12:00"}}, {"days": ["MON", "FUN"]}]
                }""");
        assertProblem(p, 2, "sources", "at least one source");
        assertProblem(p, 3, "observance", "did you mean \"sunday-to-next-free-day\"");
        assertProblem(p, 5, "holidays[0].type", "did you mean \"public\"");
        assertProblem(p, 6, "holidays[1].id", "\"a\" is the id of an earlier holiday");
        assertProblem(p, 6, "holidays[1].on", "month 02 has no day 30");
        assertProblem(p, 7, "holidays[2]", "not both");
        assertProblem(p, 8, "holidays[3].on", "is not a date rule; write one of");
        assertProblem(p, 9, "holidays[4].on", "did you mean \"TISHRI\"");
        assertProblem(p, 10, "holidays[5].subdivisions[0]", "not an ISO 3166-2 code of JP");
        assertProblem(p, 11, "holidays[6].announced.2025[0]", "list it under \"2026\"");
        assertProblem(p, 12, "holidays[7].until", "swap them");
        assertProblem(p, 12, "holidays[7].lenght", "did you mean \"length\"");
        assertProblem(p, 13, "holidays[8].length", "from 1 to 31");
        assertProblem(p, 15, "workWeeks[0].halfDays.TUE", "full working day in \"days\" too");
        assertProblem(p, 15, "workWeeks[1].from", "two work weeks have no \"from\" date");
        assertProblem(p, 15, "workWeeks[1].days[1]", "\"FUN\" is not a weekday");
    }

    @Test
    void theFileNameMustMatchTheCountryAndTheJsonMustParse() {
        assertProblem(problems("JP.json", "{\"country\": \"DE\", " + SOURCES + ", \"holidays\": []}"), 1, "country", "name it DE.json");
        assertProblem(problems("XX.json", "{\"country\": \"XX\", " + SOURCES + ", \"holidays\": []}"), 1, "country", "not an ISO 3166-1");
        List<ContentProblem> p = problems("JP.json", "{\"country\": \"JP\",\n \"holidays\": [\n}");
        assertEquals(3, p.get(0).line());
        assertTrue(p.get(0).message().startsWith("not valid JSON"), p.toString());
        assertProblem(problems("JP.json", "{\"country\": \"JP\", " + SOURCES + "}"), 1, "holidays", "missing: the list of holiday rules");
    }
}
