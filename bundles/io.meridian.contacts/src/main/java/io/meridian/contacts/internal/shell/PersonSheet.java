package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentStatus;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.Health;
import io.meridian.api.contacts.Interaction;
import io.meridian.api.contacts.Introduction;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.TrustAssessment;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.support.shell.Tables;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything {@code contacts:show} prints about one person, gathered first so that printing it
 * is a plain function of the facts, the time and the reader's time zone.
 *
 * @param interactions the latest, newest first
 * @param trust every assessment, oldest first
 */
record PersonSheet(Person person, Organisation organisation, Health health, List<Interaction> interactions,
                   List<Commitment> commitments, List<TrustAssessment> trust, List<Introduction> introductions) {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final String LABEL = "  %-15s%s%n";

    /**
     * @param nameOf the display name of another person in an introduction
     * @param zone the reader's time zone, for the dates of interactions
     */
    String render(Function<UUID, String> nameOf, Instant now, ZoneId zone) {
        PersonDraft f = person.fields();
        LocalDate today = now.atZone(zone).toLocalDate();
        StringBuilder text = new StringBuilder(person.displayName()).append("  (id ").append(person.id()).append(")\n");
        String job = f.title() == null ? null : f.title() + (person.organisationName() == null ? "" : " at " + person.organisationName());
        line(text, "Works", job != null ? job : person.organisationName());
        if (organisation != null && organisation.website() != null) line(text, "Website", organisation.website());
        line(text, "Country", f.country() == null ? null : f.country() + " (" + new Locale("", f.country()).getDisplayCountry(Locale.ENGLISH) + ")"
                + (f.subdivision() == null ? "" : ", " + f.subdivision()));
        line(text, "Time zone", f.timeZone() == null ? null : f.timeZone() + ", " + localTime(f.timeZone(), f.workingHours(), now));
        if (f.timeZone() == null && f.workingHours() != null) line(text, "Working hours", f.workingHours().toString());
        line(text, "Languages", String.join(", ", f.languages()));
        line(text, "Email", points(f.emails()));
        line(text, "Phone", points(f.phones()));
        line(text, "Prefers", f.preferredChannels().stream().map(PersonOptions::channelName).collect(Collectors.joining(", ")));
        line(text, "Birthday", f.birthday() == null ? null : birthday(f.birthday(), today));
        line(text, "Tags", String.join(", ", f.tags()));
        line(text, "Owner", f.owner());
        line(text, "Cadence", "every " + Text.days(person.cadenceDays()) + ", in person every " + Text.days(person.inPersonCadenceDays())
                + (f.cadenceDays() != null || f.inPersonCadenceDays() != null ? " (their own)" : " (from their tags, or the default)"));
        line(text, "Last contact", Text.ago(person.lastContactAt(), now, zone) + "; in person " + Text.ago(person.lastInPersonAt(), now, zone));
        line(text, "Fields", f.customFields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ")));
        line(text, "External ids", f.externalIds().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        line(text, "Notes", f.notes());
        line(text, "Record", "added " + Text.date(person.createdAt(), zone) + ", changed " + Text.date(person.updatedAt(), zone)
                + ", version " + person.version());

        text.append('\n').append(healthHeadline(health)).append('\n');
        health.reasons().forEach(r -> text.append(String.format("  %-12s %3d/%-3d %s%n", r.factor(), r.points(), r.outOf(), r.explanation())));

        text.append("\nLast interactions\n");
        if (interactions.isEmpty()) text.append("  none yet: log one with contacts:log\n");
        List<List<String>> rows = new ArrayList<>();
        for (Interaction i : interactions) {
            rows.add(List.of(Text.dateTime(i.at(), zone), PersonOptions.channelName(i.channel()), direction(i), Text.orDash(i.summary())));
        }
        if (!rows.isEmpty()) text.append(Tables.table(List.of("WHEN", "CHANNEL", "FROM", "SUMMARY"), rows).indent(2));

        List<Commitment> open = commitments.stream()
                .filter(c -> c.status() == CommitmentStatus.OPEN || c.status() == CommitmentStatus.LATE).toList();
        text.append("\nOpen commitments\n");
        if (open.isEmpty()) text.append("  none\n");
        else text.append(commitmentTable(open).indent(2));

        text.append("\nTrust\n  ").append(trust.isEmpty() ? "not assessed yet: contacts:trust --help shows how" : latestTrust(trust)).append('\n');

        text.append("\nIntroductions\n");
        if (introductions.isEmpty()) text.append("  none\n");
        introductions.forEach(i -> text.append("  ").append(introduction(i, nameOf)).append('\n'));
        return text.toString();
    }

    static String healthHeadline(Health health) {
        return "Health " + health.score() + "/100, " + health.band().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " (as of " + health.asOf() + ")";
    }

    static String commitmentTable(List<Commitment> commitments) {
        List<List<String>> rows = new ArrayList<>();
        for (Commitment c : commitments) {
            String due = c.revisedDue() != null ? c.revisedDue() + " (was " + c.due() + ")" : c.due().toString();
            String status = c.status() == CommitmentStatus.LATE ? "LATE" : c.status().name().toLowerCase(Locale.ROOT);
            if (c.status() == CommitmentStatus.DONE) status += " " + c.doneOn() + (c.keptOnTime() ? ", on time" : ", late");
            rows.add(List.of(Text.shortId(c.id()), c.owedBy() == Party.ME ? "you" : "they", due, status, c.what()));
        }
        return Tables.table(List.of("ID", "OWED BY", "DUE", "STATUS", "WHAT"), rows);
    }

    /** The latest assessment, its four scores, and which way it moved since the one before. */
    static String latestTrust(List<TrustAssessment> history) {
        TrustAssessment last = history.get(history.size() - 1);
        String text = Text.score(last.score()) + " on " + last.assessedOn() + " (openness " + last.openness() + ", competence "
                + last.competence() + ", respect " + last.respect() + ", rapport " + last.rapport() + ")";
        if (history.size() > 1) text += ", " + trend(history);
        return last.note() == null || last.note().isBlank() ? text : text + ": " + last.note();
    }

    /** {@code rising from 3.5 on 2026-01-10}, {@code falling from …}, or {@code unchanged since …}. */
    static String trend(List<TrustAssessment> history) {
        TrustAssessment last = history.get(history.size() - 1);
        TrustAssessment previous = history.get(history.size() - 2);
        double delta = last.score() - previous.score();
        if (Math.abs(delta) < 1e-9) return "unchanged since " + previous.assessedOn();
        return (delta > 0 ? "rising" : "falling") + " from " + Text.score(previous.score()) + " on " + previous.assessedOn();
    }

    /** {@code Bob Meyer introduced Anna Schmidt to you on 2026-01-10 (at the fair)}. */
    static String introduction(Introduction i, Function<UUID, String> nameOf) {
        String introducer = i.introducerId() == null ? "someone since erased" : nameOf.apply(i.introducerId());
        String to = i.toId() == null ? "you" : nameOf.apply(i.toId());
        return introducer + " introduced " + nameOf.apply(i.introducedId()) + " to " + to + " on " + i.on()
                + (i.note() == null || i.note().isBlank() ? "" : " (" + i.note() + ")");
    }

    static String birthday(Birthday b, LocalDate today) {
        MonthDay day = MonthDay.of(b.month(), b.day());
        LocalDate next = day.atYear(today.getYear());
        if (next.isBefore(today)) next = day.atYear(today.getYear() + 1);
        String when = next.equals(today) ? "today" : "next " + Text.until(next, today);
        if (b.year() == null) return b + ", " + when;
        int age = Period.between(LocalDate.of(b.year(), b.month(), b.day()), today).getYears();
        return b + ", " + age + " years old, " + when;
    }

    private static String localTime(String zoneId, WorkingHours hours, Instant now) {
        ZonedDateTime there;
        try {
            there = now.atZone(ZoneId.of(zoneId));
        } catch (DateTimeException e) {
            return "unknown zone";
        }
        String time = "now " + LOCAL_TIME.format(there);
        if (hours == null) return time;
        LocalTime t = there.toLocalTime();
        boolean working = !t.isBefore(hours.start()) && t.isBefore(hours.end());
        return time + " (" + (working ? "within" : "outside") + " their working hours " + hours + ")";
    }

    private static String points(List<ContactPoint> points) {
        return points.stream().map(p -> p.label() == null ? p.value() : p.value() + " (" + p.label() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String direction(Interaction i) {
        return switch (i.direction()) {
            case INBOUND -> "them";
            case OUTBOUND -> "you";
        };
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) text.append(String.format(LABEL, label, value));
    }
}
