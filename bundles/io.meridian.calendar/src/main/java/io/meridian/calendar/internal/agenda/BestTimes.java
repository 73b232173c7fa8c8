package io.meridian.calendar.internal.agenda;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.calendar.internal.plan.Days;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * When to act, on the partner's clock: a message lands best early in their working day (it is
 * read that morning, not buried under the day's mail); a call needs a time inside both working
 * days; a greeting belongs on the day itself, morning their time. Each window is converted to
 * the user's zone and says whether the user must schedule it rather than act then.
 */
public final class BestTimes {

    /** How long a message window lasts from the start of their day. */
    static final Duration MESSAGE_WINDOW = Duration.ofHours(2);
    /** The shortest overlap worth proposing for a call. */
    static final Duration CALL = Duration.ofMinutes(30);
    /** How far ahead to look for a working day or an overlap. */
    static final int LOOK_AHEAD_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Days days;
    private final ZoneId userZone;
    private final WorkingHours userHours;

    public BestTimes(Days days, ZoneId userZone, WorkingHours userHours) {
        this.days = days;
        this.userZone = userZone;
        this.userHours = userHours;
    }

    /** Someone to act towards: where they are and when they work. */
    public record Partner(ZoneId zone, String country, Optional<String> subdivision, WorkingHours hours) {
        /** The days they work when they keep their own week rather than their country's. */
        public Optional<java.util.Set<DayOfWeek>> ownWeek() {
            return hours.days().isEmpty() ? Optional.empty() : Optional.of(hours.days());
        }
    }

    /**
     * The first two hours of their next working day on or after {@code from} (their date) that
     * have not passed at {@code now}; today's rest of the window if it is still open.
     */
    public Optional<Agenda.BestTime> message(Partner p, LocalDate from, Instant now) {
        for (int i = 0; i < LOOK_AHEAD_DAYS; i++) {
            LocalDate date = from.plusDays(i);
            Days.Day day = days.day(p.country(), p.subdivision(), date, p.ownWeek());
            if (!day.working()) continue;
            LocalTime stop = day.stopsAt().filter(s -> s.isBefore(p.hours().end())).orElse(p.hours().end());
            ZonedDateTime start = date.atTime(p.hours().start()).atZone(p.zone());
            ZonedDateTime end = start.plus(MESSAGE_WINDOW);
            ZonedDateTime dayEnd = date.atTime(stop).atZone(p.zone());
            if (end.isAfter(dayEnd)) end = dayEnd;
            if (!end.toInstant().isAfter(now)) continue;
            if (start.toInstant().isBefore(now)) start = quarter(now).atZone(p.zone());
            if (!start.isBefore(end)) continue;
            return Optional.of(window("send", start, end));
        }
        return Optional.empty();
    }

    /** A time inside both working days, on the first day both work from {@code from}; a message window when they never meet. */
    public Optional<Agenda.BestTime> call(Partner p, LocalDate from, Instant now) {
        for (int i = 0; i < LOOK_AHEAD_DAYS; i++) {
            LocalDate date = from.plusDays(i);
            Days.Day day = days.day(p.country(), p.subdivision(), date, p.ownWeek());
            if (!day.working()) continue;
            LocalTime stop = day.stopsAt().filter(s -> s.isBefore(p.hours().end())).orElse(p.hours().end());
            Instant theirStart = date.atTime(p.hours().start()).atZone(p.zone()).toInstant();
            Instant theirEnd = date.atTime(stop).atZone(p.zone()).toInstant();
            // the user's working days that touch theirs
            LocalDate userDate = LocalDateTime.ofInstant(theirStart, userZone).toLocalDate();
            for (LocalDate u = userDate.minusDays(1); !u.isAfter(userDate.plusDays(1)); u = u.plusDays(1)) {
                if (!userWorks(u.getDayOfWeek())) continue;
                Instant userStart = u.atTime(userHours.start()).atZone(userZone).toInstant();
                Instant userEnd = u.atTime(userHours.end()).atZone(userZone).toInstant();
                Instant start = max(max(theirStart, userStart), quarter(now));
                Instant end = min(theirEnd, userEnd);
                if (Duration.between(start, end).compareTo(CALL) >= 0) {
                    return Optional.of(window("call", start.atZone(p.zone()), end.atZone(p.zone())));
                }
            }
        }
        return message(p, from, now).map(m -> new Agenda.BestTime(m.theirStart(), m.theirEnd(), m.yourStart(), m.yourEnd(), m.insideYourDay(),
                m.advice() + " (your working days never overlap theirs for a call: write instead)"));
    }

    /** The morning of a given day their time (a birthday, a holiday greeting), or the rest of it if it has begun. */
    public Optional<Agenda.BestTime> onTheDay(Partner p, LocalDate date, Instant now) {
        ZonedDateTime start = date.atTime(LocalTime.of(8, 0)).atZone(p.zone());
        ZonedDateTime end = date.atTime(LocalTime.of(10, 0)).atZone(p.zone());
        ZonedDateTime last = date.atTime(LocalTime.of(20, 0)).atZone(p.zone());
        if (!end.toInstant().isAfter(now)) {
            if (!last.toInstant().isAfter(now)) return Optional.empty();
            start = quarter(now).atZone(p.zone());
            end = last;
        } else if (start.toInstant().isBefore(now)) {
            start = quarter(now).atZone(p.zone());
        }
        return Optional.of(window("send", start, end));
    }

    private Agenda.BestTime window(String verb, ZonedDateTime theirStart, ZonedDateTime theirEnd) {
        ZonedDateTime yourStart = theirStart.withZoneSameInstant(userZone);
        ZonedDateTime yourEnd = theirEnd.withZoneSameInstant(userZone);
        boolean inside = userWorks(yourStart.getDayOfWeek())
                && !yourStart.toLocalTime().isBefore(userHours.start()) && !yourEnd.toLocalTime().isAfter(userHours.end())
                && yourStart.toLocalDate().equals(yourEnd.toLocalDate());
        String advice = verb + " " + TIME.format(theirStart) + "–" + TIME.format(theirEnd) + " their time (" + DAY.format(theirStart) + ") = "
                + TIME.format(yourStart) + "–" + TIME.format(yourEnd) + " yours"
                + (yourStart.toLocalDate().equals(theirStart.toLocalDate()) ? "" : " (" + DAY.format(yourStart) + ")")
                + (inside ? "" : ": schedule it");
        return new Agenda.BestTime(theirStart, theirEnd, yourStart, yourEnd, inside, advice);
    }

    /** Whether the user works on that day: their own days if their hours name them, else Monday to Friday. */
    private boolean userWorks(DayOfWeek day) {
        return userHours.days().isEmpty() ? day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY : userHours.days().contains(day);
    }

    /** The next quarter hour at or after {@code at}. */
    static Instant quarter(Instant at) {
        long q = 15 * 60;
        long s = at.getEpochSecond();
        return Instant.ofEpochSecond(((s + q - 1) / q) * q);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
