package io.meridian.calendar.internal.content;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.culture.ContentProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The calendar files of the region packs and the test fixture (both on the test class path as
 * {@code fixture/content/calendar/<CC>.json}) checked against dates
 * taken from somewhere else: for each country, subdivision and year in
 * {@code holidays-expected/<CC>.csv}, the public holidays the file gives must be the ones a
 * government list published for that year gives, or, where none is published, the ones the
 * statute's rule gives worked out by hand. Each table names its source in a {@code # source:}
 * line above its header. None of the expected dates come from running our code.
 *
 * <p>A holiday the calendar marks unconfirmed (a Chinese or Hijri date not yet announced, or
 * listed dates marked estimated) may fall a day either side of the expected one: that is the
 * uncertainty "unconfirmed" states. Its observed day follows its date and is not compared.
 */
final class CountryHolidaysTest {

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
    void everyCountrysTableNamesItsIndependentSource() {
        Map<String, Table> tables = tables();
        tables.forEach((country, table) -> assertTrue(table.source().length() >= 20,
                () -> "holidays-expected/" + country + ".csv: a # source: line naming where the dates come from"));
        assertTrue(tables.size() >= 40, "at least 40 countries, found " + tables.keySet());
    }

    @Test
    void everyCalendarFileReadsWithoutProblems() {
        for (String country : tables().keySet()) calendar(country);
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
        assertTrue(calendars.size() >= 40, "holidays-expected/ covers " + calendars.keySet());
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

    /** One country's table: where its dates come from, and its rows by group in file order. */
    private record Table(String source, Map<Group, List<Expected>> groups) {
    }

    /** Every country's table, by country. */
    private static Map<String, Table> tables() {
        Map<String, Table> tables = new TreeMap<>();
        Path folder;
        try {
            folder = Path.of(Objects.requireNonNull(CountryHolidaysTest.class.getClassLoader().getResource("holidays-expected"),
                    "test resource holidays-expected/").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                assertTrue(name.matches("[A-Z]{2}\\.csv"), "holidays-expected/" + name + ": one file per country, named <CC>.csv");
                String country = name.substring(0, 2);
                tables.put(country, table(country, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** The rows of {@code holidays-expected/<country>.csv}: comment lines, the header, then one row a holiday. */
    private static Table table(String country, String text) {
        String file = "holidays-expected/" + country + ".csv";
        Map<Group, List<Expected>> groups = new LinkedHashMap<>();
        StringBuilder source = new StringBuilder();
        boolean header = false;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                if (line.startsWith("# source:")) source.append(line.substring("# source:".length()).strip());
                continue;
            }
            if (!header) {
                assertEquals("country,subdivision,year,date,observed,english", line, file + " line " + (i + 1) + ": the header");
                header = true;
                continue;
            }
            List<String> f = fields(line);
            assertEquals(6, f.size(), file + " line " + (i + 1) + ": six fields");
            assertEquals(country, f.get(0), file + " line " + (i + 1) + ": the country of the file");
            Group g = new Group(f.get(0), f.get(1), Integer.parseInt(f.get(2)));
            Optional<LocalDate> observed = f.get(4).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f.get(4)));
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(new Expected(LocalDate.parse(f.get(3)), observed, f.get(5)));
        }
        return new Table(source.toString(), groups);
    }

    /** Every table's rows, by group. */
    private static Map<Group, List<Expected>> expectations() {
        Map<Group, List<Expected>> groups = new LinkedHashMap<>();
        tables().values().forEach(t -> groups.putAll(t.groups()));
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
