package io.meridian.calendar.internal.service;

import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.calendar.internal.Countries;
import io.meridian.calendar.internal.plan.MeetingPlanner;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who a meeting is for, as the shell and REST name them: a contact (their zone, country,
 * subdivision and working hours come from their record), or someone described on the spot by
 * zone, country and hours.
 */
public final class Participants {

    /** Office hours for anyone who gives none. */
    public static final WorkingHours DEFAULT_HOURS = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    private Participants() {
    }

    /** A contact as an attendee; their hours default to 09:00-17:00. */
    public static MeetingPlanner.Attendee contact(ContactService contacts, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + id + "' is not a contact id; give the id contacts:list shows, or describe the person as "
                    + "Name=Zone,Country[,09:00-17:00]");
        }
        if (contacts == null) throw new ContactsUnavailable("contacts are not available (feature:install contacts); describe the person by zone and country instead");
        Person p = contacts.find(uuid).orElseThrow(() -> new ContactNotFoundException("no contact has the id " + uuid));
        PersonDraft f = p.fields();
        if (f.timeZone() == null) {
            throw new IllegalArgumentException(p.displayName() + " has no time zone; set it on their record (contacts:edit --tz) or describe them by zone");
        }
        if (f.country() == null) {
            throw new IllegalArgumentException(p.displayName() + " has no country; set it on their record (contacts:edit --country) so their holidays count");
        }
        WorkingHours hours = f.workingHours() == null ? DEFAULT_HOURS : f.workingHours();
        return new MeetingPlanner.Attendee(p.displayName(), ZoneId.of(f.timeZone()), f.country(), Optional.ofNullable(f.subdivision()),
                hours.start(), hours.end(), hours.days().isEmpty() ? Optional.empty() : Optional.of(hours.days()), List.of());
    }

    /** Someone described on the spot. */
    public static MeetingPlanner.Attendee adHoc(String name, String zone, String country, Optional<String> subdivision, Optional<String> hours,
                                                Optional<List<String>> workDays) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("each person needs a name to show in the answer");
        ZoneId z = zone(zone);
        String c = Countries.checked(country);
        WorkingHours h = hours.map(WorkingHours::parse).orElse(DEFAULT_HOURS);
        Optional<Set<DayOfWeek>> week = workDays.map(Participants::days).or(() -> h.days().isEmpty() ? Optional.empty() : Optional.of(h.days()));
        return new MeetingPlanner.Attendee(name.strip(), z, c, subdivision.map(s -> s.strip().toUpperCase(Locale.ROOT)), h.start(), h.end(), week, List.of());
    }

    /**
     * Parses {@code Name=Zone,Country[,HOURS]}, the shell's way of describing someone:
     * {@code Kenji=Asia/Tokyo,JP,09:30-18:30}, or with their own days,
     * {@code Omar=Asia/Riyadh,SA,Sun-Thu 08:00-16:00}.
     */
    public static MeetingPlanner.Attendee parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + text + "' is neither a contact id nor Name=Zone,Country[,09:00-17:00] (Kenji=Asia/Tokyo,JP)");
        }
        // the hours come last and may list days with commas of their own: Kenji=Asia/Tokyo,JP,Mon,Wed,Fri 09:00-17:00
        String[] parts = text.substring(eq + 1).split(",", 3);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("'" + text + "': after the name give the zone and the country, and the hours if not 09:00-17:00: "
                    + "Kenji=Asia/Tokyo,JP,09:30-18:30");
        }
        return adHoc(text.substring(0, eq), parts[0].strip(), parts[1].strip(), Optional.empty(),
                parts.length == 3 ? Optional.of(parts[2].strip()) : Optional.empty(), Optional.empty());
    }

    /** A time zone by its IANA id, or an error that suggests one. */
    public static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) throw new IllegalArgumentException("a time zone is needed: an IANA id such as Europe/Berlin");
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            String hint = ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.toLowerCase(Locale.ROOT).endsWith("/" + zone.strip().toLowerCase(Locale.ROOT).replace(' ', '_')))
                    .findFirst().map(id -> " (did you mean " + id + "?)").orElse("");
            throw new IllegalArgumentException("unknown time zone '" + zone + "'" + hint + ": use an IANA id such as Asia/Tokyo or America/Sao_Paulo");
        }
    }

    private static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String n : names) {
            String t = n.strip().toUpperCase(Locale.ROOT);
            DayOfWeek day = null;
            for (DayOfWeek d : DayOfWeek.values()) if (d.name().equals(t) || d.name().startsWith(t) && t.length() == 3) day = d;
            if (day == null) throw new IllegalArgumentException("'" + n + "' is not a weekday: write MON, TUE, WED, THU, FRI, SAT or SUN");
            days.add(day);
        }
        if (days.isEmpty()) throw new IllegalArgumentException("workDays: list at least one working day");
        return days;
    }
}
