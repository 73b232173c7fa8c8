package io.meridian.calendar.internal.shell;

import io.meridian.api.calendar.HolidayService;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.plan.MeetingPlanner;
import io.meridian.calendar.internal.service.Participants;
import io.meridian.support.shell.CommandOptions;
import io.meridian.support.shell.Tables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code plan:meeting}: when can these people meet? */
@Component(service = PlanCommands.class, property = {ShellCommand.SCOPE + "=plan", ShellCommand.FUNCTION + "=meeting"})
public final class PlanCommands {

    private static final String[] MEETING = {
            "plan:meeting - the best times for people in several time zones to meet, in everyone's local time",
            "Usage: plan:meeting [options] WHO...",
            "WHO is a contact id, or Name=Zone,Country[,HOURS]: HOURS default to 09:00-17:00, and may start with the days, quoted:",
            "\"Omar=Asia/Riyadh,SA,Sun-Thu 08:00-16:00\".",
            "Slots inside everyone's working days and hours come first, away from holidays; when none exists,",
            "the least-bad ones, each naming who pays for it.",
            "  -f --from=DATE             first day (default tomorrow)",
            "  -t --to=DATE               last day (default a week after the first)",
            "  -d --duration=MINUTES      length in minutes, a multiple of 15 (default 60)",
            "  -z --zone=ZONE             the organiser's zone, for the dates and the slot column (default this machine's)",
            "     --earliest=HH:MM        nobody's local time before this",
            "     --latest=HH:MM          nobody's local time after this",
            "     --avoid-lunch           keep 12:00-13:00 free in everyone's day",
            "  -n --limit=N               slots to show, 1 to 50 (default 5)",
            "  -w --weeks=N               a weekly meeting over N weeks (2 to 26)",
            "     --rotate                with --weeks: share the inconvenience instead of always burdening the same people",
            "  -? --help                  show this help",
            "Examples:",
            "  plan:meeting Kenji=Asia/Tokyo,JP Anna=Europe/Berlin,DE Joao=America/Sao_Paulo,BR",
            "  plan:meeting --from 2026-04-27 --to 2026-05-08 Kenji=Asia/Tokyo,JP Sam=America/New_York,US",
            "  plan:meeting --weeks 8 --rotate Kenji=Asia/Tokyo,JP Sam=America/New_York,US"};

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final HolidayService holidays;
    private final Clock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ContactService contacts;

    @Activate
    public PlanCommands(@Reference HolidayService holidays) {
        this(holidays, Clock.systemDefaultZone());
    }

    PlanCommands(HolidayService holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    public String meeting(String... args) {
        CommandOptions opt = CommandOptions.parse(MEETING, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, MeetingPlanner.MAX_ATTENDEES, "the people to plan for");
        ZoneId zone = opt.isSet("zone") ? CalendarCommands.call(() -> Participants.zone(opt.text("zone"))) : clock.getZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = opt.date("from", today, today.plusDays(1));
        LocalDate to = opt.date("to", today, from.plusDays(6));
        int minutes = opt.number("duration", 15, 480, 60);
        int weeks = opt.number("weeks", 1, 26, 1);
        if (opt.isSet("rotate") && weeks < 2) throw new CommandException("--rotate shares the cost of a weekly meeting: give --weeks 2 or more");
        List<MeetingPlanner.Attendee> who = new ArrayList<>();
        for (String w : opt.operands()) {
            who.add(CalendarCommands.call(() -> w.contains("=") ? Participants.parse(w) : Participants.contact(contacts, w)));
        }
        MeetingPlanner.Request request = new MeetingPlanner.Request(who, Duration.ofMinutes(minutes), from, to, zone,
                Optional.ofNullable(time(opt, "earliest")), Optional.ofNullable(time(opt, "latest")), opt.isSet("avoid-lunch"),
                opt.number("limit", 1, 50, 5), weeks, opt.isSet("rotate"));
        MeetingPlanner.Plan plan = CalendarCommands.call(() -> new MeetingPlanner(new Days(holidays)).plan(request));
        return render(plan, who, zone, weeks > 1);
    }

    private static LocalTime time(CommandOptions opt, String name) {
        String text = opt.text(name);
        if (text == null) return null;
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new CommandException("--" + name + ": '" + text + "' is not a time of day; write 08:00");
        }
    }

    static String render(MeetingPlanner.Plan plan, List<MeetingPlanner.Attendee> who, ZoneId zone, boolean recurring) {
        StringBuilder out = new StringBuilder();
        if (recurring) {
            out.append(plan.fits() ? "A weekly time inside everyone's working hours:\n" : "No weekly time suits everyone:\n");
        } else {
            out.append(plan.fits() ? "Times inside everyone's working hours, best first:\n"
                    : "Nothing fits everyone's working hours. Why:\n");
        }
        if (!plan.fits()) plan.why().forEach(w -> out.append("  - ").append(w).append('\n'));
        List<String> header = new ArrayList<>();
        header.add(recurring ? "Week" : "#");
        header.add("Your time (" + zone.getId() + ")");
        for (MeetingPlanner.Attendee a : who) header.add(a.name());
        if (!plan.fits()) header.add("Who pays");
        List<List<String>> rows = new ArrayList<>();
        List<MeetingPlanner.Slot> slots = recurring ? plan.occurrences().stream().map(MeetingPlanner.Occurrence::slot).toList() : plan.slots();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            MeetingPlanner.Slot s = slots.get(i);
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(recurring ? plan.occurrences().get(i).week() : i + 1));
            row.add(WHEN.format(s.start().atZone(zone)));
            for (MeetingPlanner.Local l : s.locals()) row.add(TIME.format(l.start()) + mark(l.fit()));
            if (!plan.fits()) {
                row.add(s.payers().isEmpty() ? "nobody" : String.join("; ", s.payers().stream().map(l -> l.attendee() + ": " + l.note()).toList()));
            }
            rows.add(row);
            for (String f : s.flags()) if (!flags.contains(f)) flags.add(f);
        }
        if (!plan.fits() && !recurring) out.append("The least-bad options:\n");
        out.append(Tables.table(header, rows));
        out.append("\n* before or after working hours, ! at night, x on a day off, # busy");
        if (recurring && !plan.burden().isEmpty()) {
            out.append("\nInconvenience over the ").append(slots.size()).append(" weeks: ");
            out.append(String.join(", ", plan.burden().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        if (!flags.isEmpty()) {
            out.append("\nWorth knowing:");
            flags.forEach(f -> out.append("\n  - ").append(f));
        }
        plan.notes().forEach(n -> out.append("\nNote: ").append(n));
        return out.toString();
    }

    private static String mark(MeetingPlanner.Fit fit) {
        return switch (fit) {
            case WORKING -> "";
            case EARLY_OR_LATE -> " *";
            case NIGHT -> " !";
            case DAY_OFF -> " x";
            case BUSY -> " #";
        };
    }
}
