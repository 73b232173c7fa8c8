package io.meridian.calendar.internal.holidays;

import io.meridian.api.calendar.Holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A country's holidays as a region bundle declares them, worked out for a year: each holiday's
 * dates by its rule, the day it is observed on when it falls on a rest day, and the days that
 * become holidays because of the others (Japan's citizens' holiday).
 *
 * @param definitions the holidays
 * @param sandwichedDays whether a day between two holidays becomes a holiday itself (Japan's
 *        国民の休日, Article 3(3) of its holidays act); the day is named by {@code sandwichName}
 * @param confirmed dates announced for a holiday in a year, by holiday id and year: they replace
 *        the dates its rule gives that year and are no longer estimates (Saudi Arabia's Eid, once
 *        the Supreme Court has spoken)
 * @param declared days declared off once (a national day of mourning, a bridge day)
 */
public record HolidaySet(List<Definition> definitions, boolean sandwichedDays, Names sandwichName,
                         Map<String, Map<Integer, List<LocalDate>>> confirmed, List<Declared> declared) {

    /** A day declared off once. */
    public record Declared(LocalDate date, Names names, Holiday.Type type) {
        public Declared {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A holiday's name in the country's main language and in English. */
    public record Names(String local, String english) {
        public Names {
            Objects.requireNonNull(local, "local");
            Objects.requireNonNull(english, "english");
        }
    }

    /**
     * One holiday: what it is called, how widely it stops work, when it falls, and where it goes from a rest day.
     *
     * @param length how many days in a row it lasts from each date its rule gives (Eid al-Fitr: three in the UAE)
     * @param subdivisions the ISO 3166-2 codes of the parts of the country that keep it; empty for the whole country
     * @param fromYear the first year it exists (Juneteenth: 2021)
     * @param untilYear the last year it exists
     */
    public record Definition(String id, Names names, Holiday.Type type, DateRule rule, Observance observance, int length,
                             Set<String> subdivisions, int fromYear, int untilYear) {
        public Definition {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(observance, "observance");
            if (length < 1 || length > 31) throw new IllegalArgumentException("holiday '" + id + "' lasts " + length + " days; give 1 to 31");
            subdivisions = Set.copyOf(subdivisions);
            if (fromYear > untilYear) throw new IllegalArgumentException("holiday '" + id + "' exists from " + fromYear + " until " + untilYear + ": the years are reversed");
        }

        /** A one-day holiday of the whole country, every year. */
        public Definition(String id, Names names, Holiday.Type type, DateRule rule, Observance observance) {
            this(id, names, type, rule, observance, 1, Set.of(), DateRule.FIRST_YEAR, DateRule.LAST_YEAR);
        }

        /** Whether it is kept in {@code year} in the subdivision (or, when empty, the whole country). */
        boolean keptIn(int year, Optional<String> subdivision) {
            return year >= fromYear && year <= untilYear && (subdivisions.isEmpty() || subdivision.map(subdivisions::contains).orElse(false));
        }
    }

    /** Where a holiday that falls on a rest day is observed. */
    public enum Observance {
        /** Where it falls; nothing replaces it. */
        NONE,
        /** Saturday's on the Friday before, Sunday's on the Monday after (United States federal holidays). */
        NEAREST_WEEKDAY,
        /** Saturday's or Sunday's on the next weekday that is not a holiday itself (the United Kingdom's substitute days). */
        NEXT_FREE_WEEKDAY,
        /** Sunday's on the next day that is not a holiday itself (Japan's 振替休日, Article 3(2)). */
        SUNDAY_TO_NEXT_FREE_DAY
    }

    public HolidaySet {
        definitions = List.copyOf(definitions);
        Objects.requireNonNull(sandwichName, "sandwichName");
        Map<String, Map<Integer, List<LocalDate>>> copy = new java.util.HashMap<>();
        confirmed.forEach((id, years) -> {
            Map<Integer, List<LocalDate>> y = new java.util.HashMap<>();
            years.forEach((year, dates) -> y.put(year, dates.stream().distinct().sorted().toList()));
            copy.put(id, Map.copyOf(y));
        });
        confirmed = Map.copyOf(copy);
        declared = List.copyOf(declared);
        Set<String> ids = new HashSet<>();
        for (Definition d : definitions) {
            if (!ids.add(d.id())) throw new IllegalArgumentException("holiday '" + d.id() + "' is defined twice");
        }
        for (var c : confirmed.entrySet()) {
            if (!ids.contains(c.getKey())) {
                throw new IllegalArgumentException("dates are confirmed for holiday '" + c.getKey() + "', which is not defined");
            }
            c.getValue().forEach((year, dates) -> {
                for (LocalDate d : dates) {
                    if (d.getYear() != year) throw new IllegalArgumentException("holiday '" + c.getKey() + "': " + d + " is confirmed for " + year);
                }
            });
        }
    }

    /** The rules alone: nothing confirmed or declared. */
    public HolidaySet(List<Definition> definitions, boolean sandwichedDays, Names sandwichName) {
        this(definitions, sandwichedDays, sandwichName, Map.of(), List.of());
    }

    /**
     * The holidays that stop work in {@code year}, by date: each on the day it falls, with the
     * day it is observed on when that differs. A holiday of the year before or after observed
     * in this one (New Year's Day on a Saturday, observed on 31 December) is included too.
     */
    public List<Holiday> holidays(int year) {
        return holidays(year, Optional.empty());
    }

    /**
     * The holidays kept in {@code year} in a subdivision ({@code DE-BY}): the country's and the
     * subdivision's own, as {@link #holidays(int)} gives them. Observed days move around the
     * subdivision's holidays too.
     */
    public List<Holiday> holidays(int year, Optional<String> subdivision) {
        DateRule.checkYear(year);
        // one pass, in date order, over the years around this one: a day observed instead never lands on another
        // holiday, or on a day already taken by another observed holiday, even across New Year. An observance stops
        // no work: it takes no day from the others and is not moved off a weekend
        List<Falling> falling = new ArrayList<>();
        for (int y = Math.max(year - 1, DateRule.FIRST_YEAR); y <= Math.min(year + 1, DateRule.LAST_YEAR); y++) falling.addAll(falling(y, subdivision));
        falling.sort(Comparator.comparing(Falling::date));
        Set<LocalDate> taken = new HashSet<>();
        for (Falling f : falling) if (f.definition().type() != Holiday.Type.OBSERVANCE) taken.add(f.date());
        for (Declared d : declared) if (d.type() != Holiday.Type.OBSERVANCE) taken.add(d.date());

        List<Holiday> out = new ArrayList<>();
        for (Falling f : falling) {
            Optional<LocalDate> observed = f.definition().type() == Holiday.Type.OBSERVANCE ? Optional.empty()
                    : observedDay(f.definition().observance(), f.date(), taken);
            observed.ifPresent(taken::add);
            if (f.date().getYear() == year || observed.map(d -> d.getYear() == year).orElse(false)) {
                out.add(new Holiday(f.date(), f.definition().names().local(), f.definition().names().english(), f.definition().type(),
                        !f.estimated(), observed));
            }
        }
        for (Declared d : declared) {
            if (d.date().getYear() == year) {
                out.add(new Holiday(d.date(), d.names().local(), d.names().english(), d.type(), true, Optional.empty()));
            }
        }
        if (sandwichedDays) out.addAll(sandwiched(year, out, taken));
        out.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::englishName));
        return List.copyOf(out);
    }

    /** The first day of an occurrence of a holiday, and whether that date is still an estimate. */
    public record Start(LocalDate date, boolean estimated) {
    }

    /**
     * The first day of each occurrence of holiday {@code id} in {@code year} (in the
     * subdivision, or the whole country), by date: its announced dates where there are some,
     * otherwise its rule's. Empty when it is not kept that year.
     */
    public List<Start> firstDays(String id, int year, Optional<String> subdivision) {
        DateRule.checkYear(year);
        for (Definition d : definitions) {
            if (!d.id().equals(id)) continue;
            if (!d.keptIn(year, subdivision)) return List.of();
            List<LocalDate> announced = announced(d, year);
            List<Start> first = new ArrayList<>();
            for (LocalDate date : uncovered(d, year, announced)) first.add(new Start(date, d.rule().estimated()));
            if (announced != null) announced.stream().filter(date -> !announced.contains(date.minusDays(1))).forEach(date -> first.add(new Start(date, false)));
            first.sort(Comparator.comparing(Start::date));
            return first;
        }
        throw new IllegalArgumentException("no holiday has the id '" + id + "'");
    }

    /** A holiday on a day, and whether that day is still an estimate. */
    private record Falling(Definition definition, LocalDate date, boolean estimated) {
    }

    /** The days each holiday falls on in {@code year}: announced dates where there are some, otherwise the rule's. */
    private List<Falling> falling(int year, Optional<String> subdivision) {
        List<Falling> falling = new ArrayList<>();
        for (Definition d : definitions) {
            if (!d.keptIn(year, subdivision)) continue;
            List<LocalDate> announced = announced(d, year);
            // announced dates are every day of the holiday; an occurrence they do not cover keeps its rule's dates
            // (a Hijri holiday can fall twice in a Gregorian year: Eid al-Fitr on 3 January and 23 December 2033)
            if (announced != null) for (LocalDate date : announced) falling.add(new Falling(d, date, false));
            for (LocalDate date : uncovered(d, year, announced)) {
                for (int day = 0; day < d.length(); day++) falling.add(new Falling(d, date.plusDays(day), d.rule().estimated()));
            }
        }
        return falling;
    }

    /**
     * The dates announced for {@code d} in {@code year}, or null. A holiday defined as an offset
     * from another's rule follows that holiday's announced dates (New Year's Eve follows New
     * Year once China's date is confirmed): the first day of each run of them, moved by the
     * offset, then as many days as it lasts.
     */
    private List<LocalDate> announced(Definition d, int year) {
        List<LocalDate> own = confirmed.getOrDefault(d.id(), Map.of()).get(year);
        if (own != null || !(d.rule() instanceof DateRule.Offset offset)) return own;
        for (Definition base : definitions) {
            if (base == d || !base.rule().equals(offset.base())) continue;
            List<LocalDate> shifted = null;
            for (int y = year - 1; y <= year + 1; y++) {
                List<LocalDate> baseDates = confirmed.getOrDefault(base.id(), Map.of()).get(y);
                if (baseDates == null) continue;
                if (shifted == null) shifted = new ArrayList<>();
                for (LocalDate b : baseDates) {
                    if (baseDates.contains(b.minusDays(1))) continue; // not the first day of its run
                    for (int day = 0; day < d.length(); day++) {
                        LocalDate date = b.plusDays(offset.days() + day);
                        if (date.getYear() == year) shifted.add(date);
                    }
                }
            }
            if (shifted != null && !shifted.isEmpty()) return shifted;
        }
        return null;
    }

    /** The first days of the rule's occurrences in {@code year} that no announced date is near (all of them without an announcement). */
    private static List<LocalDate> uncovered(Definition d, int year, List<LocalDate> announced) {
        List<LocalDate> starts = d.rule().datesIn(year);
        if (announced == null || announced.isEmpty()) return starts;
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate start : starts) {
            boolean near = announced.stream().anyMatch(a -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(start, a)) <= d.length() + 3);
            if (!near) out.add(start);
        }
        return out;
    }

    /**
     * The days between two public holidays that are not holidays themselves. A declared public
     * day counts (Japan's 1 May 2019 made 30 April and 2 May holidays); a day observed instead
     * does not, nor does an observance. Confirmed only when both neighbours are.
     */
    private List<Holiday> sandwiched(int year, List<Holiday> holidays, Set<LocalDate> taken) {
        Map<LocalDate, Boolean> publicDays = new java.util.HashMap<>();
        for (Holiday h : holidays) {
            if (h.type() == Holiday.Type.PUBLIC) publicDays.merge(h.date(), h.confirmed(), Boolean::logicalAnd);
        }
        List<Holiday> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Boolean> before : publicDays.entrySet()) {
            LocalDate between = before.getKey().plusDays(1);
            Boolean after = publicDays.get(between.plusDays(1));
            if (after != null && between.getYear() == year && !publicDays.containsKey(between) && !taken.contains(between)) {
                taken.add(between);
                out.add(new Holiday(between, sandwichName.local(), sandwichName.english(), Holiday.Type.PUBLIC, before.getValue() && after,
                        Optional.empty()));
            }
        }
        return out;
    }


    /** The day a holiday on {@code date} is observed on instead, if the rule moves it; {@code taken} are the days already off. */
    private static Optional<LocalDate> observedDay(Observance observance, LocalDate date, Set<LocalDate> taken) {
        DayOfWeek day = date.getDayOfWeek();
        return switch (observance) {
            case NONE -> Optional.empty();
            case NEAREST_WEEKDAY -> day == DayOfWeek.SATURDAY ? Optional.of(date.minusDays(1))
                    : day == DayOfWeek.SUNDAY ? Optional.of(date.plusDays(1)) : Optional.empty();
            case NEXT_FREE_WEEKDAY -> {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) yield Optional.empty();
                LocalDate next = date.plusDays(1);
                while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(next)) {
                    next = next.plusDays(1);
                }
                yield Optional.of(next);
            }
            case SUNDAY_TO_NEXT_FREE_DAY -> {
                if (day != DayOfWeek.SUNDAY) yield Optional.empty();
                LocalDate next = date.plusDays(1);
                while (taken.contains(next)) next = next.plusDays(1);
                yield Optional.of(next);
            }
        };
    }
}
