package io.meridian.calendar.internal.plan;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everyone's hours side by side: one row per attendee, one column per hour of the organiser's
 * days, each cell the attendee's local time there and how the planner sees it (working, early
 * or late, night, a day off, busy) with the holiday of that local day.
 *
 * <p>The cells are read from the planner's own quarter-hour classification
 * ({@link MeetingPlanner#costs}), never worked out again, so the grid and the ranked slots
 * cannot disagree: a one-hour meeting at a column's start costs each attendee exactly their
 * cell's cost, and fits exactly when the column does.
 */
public final class MeetingGrid {

    /** The most days one grid shows; a longer range is planned, not drawn. */
    public static final int MAX_DAYS = 14;
    private static final int QUARTERS = (int) (Duration.ofHours(1).toMinutes() / MeetingPlanner.STEP.toMinutes());

    /**
     * One hour of the organiser's day.
     *
     * @param start the instant the hour starts
     * @param local the organiser's wall-clock time then
     * @param cost what a one-hour meeting then costs everyone together (the planner's cost)
     * @param fits whether the hour is inside everyone's working hours at no cost
     * @param allowed whether a meeting of the request's length may start then: inside the range and the earliest and latest times
     */
    public record Column(Instant start, LocalDateTime local, int cost, boolean fits, boolean allowed) {
    }

    /**
     * One attendee during one hour.
     *
     * @param local their wall-clock time when the hour starts
     * @param offset their offset from UTC then, "+09:00"
     * @param fit the worst of the hour's quarter hours for them, as the planner ranks it
     * @param quarters each quarter hour's fit, for an hour that changes within (work starts at 09:30)
     * @param cost the planner's cost of the hour for them (its worst quarter hour)
     * @param holiday the holiday on their local day, a day off or an observance
     * @param note the hour in words: "before their working day (09:00)", "Saturday, not a working day in JP"
     */
    public record Cell(LocalDateTime local, String offset, MeetingPlanner.Fit fit, List<MeetingPlanner.Fit> quarters, int cost,
                       Optional<Holiday> holiday, String note) {
        public Cell {
            quarters = List.copyOf(quarters);
        }

        /** Whether the hour is not all of one kind for them. */
        public boolean mixed() {
            return quarters.stream().distinct().count() > 1;
        }
    }

    /** One attendee's hours, in the order of the columns. */
    public record Row(MeetingPlanner.Attendee attendee, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The answer.
     *
     * @param notes what the grid rests on, as the planner says it: a country no holiday calendar covers, a clock change
     */
    public record Grid(ZoneId zone, LocalDate from, LocalDate to, List<Column> columns, List<Row> rows, List<String> notes) {
        public Grid {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    private final Days days;
    private final MeetingPlanner planner;

    public MeetingGrid(Days days) {
        this.days = days;
        this.planner = new MeetingPlanner(days);
    }

    /**
     * The grid of {@code r}'s attendees over its days, {@code from} to {@code to} in the organiser's
     * zone. Its limit, weeks and rotation are not used: they choose among slots, and the grid shows
     * every hour.
     *
     * @throws IllegalArgumentException naming what is wrong with the request and how to fix it
     */
    public Grid grid(MeetingPlanner.Request r) {
        check(r);
        ZoneId zone = r.organiserZone();
        Instant start = r.from().atStartOfDay(zone).toInstant();
        Instant end = r.to().plusDays(1).atStartOfDay(zone).toInstant();
        long stepSeconds = MeetingPlanner.STEP.getSeconds();
        int steps = (int) (Duration.between(start, end).getSeconds() / stepSeconds);
        int n = r.attendees().size();
        int[][] cost = new int[n][steps];
        MeetingPlanner.Fit[][] fit = new MeetingPlanner.Fit[n][steps];
        int[][] secondOfDay = new int[n][steps + 1];
        long[][] epochDay = new long[n][steps + 1];
        for (int a = 0; a < n; a++) {
            planner.costs(r, r.attendees().get(a), start.getEpochSecond(), cost[a], fit[a], secondOfDay[a], epochDay[a]);
        }
        int length = (int) (r.duration().toMinutes() / MeetingPlanner.STEP.toMinutes());
        boolean[] allowed = MeetingPlanner.allowed(r, start.getEpochSecond(), steps, length, secondOfDay, epochDay);

        List<Column> columns = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (int a = 0; a < n; a++) cells.add(new ArrayList<>());
        // an hour of the organiser's clock is four quarter hours of elapsed time, also on a day the clocks change
        // (23 or 25 columns then); a zone whose clocks move by half an hour ends its day on a shorter column
        for (int first = 0; first < steps; first += QUARTERS) {
            int last = Math.min(first + QUARTERS, steps);
            Instant at = start.plusSeconds(first * stepSeconds);
            int total = 0;
            boolean fits = true;
            for (int a = 0; a < n; a++) {
                Cell cell = cell(r.attendees().get(a), at, cost[a], fit[a], first, last);
                cells.get(a).add(cell);
                total += cell.cost();
                fits &= cell.fit() == MeetingPlanner.Fit.WORKING && cell.cost() == 0;
            }
            columns.add(new Column(at, LocalDateTime.ofInstant(at, zone), total, fits, first + length <= steps && allowed[first]));
        }
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < n; a++) rows.add(new Row(r.attendees().get(a), cells.get(a)));
        return new Grid(zone, r.from(), r.to(), columns, rows, planner.notes(r, start, end));
    }

    private Cell cell(MeetingPlanner.Attendee a, Instant at, int[] cost, MeetingPlanner.Fit[] fit, int first, int last) {
        MeetingPlanner.Fit worst = MeetingPlanner.Fit.WORKING;
        int highest = 0;
        List<MeetingPlanner.Fit> quarters = new ArrayList<>();
        for (int i = first; i < last; i++) {
            quarters.add(fit[i]);
            if (fit[i].ordinal() > worst.ordinal()) worst = fit[i];
            highest = Math.max(highest, cost[i]);
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, a.zone());
        ZoneOffset offset = a.zone().getRules().getOffset(at);
        Days.Day day = days.day(a.country(), a.subdivision(), local.toLocalDate(), a.ownWeek());
        return new Cell(local, offset.getId().equals("Z") ? "+00:00" : offset.getId(), worst, quarters, highest, day.holiday(),
                note(a, at, local, day, worst, quarters, highest));
    }

    /** The hour in words, as the planner's slots say it, so that the grid and a slot read alike. */
    private static String note(MeetingPlanner.Attendee a, Instant at, LocalDateTime local, Days.Day day, MeetingPlanner.Fit worst,
                               List<MeetingPlanner.Fit> quarters, int cost) {
        LocalTime ends = day.stopsAt().filter(s -> s.isBefore(a.end())).orElse(a.end());
        String observance = day.working() ? day.holiday().map(h -> "; " + h.englishName() + " (an observance; work goes on)").orElse("") : "";
        return switch (worst) {
            // inside working hours only lunch costs anything
            case WORKING -> (cost > 0 ? "over their lunch hour" : day.stopsAt().isPresent() ? "half day, within hours" : "within working hours")
                    + observance;
            case EARLY_OR_LATE -> (quarters.contains(MeetingPlanner.Fit.WORKING)
                    ? quarters.get(0) == MeetingPlanner.Fit.WORKING ? "their working day ends at " + ends : "their working day starts at " + a.start()
                    : local.toLocalTime().isBefore(a.start()) ? "before their working day (" + a.start() + ")" : "after their working day (" + ends + ")")
                    + observance;
            case NIGHT -> "at night" + observance;
            case DAY_OFF -> day.reason().isEmpty() ? "a day off" : day.reason();
            case BUSY -> "busy: " + a.busy().stream().filter(b -> b.start().isBefore(at.plus(Duration.ofHours(1))) && b.end().isAfter(at))
                    .map(MeetingPlanner.Busy::what).findFirst().orElse("another meeting");
        };
    }

    private static void check(MeetingPlanner.Request r) {
        if (r.attendees().isEmpty()) throw new IllegalArgumentException("attendees: name at least one person to show");
        if (r.attendees().size() > MeetingPlanner.MAX_ATTENDEES) {
            throw new IllegalArgumentException("attendees: " + r.attendees().size() + " people; the grid shows at most " + MeetingPlanner.MAX_ATTENDEES);
        }
        if (r.from().getYear() < HolidayService.FIRST_YEAR || r.to().getYear() >= HolidayService.LAST_YEAR) {
            throw new IllegalArgumentException("the range " + r.from() + " to " + r.to() + " is outside the years the calendar works out ("
                    + HolidayService.FIRST_YEAR + " to " + (HolidayService.LAST_YEAR - 1) + ")");
        }
        if (r.to().isBefore(r.from())) {
            throw new IllegalArgumentException("the range ends (" + r.to() + ") before it starts (" + r.from() + "); swap the dates");
        }
        long span = ChronoUnit.DAYS.between(r.from(), r.to()) + 1;
        if (span > MAX_DAYS) {
            throw new IllegalArgumentException("the grid covers " + span + " days; ask for at most " + MAX_DAYS + " days at a time (to at most "
                    + r.from().plusDays(MAX_DAYS - 1) + ")");
        }
        long minutes = r.duration().toMinutes();
        if (minutes < MeetingPlanner.STEP.toMinutes() || minutes % MeetingPlanner.STEP.toMinutes() != 0 || minutes > 8 * 60) {
            throw new IllegalArgumentException("duration: " + minutes + " minutes; give a multiple of 15 minutes from 15 to 480 (8 hours)");
        }
    }
}
