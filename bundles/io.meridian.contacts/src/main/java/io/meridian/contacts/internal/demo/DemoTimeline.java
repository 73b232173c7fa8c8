package io.meridian.contacts.internal.demo;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.WorkingHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Places the demo book on the calendar: the book's day numbers become dates counted from
 * {@code today}, and each person's rhythm becomes a run of routine interactions, about the
 * rhythm's own topics or else everyday business on that channel. The runs come
 * from a random generator seeded with the book's seed and the person's key, so the same book
 * loaded on the same day always gives the same interactions, and on another day the same ones
 * shifted by the difference.
 */
final class DemoTimeline {

    private static final WorkingHours OFFICE = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    private static final Map<Channel, List<String>> ROUTINE = routine();

    private final LocalDate today;
    private final long seed;

    DemoTimeline(LocalDate today, long seed) {
        this.today = today;
        this.seed = seed;
    }

    /** The date of a day number: 0 is today, -1 yesterday, 5 in five days. */
    LocalDate date(int day) {
        return today.plusDays(day);
    }

    /**
     * Everything that happened between the user and the person, oldest first: their written-out
     * moments, and their rhythm's routine contact counted back from its last day. Each falls in
     * the person's working hours, in their time zone.
     */
    List<NewInteraction> interactions(DemoBook.Contact person) {
        Random random = new Random(seed * 31 + person.key().hashCode());
        ZoneId zone = person.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(person.timeZone());
        WorkingHours hours = person.hours() == null ? OFFICE : WorkingHours.parse(person.hours());
        List<NewInteraction> all = new ArrayList<>();
        for (DemoBook.Moment m : person.moments()) {
            all.add(new NewInteraction(m.channel(), at(m.day(), hours, zone, random), m.direction(), m.summary()));
        }
        DemoBook.Rhythm rhythm = person.rhythm();
        if (rhythm != null) {
            for (int day = rhythm.to(); day >= rhythm.from(); day -= gap(rhythm.every(), random)) {
                Channel channel = rhythm.channels().get(random.nextInt(rhythm.channels().size()));
                Direction direction = random.nextInt(5) < 2 ? Direction.INBOUND : Direction.OUTBOUND;
                List<String> lines = rhythm.topics().isEmpty() ? ROUTINE.get(channel) : rhythm.topics();
                all.add(new NewInteraction(channel, at(day, hours, zone, random), direction, lines.get(random.nextInt(lines.size()))));
            }
        }
        all.sort(Comparator.comparing(NewInteraction::at));
        return all;
    }

    /** Routine contact is never exactly regular: between 70% and 130% of the rhythm. */
    private static int gap(int every, Random random) {
        return Math.max(1, (int) Math.round(every * (0.7 + 0.6 * random.nextDouble())));
    }

    /** A quarter-hour in the working day, ending at least half an hour before it does. */
    private Instant at(int day, WorkingHours hours, ZoneId zone, Random random) {
        int start = hours.start().toSecondOfDay() / 60;
        int last = Math.max(start, hours.end().toSecondOfDay() / 60 - 30);
        int minute = start + 15 * random.nextInt((last - start) / 15 + 1);
        return date(day).atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toInstant();
    }

    private static Map<Channel, List<String>> routine() {
        Map<Channel, List<String>> lines = new EnumMap<>(Channel.class);
        lines.put(Channel.EMAIL, List.of(
                "Exchanged notes on the delivery schedule.",
                "Sent the monthly product update with a personal line on top.",
                "Answered their questions on the latest invoice.",
                "Forwarded an article on port automation they had asked about.",
                "Followed up on two open support tickets.",
                "Agreed the agenda for the next review."));
        lines.put(Channel.CALL, List.of(
                "Quick call to hear how the rollout is going.",
                "Talked through open issues and who does what next.",
                "Caught up on changes in their team.",
                "Call about the renewal timeline.",
                "Checked in after their holidays."));
        lines.put(Channel.VIDEO, List.of(
                "Video review of the dashboard figures.",
                "Showed them the new alert rules.",
                "Monthly sync with their team.",
                "Walked through next quarter's roadmap."));
        lines.put(Channel.MESSAGE, List.of(
                "Short exchange about a delayed shipment.",
                "Congratulated them on a milestone their team posted.",
                "Confirmed the time of the next call.",
                "Sent the link to the release notes."));
        lines.put(Channel.MEETING, List.of(
                "Project meeting with their team on status and risks.",
                "Steering meeting on the next rollout phase."));
        lines.put(Channel.IN_PERSON, List.of(
                "Visited them at their office.",
                "Coffee near their office."));
        return lines;
    }
}
