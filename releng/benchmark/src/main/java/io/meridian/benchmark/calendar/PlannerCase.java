package io.meridian.benchmark.calendar;

import io.meridian.calendar.internal.plan.MeetingPlanner;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The question the planner is measured on, from the issue: a one-hour meeting of 20 people in
 * 15 time zones over four weeks, at the planner's quarter-hour resolution.
 *
 * <p>The zones include the odd offsets (Kathmandu +05:45, Kolkata +05:30, Adelaide +10:30,
 * Chatham +13:45, St. John's −02:30 then −03:30), both hemispheres' summer time, and clock
 * changes inside the range (Europe and Israel on 25 October, North America on 1 November 2026).
 * Of the 16 countries, 13 have a calendar file, among them Sunday-to-Thursday weeks (Saudi
 * Arabia, Israel); three have none (Nepal, New Zealand, Ireland), so the planner knows no
 * holidays there. Nobody's working hours meet everyone else's, so the planner takes its longest
 * path: every slot ranked by cost, the least bad offered, each with who pays and why.
 */
final class PlannerCase {

    static final ZoneId ORGANISER = ZoneId.of("Europe/Berlin");
    static final LocalDate FROM = LocalDate.of(2026, 10, 19);
    static final LocalDate TO = FROM.plusWeeks(4).minusDays(1);
    static final Duration LENGTH = Duration.ofMinutes(60);

    static final List<MeetingPlanner.Attendee> ATTENDEES = List.of(
            attendee("Anna", "Europe/Berlin", "DE", "09:00", "17:00"),
            attendee("Jonas", "Europe/Berlin", "DE", "08:00", "16:00"),
            attendee("Oliver", "Europe/London", "GB", "09:00", "17:30"),
            attendee("Liam", "Europe/London", "IE", "09:30", "17:30"),
            attendee("Sam", "America/New_York", "US", "09:00", "17:00"),
            attendee("Maria", "America/New_York", "US", "08:00", "16:00"),
            attendee("Claire", "America/St_Johns", "CA", "09:00", "17:00"),
            attendee("Fernanda", "America/Sao_Paulo", "BR", "09:00", "18:00"),
            attendee("Luis", "America/Mexico_City", "MX", "09:00", "18:00"),
            attendee("Noa", "Asia/Jerusalem", "IL", "09:00", "17:00"),
            attendee("Khalid", "Asia/Riyadh", "SA", "09:00", "17:00"),
            attendee("Priya", "Asia/Kolkata", "IN", "10:00", "18:00"),
            attendee("Rohan", "Asia/Kolkata", "IN", "09:30", "18:30"),
            attendee("Sita", "Asia/Kathmandu", "NP", "10:00", "17:00"),
            attendee("Mei", "Asia/Singapore", "SG", "09:00", "18:00"),
            attendee("Wei", "Asia/Shanghai", "CN", "09:00", "18:00"),
            attendee("Kenji", "Asia/Tokyo", "JP", "09:00", "18:00"),
            attendee("Yuki", "Asia/Tokyo", "JP", "10:00", "19:00"),
            attendee("Jack", "Australia/Adelaide", "AU", "09:00", "17:00"),
            attendee("Aroha", "Pacific/Chatham", "NZ", "09:00", "17:00"));

    private PlannerCase() {
    }

    static MeetingPlanner.Request request() {
        return request(ATTENDEES);
    }

    /** The planner's request for {@code attendees}: five slots, no earliest or latest time, lunch allowed, a single meeting. */
    static MeetingPlanner.Request request(List<MeetingPlanner.Attendee> attendees) {
        return new MeetingPlanner.Request(attendees, LENGTH, FROM, TO, ORGANISER, Optional.empty(), Optional.empty(), false, 5, 1, false);
    }

    private static MeetingPlanner.Attendee attendee(String name, String zone, String country, String start, String end) {
        return new MeetingPlanner.Attendee(name, ZoneId.of(zone), country, Optional.empty(), LocalTime.parse(start), LocalTime.parse(end),
                Optional.empty(), List.of());
    }
}
