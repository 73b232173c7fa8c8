package io.meridian.benchmark.calendar;

import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.plan.MeetingPlanner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of the meeting planner: the least work any planner must do for the same question.
 * For every attendee, every quarter hour of the range is turned into their local day and time
 * of day (from their zone's offset, which changes only at the zone's transitions, found with
 * {@link ZoneRules}) and the day looked up among their working days; a quarter hour costs 0
 * inside their working hours on a working day, 1 outside them, 2 on a day off. Then each slot's
 * cost to each attendee is the worst quarter hour in it, and the slot's cost the sum over the
 * attendees. No explanation, no flags, no ranking, no choice of slots.
 *
 * <p>The working days are worked out once, before any run, with the planner's own
 * {@link Days} (so the floor and the planner agree on which days are worked), as a table by
 * day; the floor is timed without that, as if every attendee's year came ready-made. Local times
 * are plain numbers (epoch seconds plus the offset), not date-time objects: the cheapest way
 * known, and the one the planner itself uses.
 */
final class PlannerFloor {

    private static final long STEP_SECONDS = MeetingPlanner.STEP.getSeconds();
    private static final long SECONDS_PER_DAY = 86_400;

    /**
     * One attendee as the floor needs them.
     *
     * @param working by local day, from the day before the range: whether they work that day
     */
    private record Person(ZoneRules rules, int startSecond, int endSecond, boolean[] working) {
    }

    /**
     * @param fitting slots inside everyone's working hours
     * @param least the lowest slot cost (0 when one fits)
     */
    record Answer(int fitting, int least) {
    }

    private final List<Person> people = new ArrayList<>();
    /** The epoch day of the day before the range, index 0 of every {@link Person#working}. */
    private final long firstDay;
    private final Instant start;
    private final int steps;
    private final int length;

    /** For {@code request}, on the working days {@code days} gives. */
    PlannerFloor(MeetingPlanner.Request request, Days days) {
        start = request.from().atStartOfDay(request.organiserZone()).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(request.organiserZone()).toInstant();
        steps = (int) ((end.getEpochSecond() - start.getEpochSecond()) / STEP_SECONDS);
        length = (int) (request.duration().getSeconds() / STEP_SECONDS);
        // a local day can be a day before or after the organiser's
        firstDay = request.from().minusDays(1).toEpochDay();
        int dayCount = (int) (request.to().plusDays(1).toEpochDay() - firstDay + 1);
        for (MeetingPlanner.Attendee a : request.attendees()) {
            boolean[] working = new boolean[dayCount];
            for (int d = 0; d < dayCount; d++) {
                working[d] = days.day(a.country(), a.subdivision(), LocalDate.ofEpochDay(firstDay + d), a.ownWeek()).working();
            }
            people.add(new Person(a.zone().getRules(), a.start().toSecondOfDay(), a.end().toSecondOfDay(), working));
        }
    }

    Answer run() {
        int fitting = 0;
        int least = Integer.MAX_VALUE;
        for (int t : totals()) {
            if (t == 0) fitting++;
            least = Math.min(least, t);
        }
        return new Answer(fitting, least);
    }

    /** Whether the slot starting at {@code slotStart} costs nobody anything; for checking the planner's answer. */
    boolean fits(Instant slotStart) {
        long s = (slotStart.getEpochSecond() - start.getEpochSecond()) / STEP_SECONDS;
        int[] totals = totals();
        return s >= 0 && s < totals.length && totals[(int) s] == 0;
    }

    /** Each slot's cost, summed over the attendees, by its start in quarter hours from the start of the range. */
    private int[] totals() {
        int slots = steps - length + 1;
        int[] total = new int[slots];
        int[] cell = new int[steps];
        for (Person p : people) {
            ZoneRules rules = p.rules();
            int offset = rules.getOffset(start).getTotalSeconds();
            ZoneOffsetTransition next = rules.nextTransition(start);
            long nextAt = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            long at = start.getEpochSecond();
            for (int i = 0; i < steps; i++, at += STEP_SECONDS) {
                if (at >= nextAt) {
                    offset = next.getOffsetAfter().getTotalSeconds();
                    next = rules.nextTransition(next.getInstant());
                    nextAt = next == null ? Long.MAX_VALUE : next.toEpochSecond();
                }
                long local = at + offset;
                long day = Math.floorDiv(local, SECONDS_PER_DAY);
                if (!p.working()[(int) (day - firstDay)]) {
                    cell[i] = 2;
                } else {
                    long second = local - day * SECONDS_PER_DAY;
                    cell[i] = second >= p.startSecond() && second < p.endSecond() ? 0 : 1;
                }
            }
            for (int s = 0; s < slots; s++) {
                int worst = cell[s];
                for (int k = 1; k < length; k++) worst = Math.max(worst, cell[s + k]);
                total[s] += worst;
            }
        }
        return total;
    }
}
