package io.meridian.calendar.internal.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.Source;
import io.meridian.calendar.internal.Countries;
import io.meridian.calendar.internal.holidays.DateRule;
import io.meridian.calendar.internal.holidays.HolidaySet;
import io.meridian.support.content.ContentReader;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one country's holidays and work weeks ({@code calendar/JP.json} in a region bundle) into
 * a {@link CountryCalendar}, or says everything that is wrong with it at once, each problem with
 * its line and field. A file with any problem yields no calendar: a wrong holiday is worse than a
 * missing one, and the problem says how to fix it. The format is in docs/extending.md.
 *
 * <pre>{@code
 * {"country": "JP", "sources": [{"citation": "Cabinet Office, national holidays", "url": "https://…"}],
 *  "observance": "sunday-to-next-free-day", "daysBetweenHolidays": {"name": "国民の休日", "english": "Citizens' Holiday"},
 *  "workWeeks": [{"days": ["MON", "TUE", "WED", "THU", "FRI"]}],
 *  "holidays": [{"id": "coming-of-age-day", "name": "成人の日", "english": "Coming of Age Day", "type": "public", "on": "2nd MON of JAN"}]}
 * }</pre>
 */
public final class CalendarFile extends ContentReader {

    private static final Set<String> FIELDS = Set.of("country", "sources", "observance", "daysBetweenHolidays", "workWeeks", "holidays",
            "declared", "workingDays");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("id", "name", "english", "type", "on", "dates", "estimated", "yearly", "offset", "length",
            "observed", "subdivisions", "from", "until", "announced", "greeting");
    private static final Set<String> WEEK_FIELDS = Set.of("from", "days", "halfDays");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String DAYS = "MON, TUE, WED, THU, FRI, SAT, SUN";

    static final String RULES = "write one of: \"01-01\" (month-day), \"3rd MON of JAN\" (1st–5th or last), \"MON on or before 05-24\", "
            + "\"FRI on or after 06-19\", \"easter\", \"orthodox easter\", \"chinese 01-01\", \"chinese leap 06-01\", \"hijri 10-01\", "
            + "\"hebrew TISHRI 10\"; or list the days under \"dates\" instead";

    private static final Pattern FIXED = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern NTH = Pattern.compile("(1st|2nd|3rd|4th|5th|last) ([A-Za-z]+) of ([A-Za-z]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEAR = Pattern.compile("([A-Za-z]+) on or (after|before) (\\d{2})-(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("chinese (leap )?(\\d{2})-(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIJRI = Pattern.compile("hijri (\\d{2})-(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEBREW = Pattern.compile("hebrew ([A-Za-z_]+) (\\d{1,2})", Pattern.CASE_INSENSITIVE);

    /** The calendar, or why there is none. */
    public record Result(Optional<CountryCalendar> calendar, List<ContentProblem> problems) {
    }

    private CalendarFile(String bundle, String file) {
        super(bundle, file);
    }

    /** Reads {@code text}, the content of {@code file} ({@code content/calendar/JP.json}) in {@code bundle}. */
    public static Result read(String bundle, String file, String text) {
        return new CalendarFile(bundle, file).read(text);
    }

    private Result read(String text) {
        JsonNode root = parseObject(text, "a calendar file is one JSON object, {\"country\": \"JP\", \"holidays\": […], …}");
        if (root == null) return new Result(Optional.empty(), problems);
        unknownFields(root, "", FIELDS);
        String country = country(root.path("country"));
        List<Source> sources = sources(root.path("sources"), "sources");
        if (root.path("sources").isMissingNode() || (root.path("sources").isArray() && root.path("sources").isEmpty())) {
            problem("sources", "missing: at least one source for these dates, {\"citation\": \"who, what, when\", \"url\": \"https://…\"}");
        }
        HolidaySet.Observance fileObservance = root.has("observance")
                ? observance(root.path("observance"), "observance") : HolidaySet.Observance.NONE;
        HolidaySet.Names between = root.has("daysBetweenHolidays") ? names(root.path("daysBetweenHolidays"), "daysBetweenHolidays") : null;
        List<WorkWeek> weeks = country == null ? List.of() : workWeeks(root.path("workWeeks"), country);
        List<HolidaySet.Definition> definitions = new ArrayList<>();
        Map<String, Map<Integer, List<LocalDate>>> announced = new HashMap<>();
        Map<String, String> greetings = new HashMap<>();
        JsonNode holidays = root.path("holidays");
        if (holidays.isMissingNode()) {
            problem("holidays", "missing: the list of holiday rules ([] when the file gives only work weeks)");
        } else if (!holidays.isArray()) {
            problem("holidays", "not a list: [{\"id\": \"new-years-day\", \"name\": …, \"english\": …, \"type\": \"public\", \"on\": \"01-01\"}]");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < holidays.size(); i++) {
                holiday(holidays.get(i), "holidays[" + i + "]", country, fileObservance, ids, definitions, announced, greetings);
            }
        }
        List<HolidaySet.Declared> declared = declared(root.path("declared"));
        List<CountryCalendar.WorkingDay> workingDays = workingDays(root.path("workingDays"));
        if (!problems.isEmpty()) return new Result(Optional.empty(), problems);
        HolidaySet set;
        try {
            set = new HolidaySet(definitions, between != null, between == null ? new HolidaySet.Names("", "") : between, announced, declared);
        } catch (IllegalArgumentException e) {
            problem("holidays", e.getMessage());
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new CountryCalendar(country, set, weeks, workingDays, greetings, sources)), problems);
    }

    private String country(JsonNode node) {
        String code = required(node, "country", "the ISO 3166-1 alpha-2 code of the country, \"JP\"");
        if (code == null) return null;
        if (!Countries.known(code)) {
            problem("country", "\"" + code + "\" is not an ISO 3166-1 alpha-2 code; write one like \"JP\", \"DE\" or \"SA\" in capitals");
            return null;
        }
        String base = file.substring(file.lastIndexOf('/') + 1);
        if (!base.equals(code + ".json")) {
            problem("country", "the file says \"" + code + "\" but is named " + base + "; name it " + code + ".json or correct the code");
            return null;
        }
        return code;
    }

    private void holiday(JsonNode node, String at, String country, HolidaySet.Observance fileObservance, Set<String> ids,
                         List<HolidaySet.Definition> definitions, Map<String, Map<Integer, List<LocalDate>>> announced,
                         Map<String, String> greetings) {
        if (!node.isObject()) {
            problem(at, "must be an object: {\"id\": \"new-years-day\", \"name\": …, \"english\": …, \"type\": \"public\", \"on\": \"01-01\"}");
            return;
        }
        int before = problems.size();
        unknownFields(node, at, HOLIDAY_FIELDS);
        String id = required(node.path("id"), at + ".id", "an id in lower-case words joined by hyphens, \"new-years-day\"");
        if (id != null && !ID.matcher(id).matches()) {
            problem(at + ".id", "\"" + id + "\" is not an id: use lower-case letters and digits joined by hyphens, \"new-years-day\"");
        } else if (id != null && !ids.add(id)) {
            problem(at + ".id", "\"" + id + "\" is the id of an earlier holiday too; ids are unique in a file");
        }
        String name = required(node.path("name"), at + ".name", "the name in the country's language");
        String english = required(node.path("english"), at + ".english", "the name in English");
        Holiday.Type type = type(node.path("type"), at + ".type");
        DateRule rule = rule(node, at);
        HolidaySet.Observance observance = node.has("observed") ? observance(node.path("observed"), at + ".observed") : fileObservance;
        int length = node.has("length") ? integer(node.path("length"), at + ".length", 1, 31, "days in a row") : 1;
        Set<String> subdivisions = subdivisions(node.path("subdivisions"), at + ".subdivisions", country);
        int from = node.has("from") ? integer(node.path("from"), at + ".from", DateRule.FIRST_YEAR, DateRule.LAST_YEAR, "the first year") : DateRule.FIRST_YEAR;
        int until = node.has("until") ? integer(node.path("until"), at + ".until", DateRule.FIRST_YEAR, DateRule.LAST_YEAR, "the last year") : DateRule.LAST_YEAR;
        if (from > until) problem(at + ".until", "the holiday ends (" + until + ") before it starts (" + from + "); swap them");
        Map<Integer, List<LocalDate>> dates = announced(node.path("announced"), at + ".announced");
        String greeting = node.has("greeting") ? required(node.path("greeting"), at + ".greeting", "the words to greet people with") : null;
        if (problems.size() > before) return;
        if (greeting != null) greetings.put(id, greeting);
        definitions.add(new HolidaySet.Definition(id, new HolidaySet.Names(name, english), type, rule, observance, length, subdivisions, from, until));
        if (!dates.isEmpty()) announced.put(id, dates);
    }

    /** The holiday's rule from {@code on} (with {@code offset}) or {@code dates} (with {@code estimated}). */
    private DateRule rule(JsonNode node, String at) {
        boolean on = node.has("on");
        boolean listed = node.has("dates");
        if (on == listed) {
            problem(at, on ? "give either \"on\" or \"dates\", not both" : "missing: \"on\", the rule for its date (" + RULES + ")");
            return null;
        }
        if (node.has("yearly") && !listed) {
            problem(at + ".yearly", "only listed \"dates\" are marked yearly; a rule (\"on\") gives every year by itself");
        } else if (node.has("yearly")) {
            bool(node.path("yearly"), at + ".yearly");
        }
        if (node.has("estimated") && !listed) {
            problem(at + ".estimated", "only listed \"dates\" can be marked estimated; a rule's dates are estimated when its calendar is (chinese, hijri)");
        }
        DateRule rule;
        if (listed) {
            boolean estimated = node.has("estimated") && bool(node.path("estimated"), at + ".estimated");
            Map<Integer, List<LocalDate>> byYear = new TreeMap<>();
            JsonNode dates = node.path("dates");
            if (!dates.isArray() || dates.isEmpty()) {
                problem(at + ".dates", "must be a list of days, [\"2025-10-20\", \"2026-11-08\"]");
                return null;
            }
            for (int i = 0; i < dates.size(); i++) {
                LocalDate d = date(dates.get(i), at + ".dates[" + i + "]");
                if (d != null) byYear.computeIfAbsent(d.getYear(), y -> new ArrayList<>()).add(d);
            }
            rule = new DateRule.Listed(byYear, estimated);
        } else {
            String text = text(node.path("on"), at + ".on");
            rule = text == null ? null : parseRule(text.strip(), at + ".on");
        }
        if (node.has("offset")) {
            int offset = integer(node.path("offset"), at + ".offset", -366, 366, "days before (negative) or after the rule's date");
            if (rule != null && offset != Integer.MIN_VALUE && offset != 0) rule = new DateRule.Offset(rule, offset);
        }
        return rule;
    }

    private DateRule parseRule(String text, String at) {
        try {
            Matcher m;
            if ((m = FIXED.matcher(text)).matches()) return new DateRule.Fixed(monthDay(m.group(1), m.group(2)));
            if ((m = NTH.matcher(text)).matches()) {
                String nth = m.group(1).toLowerCase(Locale.ROOT);
                int n = nth.equals("last") ? -1 : nth.charAt(0) - '0';
                return new DateRule.NthWeekday(month(m.group(3)), weekday(m.group(2)), n);
            }
            if ((m = NEAR.matcher(text)).matches()) {
                return new DateRule.WeekdayNear(monthDay(m.group(3), m.group(4)), weekday(m.group(1)), m.group(2).equalsIgnoreCase("after"));
            }
            if (text.equalsIgnoreCase("easter")) return new DateRule.Easter(false);
            if (text.equalsIgnoreCase("orthodox easter")) return new DateRule.Easter(true);
            if ((m = CHINESE.matcher(text)).matches()) {
                return new DateRule.Chinese(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1) != null);
            }
            if ((m = HIJRI.matcher(text)).matches()) return new DateRule.Hijri(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if ((m = HEBREW.matcher(text)).matches()) {
                String month = m.group(1).toUpperCase(Locale.ROOT);
                DateRule.HebrewMonth hebrew;
                try {
                    hebrew = DateRule.HebrewMonth.valueOf(month);
                } catch (IllegalArgumentException e) {
                    Set<String> months = Arrays.stream(DateRule.HebrewMonth.values()).map(Enum::name).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
                    throw new IllegalArgumentException("\"" + m.group(1) + "\" is not a Hebrew month" + suggestion(month, months) + "; the months are "
                            + String.join(", ", months));
                }
                return new DateRule.Hebrew(hebrew, Integer.parseInt(m.group(2)));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            problem(at, "\"" + text + "\": " + e.getMessage());
            return null;
        }
        problem(at, "\"" + text + "\" is not a date rule; " + RULES);
        return null;
    }

    private static MonthDay monthDay(String month, String day) {
        try {
            return MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("month " + month + " has no day " + day + "; write the month first, \"12-25\"");
        }
    }

    private static DayOfWeek weekday(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(t) || d.name().substring(0, 3).equals(t)) return d;
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a weekday; write " + DAYS);
    }

    private static Month month(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().equals(t) || m.name().substring(0, 3).equals(t)) return m;
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a month; write JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP, OCT, NOV or DEC");
    }

    private Holiday.Type type(JsonNode node, String at) {
        String text = required(node, at, "public, bank or observance");
        if (text == null) return null;
        for (Holiday.Type t : Holiday.Type.values()) {
            if (t.name().equalsIgnoreCase(text)) return t;
        }
        problem(at, "\"" + text + "\" is not a holiday type" + suggestion(text, Set.of("public", "bank", "observance"))
                + "; write public (work stops), bank (banks and many offices close) or observance (marked, work goes on)");
        return null;
    }

    private HolidaySet.Observance observance(JsonNode node, String at) {
        String text = text(node, at);
        if (text == null) return null;
        Map<String, HolidaySet.Observance> names = new java.util.LinkedHashMap<>();
        for (HolidaySet.Observance o : HolidaySet.Observance.values()) names.put(o.name().toLowerCase(Locale.ROOT).replace('_', '-'), o);
        HolidaySet.Observance o = names.get(text);
        if (o == null) {
            String hint = suggestion(text, names.keySet());
            if (hint.isEmpty()) {
                hint = names.keySet().stream().filter(n -> n.startsWith(text)).findFirst().map(n -> " (did you mean \"" + n + "\"?)").orElse("");
            }
            problem(at, "\"" + text + "\" is not an observed-day rule" + hint + "; write one of "
                    + String.join(", ", names.keySet()));
        }
        return o;
    }

    private HolidaySet.Names names(JsonNode node, String at) {
        if (!node.isObject()) {
            problem(at, "must be an object: {\"name\": \"国民の休日\", \"english\": \"Citizens' Holiday\"}");
            return null;
        }
        unknownFields(node, at, Set.of("name", "english"));
        String name = required(node.path("name"), at + ".name", "the name in the country's language");
        String english = required(node.path("english"), at + ".english", "the name in English");
        return name == null || english == null ? null : new HolidaySet.Names(name, english);
    }

    private Set<String> subdivisions(JsonNode node, String at, String country) {
        if (node.isMissingNode()) return Set.of();
        if (!node.isArray() || node.isEmpty()) {
            problem(at, "must be a list of ISO 3166-2 codes, [\"DE-BY\", \"DE-BW\"]; leave it out for the whole country");
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String code = text(node.get(i), at + "[" + i + "]");
            if (code == null) continue;
            if (!code.matches("[A-Z]{2}-[A-Z0-9]{1,3}") || (country != null && !code.startsWith(country + "-"))) {
                problem(at + "[" + i + "]", "\"" + code + "\" is not an ISO 3166-2 code of " + (country == null ? "the country" : country)
                        + (country == null ? "; write it like \"DE-BY\"" : "; its codes start with \"" + country + "-\""));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private Map<Integer, List<LocalDate>> announced(JsonNode node, String at) {
        Map<Integer, List<LocalDate>> byYear = new TreeMap<>();
        if (node.isMissingNode()) return byYear;
        if (!node.isObject()) {
            problem(at, "must be an object of years, {\"2025\": [\"2025-03-30\", \"2025-03-31\"]}");
            return byYear;
        }
        node.fields().forEachRemaining(e -> {
            String path = at + "." + e.getKey();
            int year;
            try {
                year = Integer.parseInt(e.getKey());
            } catch (NumberFormatException notYear) {
                problem(path, "\"" + e.getKey() + "\" is not a year; the keys are years, \"2025\"");
                return;
            }
            if (year < DateRule.FIRST_YEAR || year > DateRule.LAST_YEAR) {
                problem(path, year + " is outside " + DateRule.FIRST_YEAR + "–" + DateRule.LAST_YEAR + ", the years holidays are worked out for");
                return;
            }
            JsonNode dates = e.getValue();
            if (!dates.isArray() || dates.isEmpty()) {
                problem(path, "must be a list of every day of the holiday that year, [\"" + year + "-03-30\"]");
                return;
            }
            List<LocalDate> list = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                LocalDate d = date(dates.get(i), path + "[" + i + "]");
                if (d == null) continue;
                if (d.getYear() != year) {
                    problem(path + "[" + i + "]", d + " is not in " + year + "; list it under \"" + d.getYear() + "\"");
                } else {
                    list.add(d);
                }
            }
            byYear.put(year, list);
        });
        return byYear;
    }

    private List<WorkWeek> workWeeks(JsonNode node, String country) {
        List<WorkWeek> weeks = new ArrayList<>();
        if (node.isMissingNode()) return weeks;
        if (!node.isArray()) {
            problem("workWeeks", "not a list: [{\"days\": [\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\"]}]");
            return weeks;
        }
        Set<String> starts = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "workWeeks[" + i + "]";
            JsonNode w = node.get(i);
            if (!w.isObject()) {
                problem(at, "must be an object: {\"from\": \"2022-01-01\", \"days\": [\"MON\", …], \"halfDays\": {\"FRI\": \"12:00\"}}");
                continue;
            }
            int before = problems.size();
            unknownFields(w, at, WEEK_FIELDS);
            LocalDate from = w.has("from") ? date(w.path("from"), at + ".from") : null;
            if (!starts.add(from == null ? "always" : from.toString())) {
                problem(at + ".from", from == null ? "two work weeks have no \"from\" date; give the later one the date it took effect"
                        : "another work week also takes effect on " + from + "; keep one");
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            JsonNode list = w.path("days");
            if (!list.isArray() || list.isEmpty()) {
                problem(at + ".days", "must list the full working days, [\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\"]");
            } else {
                for (int d = 0; d < list.size(); d++) {
                    DayOfWeek day = day(list.get(d), at + ".days[" + d + "]");
                    if (day != null && !days.add(day)) problem(at + ".days[" + d + "]", day + " is listed twice");
                }
            }
            Map<DayOfWeek, LocalTime> halfDays = new EnumMap<>(DayOfWeek.class);
            JsonNode half = w.path("halfDays");
            if (!half.isMissingNode()) {
                if (!half.isObject()) {
                    problem(at + ".halfDays", "must be an object of day and the local time work stops, {\"FRI\": \"12:00\"}");
                } else {
                    half.fields().forEachRemaining(e -> {
                        String path = at + ".halfDays." + e.getKey();
                        DayOfWeek day;
                        try {
                            day = weekday(e.getKey());
                        } catch (IllegalArgumentException bad) {
                            problem(path, bad.getMessage());
                            return;
                        }
                        if (days.contains(day)) problem(path, day + " is a full working day in \"days\" too; keep it in one of them");
                        String time = text(e.getValue(), path);
                        if (time == null) return;
                        try {
                            halfDays.put(day, LocalTime.parse(time));
                        } catch (DateTimeException bad) {
                            problem(path, "\"" + time + "\" is not a time of day; write when work stops, \"12:00\"");
                        }
                    });
                }
            }
            if (problems.size() > before) continue;
            weeks.add(new WorkWeek(country, days, halfDays, Optional.ofNullable(from)));
        }
        return weeks;
    }

    private DayOfWeek day(JsonNode node, String at) {
        String text = text(node, at);
        if (text == null) return null;
        try {
            return weekday(text);
        } catch (IllegalArgumentException e) {
            problem(at, e.getMessage());
            return null;
        }
    }

    private List<HolidaySet.Declared> declared(JsonNode node) {
        List<HolidaySet.Declared> declared = new ArrayList<>();
        if (node.isMissingNode()) return declared;
        if (!node.isArray()) {
            problem("declared", "not a list: [{\"date\": \"2019-05-01\", \"name\": …, \"english\": …, \"type\": \"public\"}]");
            return declared;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "declared[" + i + "]";
            JsonNode d = node.get(i);
            if (!d.isObject()) {
                problem(at, "must be an object: {\"date\": \"2019-05-01\", \"name\": …, \"english\": …, \"type\": \"public\"}");
                continue;
            }
            unknownFields(d, at, Set.of("date", "name", "english", "type"));
            LocalDate date = date(d.path("date"), at + ".date");
            String name = required(d.path("name"), at + ".name", "the name in the country's language");
            String english = required(d.path("english"), at + ".english", "the name in English");
            Holiday.Type type = type(d.path("type"), at + ".type");
            if (date != null && name != null && english != null && type != null) {
                declared.add(new HolidaySet.Declared(date, new HolidaySet.Names(name, english), type));
            }
        }
        return declared;
    }

    private List<CountryCalendar.WorkingDay> workingDays(JsonNode node) {
        List<CountryCalendar.WorkingDay> days = new ArrayList<>();
        if (node.isMissingNode()) return days;
        if (!node.isArray()) {
            problem("workingDays", "not a list: [{\"date\": \"2025-01-26\", \"reason\": \"make-up day for the Spring Festival\"}]");
            return days;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "workingDays[" + i + "]";
            JsonNode d = node.get(i);
            if (!d.isObject()) {
                problem(at, "must be an object: {\"date\": \"2025-01-26\", \"reason\": \"make-up day for the Spring Festival\"}");
                continue;
            }
            unknownFields(d, at, Set.of("date", "reason"));
            LocalDate date = date(d.path("date"), at + ".date");
            String reason = required(d.path("reason"), at + ".reason", "why the day is worked");
            if (date != null && !seen.add(date)) problem(at + ".date", date + " is listed twice");
            else if (date != null && reason != null) days.add(new CountryCalendar.WorkingDay(date, reason));
        }
        return days;
    }

    private LocalDate date(JsonNode node, String at) {
        String text = text(node, at);
        if (text == null) return null;
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() < DateRule.FIRST_YEAR || d.getYear() > DateRule.LAST_YEAR) {
                problem(at, text + " is outside " + DateRule.FIRST_YEAR + "–" + DateRule.LAST_YEAR + ", the years holidays are worked out for");
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            problem(at, "\"" + text + "\" is not a date; write it as 2025-03-30 (year-month-day)");
            return null;
        }
    }

    /** A whole number in range, or {@link Integer#MIN_VALUE} after saying why not. */
    private int integer(JsonNode node, String at, int min, int max, String what) {
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            problem(at, "must be a whole number from " + min + " to " + max + " (" + what + "), not " + node);
            return Integer.MIN_VALUE;
        }
        return node.asInt();
    }

    private boolean bool(JsonNode node, String at) {
        if (!node.isBoolean()) {
            problem(at, "must be true or false, not " + node);
            return false;
        }
        return node.asBoolean();
    }
}
