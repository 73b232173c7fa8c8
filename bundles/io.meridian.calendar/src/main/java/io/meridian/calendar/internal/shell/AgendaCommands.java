package io.meridian.calendar.internal.shell;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.calendar.internal.service.Participants;
import io.meridian.support.shell.CommandOptions;
import io.meridian.support.shell.Tables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code agenda} (cal:agenda) and {@code cal:advise}: who to contact, about what, and when. */
@Component(service = AgendaCommands.class, property = {ShellCommand.SCOPE + "=cal", ShellCommand.FUNCTION + "=agenda",
        ShellCommand.FUNCTION + "=advise"})
public final class AgendaCommands {

    private static final String[] AGENDA = {
            "agenda - who to contact today and in the next days, why, and when in their local time",
            "Usage: agenda [options]",
            "  -d --days=N                days after today to cover, 0 to 60 (default 14)",
            "  -f --from=DATE             start on this day instead of today",
            "  -z --zone=ZONE             your time zone (default this machine's)",
            "     --hours=HH:MM-HH:MM     your working day, to say when to schedule rather than act (default 09:00-17:00)",
            "  -n --limit=N               items to show, 1 to 1000 (default 30)",
            "  -? --help                  show this help",
            "Examples:",
            "  agenda",
            "  agenda --days 0 --zone Europe/Berlin"};
    private static final String[] ADVISE = {
            "cal:advise - is now a good time to message this person? and if not, when",
            "Usage: cal:advise [options] CONTACT-ID",
            "  -z --zone=ZONE             your time zone (default this machine's)",
            "     --hours=HH:MM-HH:MM     your working day (default 09:00-17:00)",
            "  -? --help                  show this help",
            "Example:",
            "  cal:advise 6f1c0d3e-8a7b-4c55-9e0f-1a2b3c4d5e6f"};

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private final Agenda agenda;
    private final Clock clock;

    @Activate
    public AgendaCommands(@Reference Agenda agenda) {
        this(agenda, Clock.systemDefaultZone());
    }

    AgendaCommands(Agenda agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    public String agenda(String... args) {
        CommandOptions opt = CommandOptions.parse(AGENDA, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(0, 0, "no arguments");
        ZoneId zone = zone(opt);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = opt.date("from", today, today);
        int days = opt.number("days", 0, Agenda.MAX_DAYS, 14);
        Agenda.View v = CalendarCommands.call(() -> agenda.view(from, days, zone, hours(opt), opt.number("limit", 1, 1000, 30)));
        if (v.total() == 0) return "Nothing is due from " + DAY.format(v.from()) + " to " + DAY.format(v.to()) + ".";
        StringBuilder out = new StringBuilder(v.total() + " things to do from " + DAY.format(v.from()) + " to " + DAY.format(v.to()) + " ("
                + v.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", ")) + "):\n");
        List<List<String>> rows = new ArrayList<>();
        for (Agenda.Item i : v.items()) {
            String who = i.count() == 1 ? i.names().get(0) + (i.country() == null ? "" : " (" + i.country() + ")")
                    : i.count() + " in " + i.country() + " (" + String.join(", ", i.names()) + (i.count() > i.names().size() ? ", …" : "") + ")";
            rows.add(List.of(i.overdue() ? "overdue" : DAY.format(i.due()), who, i.reason(), i.bestTime().map(Agenda.BestTime::advice).orElse("")));
        }
        out.append(Tables.table(List.of("When", "Who", "Why", "Best time"), rows));
        if (v.items().size() < v.total()) out.append("\n").append(v.total() - v.items().size()).append(" more: agenda --limit ").append(v.total());
        v.notes().forEach(n -> out.append("\nNote: ").append(n));
        return out.toString();
    }

    public String advise(String... args) {
        CommandOptions opt = CommandOptions.parse(ADVISE, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "the contact's id");
        UUID id;
        try {
            id = UUID.fromString(opt.operands().get(0));
        } catch (IllegalArgumentException e) {
            throw new CommandException("'" + opt.operands().get(0) + "' is not a contact id; contacts:list shows them");
        }
        ZoneId zone = zone(opt);
        Agenda.Advice a = CalendarCommands.call(() -> agenda.advise(id, clock.instant(), zone, hours(opt)));
        return a.name() + ": " + a.reason() + "." + a.next().map(b -> "\nBest: " + b.advice() + ".").orElse("");
    }

    private ZoneId zone(CommandOptions opt) {
        return opt.isSet("zone") ? CalendarCommands.call(() -> Participants.zone(opt.text("zone"))) : clock.getZone();
    }

    private static WorkingHours hours(CommandOptions opt) {
        String text = opt.text("hours");
        return text == null ? Participants.DEFAULT_HOURS : CalendarCommands.call(() -> WorkingHours.parse(text));
    }
}
