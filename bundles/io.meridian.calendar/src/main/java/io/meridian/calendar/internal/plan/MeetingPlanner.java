package io.meridian.calendar.internal.plan;

import io.meridian.api.calendar.HolidayService;
import io.meridian.calendar.internal.time.WallClock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds meeting times for people in several time zones, countries and work weeks.
 *
 * <p>The range is cut into quarter hours. For each person, each quarter hour gets a cost from
 * where it falls in their own day: nothing inside their working hours on a working day, a
 * little more for each hour before or after them while they are awake, a lot at night, and
 * most on a holiday or a rest day. A slot costs each person the worst quarter hour in it, and
 * the slot the sum. Slots that cost nobody anything fit; they are ranked by how central they are
 * in everyone's day. When none fits, the least costly slots are offered instead, each naming who
 * pays and how. Everything is computed on instants, so a clock change never moves a meeting:
 * it changes the local times shown.
 */
public final class MeetingPlanner {

    /** A quarter hour, the planner's resolution. */
    public static final Duration STEP = Duration.ofMinutes(15);
    /** The longest range the planner looks at. */
    public static final int MAX_DAYS = 62;
    public static final int MAX_ATTENDEES = 50;

    static final int HOLIDAY = 60;
    static final int REST_DAY = 40;
    static final int NIGHT = 30;
    static final int OUTSIDE_HOURS = 6;
    static final int PER_HOUR_AWAY = 2;
    static final int LUNCH = 4;
    static final int BUSY = 100;
    /** Where the planner counts someone as awake, outside their working hours. */
    static final LocalTime WAKES = LocalTime.of(7, 0);
    static final LocalTime SLEEPS = LocalTime.of(22, 0);

    /**
     * Someone who should attend.
     *
     * @param name how to call them in answers
     * @param country ISO code, for work week and holidays
     * @param start their working day starts, local time
     * @param end their working day ends, local time
     * @param ownWeek their working days when they keep their own week (a contact's override)
     * @param busy times they cannot meet
     */
    public record Attendee(String name, ZoneId zone, String country, Optional<String> subdivision, LocalTime start, LocalTime end,
                           Optional<Set<DayOfWeek>> ownWeek, List<Busy> busy) {
        public Attendee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(country, "country");
            if (!start.isBefore(end)) throw new IllegalArgumentException(name + "'s working hours must start before they end: " + start + "-" + end);
            busy = List.copyOf(busy);
        }
    }

    /** A time someone is not free. */
    public record Busy(Instant start, Instant end, String what) {
    }

    /**
     * What to plan.
     *
     * @param from the first day, in the organiser's zone
     * @param to the last day, inclusive
     * @param earliest nobody's local time before this, if given
     * @param latest nobody's local time after this, if given (the meeting ends by then)
     * @param weeks for a recurring weekly meeting, how many times; 1 for a single meeting
     * @param rotate for a recurring meeting: share the inconvenience instead of always burdening the same people
     */
    public record Request(List<Attendee> attendees, Duration duration, LocalDate from, LocalDate to, ZoneId organiserZone,
                          Optional<LocalTime> earliest, Optional<LocalTime> latest, boolean avoidLunch, int limit, int weeks, boolean rotate) {
        public Request {
            attendees = List.copyOf(attendees);
        }
    }

    /** How a slot sits in someone's day. */
    public enum Fit { WORKING, EARLY_OR_LATE, NIGHT, DAY_OFF, BUSY }

    /** A slot as one attendee lives it. */
    public record Local(String attendee, ZoneId zone, LocalDateTime start, LocalDateTime end, String offset, Fit fit, int cost, String note) {
    }

    /** A proposed time; {@code cost} 0 means it is inside everyone's working hours. */
    public record Slot(Instant start, Instant end, int cost, List<Local> locals, List<String> flags) {
        /** Who pays: the attendees for whom the slot is not in working hours. */
        public List<Local> payers() {
            return locals.stream().filter(l -> l.cost() > 0).toList();
        }
    }

    /** One occurrence of a recurring meeting. */
    public record Occurrence(int week, Slot slot) {
    }

    /**
     * The answer.
     *
     * @param fits whether the slots are inside everyone's working hours
     * @param why when nothing fits, the reasons in words
     * @param notes what the answer rests on (a country with no holiday data, a clock change in the range)
     * @param occurrences for a recurring meeting, each week's slot
     * @param burden for a recurring meeting, each attendee's total cost over all occurrences
     */
    public record Plan(boolean fits, List<Slot> slots, List<String> why, List<String> notes, List<Occurrence> occurrences,
                       Map<String, Integer> burden) {
    }

    private final Days days;

    public MeetingPlanner(Days days) {
        this.days = days;
    }

    /** @throws IllegalArgumentException naming what is wrong with the request and how to fix it */
    public Plan plan(Request r) {
        check(r);
        int weeks = Math.max(1, r.weeks());
        LocalDate lastDay = weeks > 1 ? r.from().plusWeeks(weeks).minusDays(1) : r.to();
        // one day either side, so that every attendee's local days in the range are covered
        Instant start = r.from().atStartOfDay(r.organiserZone()).toInstant();
        Instant end = lastDay.plusDays(1).atStartOfDay(r.organiserZone()).toInstant();
        int steps = (int) (Duration.between(start, end).toMinutes() / STEP.toMinutes());
        int length = (int) (r.duration().toMinutes() / STEP.toMinutes());
        int n = r.attendees().size();
        int[][] cell = new int[n][];
        Fit[][] fit = new Fit[n][];
        int[][] secondOfDay = new int[n][];
        long[][] epochDay = new long[n][];
        for (int a = 0; a < n; a++) {
            cell[a] = new int[steps];
            fit[a] = new Fit[steps];
            secondOfDay[a] = new int[steps + 1];
            epochDay[a] = new long[steps + 1];
            costs(r, r.attendees().get(a), start.getEpochSecond(), cell[a], fit[a], secondOfDay[a], epochDay[a]);
        }
        boolean[] allowed = allowed(r, start.getEpochSecond(), steps, length, secondOfDay, epochDay);
        int slots = steps - length + 1;
        int[][] slotCost = new int[n][Math.max(slots, 0)];
        for (int a = 0; a < n; a++) {
            for (int s = 0; s < slots; s++) {
                int worst = 0;
                for (int k = 0; k < length; k++) worst = Math.max(worst, cell[a][s + k]);
                slotCost[a][s] = worst;
            }
        }
        List<String> notes = notes(r, start, end);
        if (weeks > 1) return recurring(r, start, length, slotCost, fit, allowed, weeks, notes);

        int[] total = new int[Math.max(slots, 0)];
        int[] worst = new int[Math.max(slots, 0)];
        boolean any = false;
        for (int s = 0; s < slots; s++) {
            if (!allowed[s]) continue;
            for (int a = 0; a < n; a++) {
                total[s] += slotCost[a][s];
                worst[s] = Math.max(worst[s], slotCost[a][s]);
            }
            if (total[s] == 0) any = true;
        }
        boolean fits = any;
        Integer[] order = new Integer[Math.max(slots, 0)];
        for (int s = 0; s < slots; s++) order[s] = s;
        int[] centrality = centrality(r, slots, length, secondOfDay);
        Comparator<Integer> rank = fits
                ? Comparator.comparingInt((Integer s) -> centrality[s]).thenComparingInt(s -> s)
                : Comparator.comparingInt((Integer s) -> worst[s]).thenComparingInt(s -> total[s]).thenComparingInt(s -> centrality[s]).thenComparingInt(s -> s);
        List<Integer> candidates = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            if (allowed[s] && (!fits || total[s] == 0) && worst[s] < BUSY) candidates.add(s);
        }
        candidates.sort(rank);
        List<Integer> chosen = pick(candidates, length, r.limit(), start, r.organiserZone());
        List<Slot> out = new ArrayList<>();
        for (int s : chosen) out.add(slot(r, start, s, length, slotCost, fit));
        List<String> why = fits ? List.of() : why(r, start, steps, fit, allowed, out.isEmpty());
        return new Plan(fits, out, why, notes, List.of(), Map.of());
    }

    private static void check(Request r) {
        if (r.attendees().isEmpty()) throw new IllegalArgumentException("attendees: name at least one person to plan for");
        if (r.attendees().size() > MAX_ATTENDEES) {
            throw new IllegalArgumentException("attendees: " + r.attendees().size() + " people; the planner takes at most " + MAX_ATTENDEES);
        }
        long minutes = r.duration().toMinutes();
        if (minutes < STEP.toMinutes() || minutes % STEP.toMinutes() != 0 || minutes > 8 * 60) {
            throw new IllegalArgumentException("duration: " + minutes + " minutes; give a multiple of 15 minutes from 15 to 480 (8 hours)");
        }
        if (r.from().getYear() < HolidayService.FIRST_YEAR || r.to().getYear() >= HolidayService.LAST_YEAR) {
            throw new IllegalArgumentException("the range " + r.from() + " to " + r.to() + " is outside the years the calendar works out ("
                    + HolidayService.FIRST_YEAR + " to " + (HolidayService.LAST_YEAR - 1) + ")");
        }
        if (r.to().isBefore(r.from())) {
            throw new IllegalArgumentException("the range ends (" + r.to() + ") before it starts (" + r.from() + "); swap the dates");
        }
        if (r.weeks() <= 1 && ChronoUnit.DAYS.between(r.from(), r.to()) >= MAX_DAYS) {
            throw new IllegalArgumentException("the range is " + (ChronoUnit.DAYS.between(r.from(), r.to()) + 1) + " days; plan at most " + MAX_DAYS
                    + " days at a time");
        }
        if (r.weeks() < 1 || r.weeks() > 26) throw new IllegalArgumentException("weeks: " + r.weeks() + "; a recurring meeting repeats 2 to 26 weeks (1 for a single meeting)");
        if (r.rotate() && r.weeks() < 2) throw new IllegalArgumentException("rotate shares the cost of a weekly meeting: give weeks 2 or more");
        if (r.limit() < 1 || r.limit() > 50) throw new IllegalArgumentException("limit: " + r.limit() + "; ask for 1 to 50 slots");
        if (r.earliest().isPresent() && r.latest().isPresent()) {
            long window = Duration.between(r.earliest().get(), r.latest().get()).toMinutes();
            if (window < minutes) {
                throw new IllegalArgumentException("a " + minutes + "-minute meeting does not fit between " + r.earliest().get() + " and "
                        + r.latest().get() + "; widen the hours or shorten the meeting");
            }
        }
        for (Attendee a : r.attendees()) {
            long hours = Duration.between(a.start(), a.end()).toMinutes();
            if (hours < minutes) {
                throw new IllegalArgumentException("a " + minutes + "-minute meeting is longer than " + a.name() + "'s working day ("
                        + a.start() + "-" + a.end() + "); shorten it or split it");
            }
        }
    }

    /**
     * Each quarter hour's cost for one attendee, and where it falls on their clock: the local
     * second of the day and the local day (epoch days) of every step, one more than the cells so
     * that a slot's end can be read too. Local times are worked out from the offset, which changes
     * only at the zone's transitions, so no date-time object is made per quarter hour.
     * {@link MeetingGrid} draws these same cells, so that the grid and the slots never disagree.
     */
    void costs(Request r, Attendee a, long startSecond, int[] cell, Fit[] fit, int[] secondOfDay, long[] epochDay) {
        ZoneRules rules = a.zone().getRules();
        Instant first = Instant.ofEpochSecond(startSecond);
        int offset = rules.getOffset(first).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(first);
        long nextAt = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
        long cachedDay = Long.MIN_VALUE;
        Days.Day day = null;
        int workStart = a.start().toSecondOfDay();
        int end = a.end().toSecondOfDay();
        int wakes = WAKES.toSecondOfDay();
        int sleeps = SLEEPS.toSecondOfDay();
        int noon = LocalTime.NOON.toSecondOfDay();
        int one = LocalTime.of(13, 0).toSecondOfDay();
        long stepSeconds = STEP.getSeconds();
        for (int i = 0; i < secondOfDay.length; i++) {
            long at = startSecond + i * stepSeconds;
            if (at >= nextAt) {
                Instant now = Instant.ofEpochSecond(at);
                offset = rules.getOffset(now).getTotalSeconds();
                next = rules.nextTransition(now);
                nextAt = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
            }
            long local = at + offset;
            long d = Math.floorDiv(local, 86_400L);
            int time = (int) Math.floorMod(local, 86_400L);
            secondOfDay[i] = time;
            epochDay[i] = d;
            if (i >= cell.length) break;
            if (d != cachedDay) {
                day = days.day(a.country(), a.subdivision(), LocalDate.ofEpochDay(d), a.ownWeek());
                cachedDay = d;
                LocalTime stops = day.stopsAt().filter(s -> s.isBefore(a.end())).orElse(a.end());
                end = stops.toSecondOfDay();
            }
            int cost;
            Fit f;
            if (!day.working()) {
                cost = day.holiday().isPresent() ? HOLIDAY : REST_DAY;
                f = Fit.DAY_OFF;
            } else if (time >= workStart && time < end) {
                cost = r.avoidLunch() && time >= noon && time < one ? LUNCH : 0;
                f = Fit.WORKING;
            } else if (time >= wakes && time < sleeps) {
                long away = time < workStart ? (workStart - time) / 60 : (time - end) / 60 + 15;
                cost = OUTSIDE_HOURS + (int) (PER_HOUR_AWAY * ((away + 59) / 60));
                f = Fit.EARLY_OR_LATE;
            } else {
                cost = NIGHT;
                f = Fit.NIGHT;
            }
            cell[i] = cost;
            fit[i] = f;
        }
        for (Busy b : a.busy()) {
            int from = (int) Math.max(0, (b.start().getEpochSecond() - startSecond) / stepSeconds);
            int to = (int) Math.min(cell.length, (b.end().getEpochSecond() - startSecond + stepSeconds - 1) / stepSeconds);
            for (int i = from; i < to; i++) {
                cell[i] = BUSY;
                fit[i] = Fit.BUSY;
            }
        }
    }

    /** Slots inside the range and inside the earliest and latest local times for everyone, read from the local times worked out. */
    static boolean[] allowed(Request r, long startSecond, int steps, int length, int[][] secondOfDay, long[][] epochDay) {
        boolean[] ok = new boolean[steps];
        long last = r.to().plusDays(1).atStartOfDay(r.organiserZone()).toEpochSecond();
        int earliest = r.earliest().map(LocalTime::toSecondOfDay).orElse(-1);
        int latest = r.latest().map(LocalTime::toSecondOfDay).orElse(-1);
        for (int s = 0; s + length <= steps; s++) {
            if (r.weeks() <= 1 && startSecond + (long) (s + length) * STEP.getSeconds() > last) continue;
            boolean fine = true;
            for (int a = 0; a < secondOfDay.length && fine; a++) {
                int begins = secondOfDay[a][s];
                int ends = secondOfDay[a][s + length];
                boolean sameDay = epochDay[a][s + length] == epochDay[a][s] || ends == 0 && epochDay[a][s + length] == epochDay[a][s] + 1;
                if (earliest >= 0 && begins < earliest) fine = false;
                if (latest >= 0 && (!sameDay || (ends == 0 ? 86_400 : ends) > latest)) fine = false;
            }
            ok[s] = fine;
        }
        return ok;
    }

    /** How far each slot is from the middle of everyone's working day, summed in quarter hours: lower is more comfortable. */
    private static int[] centrality(Request r, int slots, int length, int[][] secondOfDay) {
        int[] c = new int[Math.max(slots, 0)];
        int half = (int) (STEP.getSeconds() * length / 2);
        for (int a = 0; a < secondOfDay.length; a++) {
            Attendee at = r.attendees().get(a);
            int middle = (at.start().toSecondOfDay() + at.end().toSecondOfDay()) / 2;
            for (int s = 0; s < slots; s++) {
                int local = (secondOfDay[a][s] + half) % 86_400;
                c[s] += Math.abs(local - middle) / 900;
            }
        }
        return c;
    }

    /** The best slots that do not overlap, at most two on a day, so the answer offers real choices. */
    private static List<Integer> pick(List<Integer> ranked, int length, int limit, Instant start, ZoneId zone) {
        List<Integer> chosen = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int s : ranked) {
            if (chosen.size() == limit) break;
            boolean overlaps = chosen.stream().anyMatch(c -> Math.abs(c - s) < length);
            LocalDate day = LocalDateTime.ofInstant(start.plus(STEP.multipliedBy(s)), zone).toLocalDate();
            if (overlaps || perDay.getOrDefault(day, 0) >= 2) continue;
            perDay.merge(day, 1, Integer::sum);
            chosen.add(s);
        }
        return chosen;
    }

    private Slot slot(Request r, Instant start, int s, int length, int[][] slotCost, Fit[][] fit) {
        Instant from = start.plus(STEP.multipliedBy(s));
        Instant to = from.plus(r.duration());
        List<Local> locals = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>();
        int total = 0;
        for (int a = 0; a < r.attendees().size(); a++) {
            Attendee at = r.attendees().get(a);
            Fit worst = Fit.WORKING;
            for (int k = 0; k < length; k++) if (fit[a][s + k].ordinal() > worst.ordinal()) worst = fit[a][s + k];
            LocalDateTime begins = LocalDateTime.ofInstant(from, at.zone());
            LocalDateTime ends = LocalDateTime.ofInstant(to, at.zone());
            Days.Day day = days.day(at.country(), at.subdivision(), begins.toLocalDate(), at.ownWeek());
            String note = switch (worst) {
                case WORKING -> day.stopsAt().isPresent() ? "half day, within hours" : "within working hours";
                case EARLY_OR_LATE -> begins.toLocalTime().isBefore(at.start()) ? "before their working day (" + at.start() + ")"
                        : "after their working day (" + day.stopsAt().filter(x -> x.isBefore(at.end())).orElse(at.end()) + ")";
                case NIGHT -> "at night";
                case DAY_OFF -> day.reason().isEmpty() ? "a day off" : day.reason();
                case BUSY -> "busy: " + at.busy().stream().filter(b -> b.start().isBefore(to) && b.end().isAfter(from)).map(Busy::what)
                        .findFirst().orElse("another meeting");
            };
            ZoneOffset offset = at.zone().getRules().getOffset(from);
            locals.add(new Local(at.name(), at.zone(), begins, ends, offset.getId().equals("Z") ? "+00:00" : offset.getId(), worst,
                    slotCost[a][s], note));
            total += slotCost[a][s];
            flags.addAll(flags(at, begins.toLocalDate()));
        }
        return new Slot(from, to, total, locals, List.copyOf(flags));
    }

    /** What a demanding planner would want to know about the day: next to a holiday, during Ramadan, a half day, an estimated date. */
    private List<String> flags(Attendee a, LocalDate date) {
        List<String> flags = new ArrayList<>();
        Days.Day day = days.day(a.country(), a.subdivision(), date, a.ownWeek());
        if (day.holiday().isPresent() && day.working()) flags.add(a.country() + ": " + day.holiday().get().englishName() + " (an observance; work goes on)");
        for (int d : new int[]{-1, 1}) {
            Days.Day next = days.day(a.country(), a.subdivision(), date.plusDays(d), a.ownWeek());
            if (day.working() && next.holiday().isPresent() && !next.working()) {
                flags.add(a.country() + ": the day " + (d < 0 ? "after " : "before ") + next.holiday().get().englishName()
                        + " — people may take the day off");
            }
        }
        Ramadan.during(a.country(), date).ifPresent(flags::add);
        return flags;
    }

    List<String> notes(Request r, Instant start, Instant end) {
        List<String> notes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Attendee a : r.attendees()) {
            for (int y = r.from().getYear(); y <= LocalDateTime.ofInstant(end, ZoneOffset.UTC).getYear(); y++) {
                if (!days.knowsHolidays(a.country(), a.subdivision(), y) && seen.add(a.country())) {
                    notes.add("The holidays of " + a.country() + " in " + y + " are not taken into account: " + days.whyUnknown(a.country(), a.subdivision(), y));
                }
            }
            ZoneOffsetTransition t = a.zone().getRules().nextTransition(start.minusSeconds(1));
            while (t != null && t.getInstant().isBefore(end)) {
                String n = "Clocks in " + a.zone().getId() + " go " + (t.isGap() ? "forward" : "back") + " on "
                        + t.getDateTimeBefore().toLocalDate() + " (" + t.getOffsetBefore().getId() + " → " + t.getOffsetAfter().getId()
                        + "): local times after it differ by " + Duration.ofSeconds(Math.abs(t.getOffsetAfter().getTotalSeconds()
                        - t.getOffsetBefore().getTotalSeconds())).toMinutes() + " minutes";
                if (seen.add(n)) notes.add(n);
                t = a.zone().getRules().nextTransition(t.getInstant());
            }
        }
        return notes;
    }

    /** Why nothing fits: each person's days off in the range, and pairs whose working hours never meet. */
    private List<String> why(Request r, Instant start, int steps, Fit[][] fit, boolean[] allowed, boolean noSlotAtAll) {
        List<String> why = new ArrayList<>();
        int n = r.attendees().size();
        for (int a = 0; a < n; a++) {
            Attendee at = r.attendees().get(a);
            List<String> parts = new ArrayList<>();
            // a week either side: a holiday of 1 January can be observed on 31 December, one of 31 December on 2 January
            int firstYear = Math.max(HolidayService.FIRST_YEAR, r.from().minusDays(7).getYear());
            int lastYear = Math.min(HolidayService.LAST_YEAR, r.to().plusDays(7).getYear());
            for (int y = firstYear; y <= lastYear; y++) {
                for (io.meridian.api.calendar.Holiday h : days.holidays(at.country(), at.subdivision(), y)) {
                    if (h.type() == io.meridian.api.calendar.Holiday.Type.OBSERVANCE) continue;
                    LocalDate off = h.observedOn().orElse(h.date());
                    boolean inRange = !off.isBefore(r.from()) && !off.isAfter(r.to()) || !h.date().isBefore(r.from()) && !h.date().isAfter(r.to());
                    if (inRange && (h.date().getYear() == y)) {
                        parts.add(h.englishName() + " (" + short_(h.date()) + h.observedOn().map(o -> ", observed " + short_(o)).orElse("")
                                + (h.confirmed() ? "" : ", estimated") + ")");
                    }
                }
            }
            if (!parts.isEmpty()) why.add(at.name() + " (" + at.country() + ") has holidays in the range: " + String.join(", ", parts));
            boolean works = false;
            boolean busy = false;
            for (Fit f : fit[a]) {
                works |= f == Fit.WORKING;
                busy |= f == Fit.BUSY;
            }
            if (!works && busy) {
                why.add(at.name() + " is busy whenever they work in the range ("
                        + String.join(", ", at.busy().stream().map(Busy::what).distinct().limit(5).toList()) + ")");
            } else if (!works) {
                Set<String> reasons = new LinkedHashSet<>();
                for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
                    Days.Day day = days.day(at.country(), at.subdivision(), d, at.ownWeek());
                    if (!day.working()) reasons.add(day.reason());
                }
                why.add(at.name() + " (" + at.country() + ") does not work in the range: "
                        + (reasons.isEmpty() ? "no hour of it is inside their working hours" : String.join("; ", reasons)));
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                boolean meet = false;
                for (int i = 0; i < steps && !meet; i++) meet = fit[a][i] == Fit.WORKING && fit[b][i] == Fit.WORKING;
                if (!meet) {
                    Attendee x = r.attendees().get(a);
                    Attendee y = r.attendees().get(b);
                    why.add("the working hours of " + x.name() + " (" + x.start() + "-" + x.end() + " " + x.zone().getId() + ") and " + y.name()
                            + " (" + y.start() + "-" + y.end() + " " + y.zone().getId() + ") never overlap on a day both work");
                }
            }
        }
        if (why.isEmpty()) why.add("no quarter hour in the range is inside everyone's working hours at once");
        if (noSlotAtAll && (r.earliest().isPresent() || r.latest().isPresent())) {
            why.add("no slot is possible at all within the earliest and latest times given; widen them");
        } else if (noSlotAtAll) {
            why.add("every slot in the range collides with someone's busy time; widen the range");
        }
        return why;
    }

    /** Who is busy at slot {@code s}. */
    private static List<String> busyAt(Request r, int[][] slotCost, int s) {
        List<String> who = new ArrayList<>();
        for (int a = 0; a < slotCost.length; a++) if (slotCost[a][s] >= BUSY) who.add(r.attendees().get(a).name() + " is busy");
        return who;
    }

    /** The weekly candidate whose occurrence {@code week} is step {@code step}, or -1. */
    private static int candidateOf(int[][] stepOf, int step, int week) {
        for (int c = 0; c < stepOf.length; c++) if (stepOf[c][week] == step) return c;
        return -1;
    }

    private static String short_(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /**
     * A weekly meeting: the same time of week each week (in the organiser's zone), or, with
     * {@code rotate}, each week the time that keeps everyone's total inconvenience most even.
     */
    private Plan recurring(Request r, Instant start, int length, int[][] slotCost, Fit[][] fit, boolean[] allowed, int weeks, List<String> notes) {
        int n = r.attendees().size();
        int perWeek = 7 * 96;
        int weekSlots = perWeek;
        // a candidate is a start within the first week; its occurrence w is the same local time in the organiser's zone w weeks later
        int[][] stepOf = new int[weekSlots][weeks];
        String[][] moved = new String[weekSlots][];
        for (int c = 0; c < weekSlots; c++) {
            LocalDateTime local = LocalDateTime.ofInstant(start.plus(STEP.multipliedBy(c)), r.organiserZone());
            // the same wall-clock time each week; a time the clocks skip or repeat that week is said, never moved silently
            List<WallClock.Resolved> weekly = WallClock.weekly(local, r.organiserZone(), weeks);
            for (int w = 0; w < weeks; w++) {
                WallClock.Resolved resolved = weekly.get(w);
                if (resolved.kind() != WallClock.Kind.EXACT) {
                    if (moved[c] == null) moved[c] = new String[weeks];
                    moved[c][w] = resolved.explanation().orElse("");
                }
                Instant at = resolved.at().toInstant();
                long idx = Duration.between(start, at).toMinutes() / STEP.toMinutes();
                stepOf[c][w] = idx >= 0 && idx < slotCost[0].length && allowed[(int) idx] ? (int) idx : -1;
            }
        }
        // a time someone is busy is never proposed, as for a single meeting: that week is left out and said
        boolean[] busy = new boolean[slotCost[0].length];
        for (int s = 0; s < busy.length; s++) for (int a = 0; a < n && !busy[s]; a++) busy[s] = slotCost[a][s] >= BUSY;
        int[] burden = new int[n];
        List<Occurrence> occurrences = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        int fixed = -1;
        if (!r.rotate()) {
            // the time of week that costs least over all the weeks; a week someone is busy then costs what a busy slot costs,
            // and is left out rather than held on the busy time
            long best = Long.MAX_VALUE;
            for (int c = 0; c < weekSlots; c++) {
                long total = 0;
                for (int w = 0; w < weeks && total < best; w++) {
                    int s = stepOf[c][w];
                    if (s < 0) {
                        total = Long.MAX_VALUE;
                        break;
                    }
                    for (int a = 0; a < n; a++) total += slotCost[a][s];
                }
                if (total < best) {
                    best = total;
                    fixed = c;
                }
            }
            if (fixed < 0) throw new IllegalArgumentException("no weekly time is possible within the earliest and latest times given; widen them");
        }
        for (int w = 0; w < weeks; w++) {
            int chosen = -1;
            if (!r.rotate()) {
                chosen = stepOf[fixed][w];
                if (busy[chosen]) {
                    clashes.add("week " + (w + 1) + " (" + String.join(", ", busyAt(r, slotCost, chosen)) + ")");
                    continue;
                }
            } else {
                long best = Long.MAX_VALUE;
                for (int c = 0; c < weekSlots; c++) {
                    int s = stepOf[c][w];
                    if (s < 0 || busy[s]) continue;
                    long total = 0;
                    int heaviest = 0;
                    for (int a = 0; a < n; a++) {
                        total += slotCost[a][s];
                        heaviest = Math.max(heaviest, burden[a] + slotCost[a][s]);
                    }
                    // the heaviest running burden first, so the cost moves round; then the total
                    long score = (long) heaviest * 1000 + total;
                    if (score < best) {
                        best = score;
                        chosen = s;
                    }
                }
            }
            if (chosen < 0) {
                skipped.add(w + 1);
                continue;
            }
            for (int a = 0; a < n; a++) burden[a] += slotCost[a][chosen];
            Slot slot = slot(r, start, chosen, length, slotCost, fit);
            int candidate = candidateOf(stepOf, chosen, w);
            if (candidate >= 0 && moved[candidate] != null && moved[candidate][w] != null) {
                List<String> flags = new ArrayList<>(slot.flags());
                flags.add(0, moved[candidate][w]);
                slot = new Slot(slot.start(), slot.end(), slot.cost(), slot.locals(), flags);
            }
            occurrences.add(new Occurrence(w + 1, slot));
        }
        Map<String, Integer> byName = new java.util.LinkedHashMap<>();
        for (int a = 0; a < n; a++) byName.put(r.attendees().get(a).name(), burden[a]);
        boolean fits = skipped.isEmpty() && clashes.isEmpty() && occurrences.stream().allMatch(o -> o.slot().cost() == 0);
        List<String> why = new ArrayList<>();
        if (occurrences.stream().anyMatch(o -> o.slot().cost() > 0)) {
            why.add("no weekly time is inside everyone's working hours every week; "
                    + (r.rotate() ? "the inconvenience rotates: see each person's burden" : "the same people pay every week; ask to rotate it"));
        }
        if (!skipped.isEmpty()) why.add("no time is possible in week " + skipped + " within the earliest and latest times given, or outside everyone's busy times");
        if (!clashes.isEmpty()) why.add("the weekly time is left out where someone is busy then: " + String.join("; ", clashes));
        return new Plan(fits, occurrences.isEmpty() ? List.of() : List.of(occurrences.get(0).slot()), why, notes, occurrences, byName);
    }
}
