package io.meridian.api.calendar;

import io.meridian.api.contacts.WorkingHours;
import org.osgi.annotation.versioning.ProviderType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stay-in-touch agenda: who to contact, about what, and when in their local time; and
 * whether now is a good time to message someone.
 *
 * @since 1.1
 */
@ProviderType
public interface Agenda {

    /** The longest window an agenda covers, in days after the first. */
    int MAX_DAYS = 60;

    /**
     * The actions from {@code from} (the user's today, usually) through {@code days} days after
     * it, most pressing first: overdue, then by day.
     *
     * @param userZone the user's zone, to which every best time is converted
     * @param userHours the user's own working day, to say whether a best time falls in it
     * @param limit the most items to return; the counts cover them all
     * @throws IllegalArgumentException for a window longer than {@link #MAX_DAYS} or a limit under 1
     */
    View view(LocalDate from, int days, ZoneId userZone, WorkingHours userHours, int limit);

    /**
     * Whether {@code at} is a good time to message a person, and if not, when is.
     *
     * @throws java.util.NoSuchElementException when there is no such person
     * @throws IllegalArgumentException when the person has no time zone or country to judge by
     */
    Advice advise(UUID personId, Instant at, ZoneId userZone, WorkingHours userHours);

    /** What kind of action an item asks for. */
    enum Kind {
        /** one of the user's promises is past its date: deliver, or say when */
        COMMITMENT_LATE,
        /** one of the user's promises is due within two days: deliver, or tell them before the date */
        COMMITMENT_AT_RISK,
        /** one of the user's promises falls due in the window */
        COMMITMENT_DUE,
        /** a promise they made is past its date: a gentle reminder */
        THEIR_COMMITMENT_LATE,
        /** a meeting or call in the last days with nothing since: send the follow-up */
        FOLLOW_UP,
        /** the stay-in-touch cadence is due or past */
        CONTACT_DUE,
        /** the in-person cadence is due or past */
        VISIT_DUE,
        /** their birthday */
        BIRTHDAY,
        /** a holiday of their country that calls for a greeting */
        HOLIDAY_GREETING;

        /** The kind as REST and files name it: {@code holiday-greeting}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One action.
     *
     * @param people who it is about: one person, or everyone in a country for a holiday greeting
     * @param names their names, as many as {@code people} (a greeting lists the first 10)
     * @param due the day it is due, in the user's calendar; before {@code from} when overdue
     * @param overdue whether the due day has passed
     * @param reason why, in words, with the figures behind it
     * @param bestTime when to act in their local time, converted to the user's; empty when they have no zone
     * @param commitmentId for the commitment kinds, the commitment
     * @param key the same action's name from one view to the next, for a calendar or a client to
     *        update rather than add: the promise whatever its state, the person, kind and day, or
     *        the country, holiday and year of a greeting (whose estimated date may still move)
     */
    record Item(Kind kind, List<UUID> people, List<String> names, int count, String country, LocalDate due, boolean overdue, String reason,
                Optional<BestTime> bestTime, Optional<UUID> commitmentId, String key) {
        public Item {
            java.util.Objects.requireNonNull(key, "key");
            people = List.copyOf(people);
            names = List.copyOf(names);
        }
    }

    /**
     * A window to act in, on their clock and on the user's.
     *
     * @param theirStart the window's start in their zone
     * @param yourStart the same instant in the user's zone
     * @param insideYourDay whether the window falls in the user's working day
     * @param advice in words: "send 09:00–11:00 their time (Tue 25 Nov) = 01:00–03:00 yours: schedule it"
     */
    record BestTime(ZonedDateTime theirStart, ZonedDateTime theirEnd, ZonedDateTime yourStart, ZonedDateTime yourEnd, boolean insideYourDay,
                    String advice) {
    }

    /**
     * An agenda.
     *
     * @param counts every item of the window by kind, before the limit
     */
    record View(LocalDate from, LocalDate to, ZoneId zone, List<Item> items, Map<Kind, Integer> counts, int total, List<String> notes) {
        public View {
            items = List.copyOf(items);
            counts = Map.copyOf(counts);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The send-time advisor's answer.
     *
     * @param good whether now is a good time
     * @param theirNow the moment asked about, on their clock
     * @param reason why, in words
     * @param next when it is next a good time, if now is not
     */
    record Advice(UUID personId, String name, boolean good, ZonedDateTime theirNow, String reason, Optional<BestTime> next) {
    }
}
