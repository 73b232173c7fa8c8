package io.meridian.calendar.internal.shell;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.plan.MeetingPlanner;
import io.meridian.calendar.internal.service.CalendarMessages;
import io.meridian.calendar.internal.service.CalendarService;
import io.meridian.calendar.internal.service.ContactsUnavailable;
import io.meridian.calendar.internal.service.Participants;
import io.meridian.calendar.internal.workweek.WorkWeeks;
import io.meridian.support.shell.CommandOptions;
import io.meridian.support.shell.Tables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@code cal:holidays}, {@code cal:workweek}, {@code cal:now} and {@code cal:status}. */
@Component(service = CalendarCommands.class, property = {ShellCommand.SCOPE + "=cal",
        ShellCommand.FUNCTION + "=holidays", ShellCommand.FUNCTION + "=workweek", ShellCommand.FUNCTION + "=now",
        ShellCommand.FUNCTION + "=status"})
public final class CalendarCommands {

    private static final String[] HOLIDAYS = {
            "cal:holidays - a country's holidays in a year: names, types, observed days, confirmed or estimated",
            "Usage: cal:holidays [options] COUNTRY [YEAR]",
            "  -s --subdivision=CODE      include a subdivision's own holidays (DE-BY, US-CA)",
            "  -? --help                  show this help",
            "Examples:",
            "  cal:holidays JP",
            "  cal:holidays DE 2027 --subdivision DE-BY"};
    private static final String[] WORKWEEK = {
            "cal:workweek - the days people work in a country, with half days and where the week comes from",
            "Usage: cal:workweek [options] COUNTRY",
            "  -d --date=DATE             the week in force on that date (default today)",
            "  -? --help                  show this help",
            "Examples:",
            "  cal:workweek AE",
            "  cal:workweek AE --date 2021-06-01"};
    private static final String[] NOW = {
            "cal:now - the time now where people are, and whether they are at work",
            "Usage: cal:now [options] ZONE,COUNTRY...",
            "Each place is an IANA zone and a country, joined by a comma.",
            "  -? --help                  show this help",
            "Example:",
            "  cal:now Asia/Tokyo,JP America/Sao_Paulo,BR Europe/Berlin,DE"};
    private static final String[] STATUS = {
            "cal:status - the holiday calendars in use, where they come from, and content that could not be loaded",
            "Usage: cal:status",
            "  -? --help                  show this help"};

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private final HolidayService holidays;
    private final Clock clock;

    @Activate
    public CalendarCommands(@Reference HolidayService holidays) {
        this(holidays, Clock.systemDefaultZone());
    }

    CalendarCommands(HolidayService holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    public String holidays(String... args) {
        CommandOptions opt = CommandOptions.parse(HOLIDAYS, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 2, "a country code and, if not this year, the year");
        String country = opt.operands().get(0);
        int year = opt.operands().size() == 2 ? year(opt.operands().get(1)) : LocalDate.now(clock).getYear();
        HolidayService.HolidayYear y = call(() -> holidays.holidays(country, Optional.ofNullable(opt.text("subdivision")), year));
        if (!y.known()) {
            String why = CalendarMessages.unknown(holidays, y.country(), y.subdivision(), y.year());
            return Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".";
        }
        String where = y.country() + y.subdivision().map(s -> " (" + s + ")").orElse("");
        List<List<String>> rows = new ArrayList<>();
        for (Holiday h : y.holidays()) {
            rows.add(List.of(DAY.format(h.date()), h.englishName(), h.localName(), h.type().name().toLowerCase(Locale.ROOT),
                    h.observedOn().map(DAY::format).orElse(""), h.confirmed() ? "" : "estimated"));
        }
        StringBuilder out = new StringBuilder("Holidays in " + where + ", " + year + " (" + y.source().orElseThrow() + "):\n");
        out.append(Tables.table(List.of("Date", "Holiday", "Local name", "Type", "Observed on", ""), rows));
        if (!y.workingDays().isEmpty()) {
            out.append("\nRest days worked instead: ").append(y.workingDays().stream().map(DAY::format).collect(Collectors.joining(", ")));
        }
        if (y.holidays().stream().anyMatch(h -> !h.confirmed())) {
            out.append("\nEstimated dates are computed ahead of the announcement (lunar and Hijri calendars) and may move by a day.");
        }
        return out.toString();
    }

    public String workweek(String... args) {
        CommandOptions opt = CommandOptions.parse(WORKWEEK, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "a country code");
        LocalDate date = opt.date("date", LocalDate.now(clock), LocalDate.now(clock));
        HolidayService.CountryWeek w = call(() -> holidays.workWeek(opt.operands().get(0), date));
        return describe(w.week()) + "\nIn force on " + DAY.format(date) + w.week().effectiveFrom().map(f -> ", since " + DAY.format(f)).orElse("")
                + ". Source: " + (w.fromCldr() ? "CLDR's weekend data (no region bundle gives this country's week)" : w.source()) + ".";
    }

    static String describe(WorkWeek w) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek d : WorkWeeks.ordered(w)) {
            days.add(w.workingDays().contains(d) ? name(d) : name(d) + " until " + w.halfDays().get(d));
        }
        return w.country() + " works " + String.join(", ", days) + ".";
    }

    public String now(String... args) {
        CommandOptions opt = CommandOptions.parse(NOW, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 50, "one or more places, each ZONE,COUNTRY (Asia/Tokyo,JP)");
        Days days = new Days(holidays);
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<List<String>> rows = new ArrayList<>();
        for (String place : opt.operands()) {
            String[] parts = place.split(",");
            if (parts.length != 2) throw new CommandException("'" + place + "' is not ZONE,COUNTRY; write Asia/Tokyo,JP");
            MeetingPlanner.Attendee a = call(() -> Participants.adHoc(parts[0], parts[0], parts[1], Optional.empty(), Optional.empty(), Optional.empty()));
            ZonedDateTime local = now.withZoneSameInstant(a.zone());
            Days.Day day = days.day(a.country(), Optional.empty(), local.toLocalDate(), Optional.empty());
            rows.add(List.of(a.zone().getId(), a.country(), local.format(DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH)),
                    local.getOffset().getId().equals("Z") ? "+00:00" : local.getOffset().getId(), state(day, local.toLocalTime())));
        }
        return Tables.table(List.of("Zone", "Country", "Local time", "Offset", "Now"), rows);
    }

    /** Where a local time sits in a working day of 09:00-17:00. */
    static String state(Days.Day day, LocalTime time) {
        if (!day.working()) return "day off: " + day.reason();
        LocalTime end = day.stopsAt().filter(s -> s.isBefore(Participants.DEFAULT_HOURS.end())).orElse(Participants.DEFAULT_HOURS.end());
        if (!time.isBefore(Participants.DEFAULT_HOURS.start()) && time.isBefore(end)) return "working hours";
        if (time.isBefore(LocalTime.of(7, 0)) || !time.isBefore(LocalTime.of(22, 0))) return "night";
        return time.isBefore(Participants.DEFAULT_HOURS.start())
                ? "before work (starts in " + minutes(Duration.between(time, Participants.DEFAULT_HOURS.start())) + ")" : "after work";
    }

    private static String minutes(Duration d) {
        return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
    }

    public String status(String... args) {
        CommandOptions opt = CommandOptions.parse(STATUS, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(0, 0, "no arguments");
        List<HolidayService.CalendarSource> sources = holidays.calendars();
        StringBuilder out = new StringBuilder();
        if (sources.isEmpty()) {
            out.append("No holiday calendars are installed: " + CalendarMessages.HOW_TO_ADD + ". Work weeks come from CLDR.\n");
        } else {
            Map<String, List<HolidayService.CalendarSource>> byCountry = sources.stream()
                    .collect(Collectors.groupingBy(HolidayService.CalendarSource::country, java.util.TreeMap::new, Collectors.toList()));
            out.append("Holiday calendars for ").append(byCountry.size()).append(" countries:\n");
            byCountry.forEach((country, list) -> out.append("  ").append(country).append(": ")
                    .append(list.stream().map(c -> c.subdivision().map(s -> s + " ").orElse("") + "from " + c.source()).distinct()
                            .collect(Collectors.joining("; "))).append('\n'));
        }
        List<ContentProblem> problems = holidays.problems();
        if (!problems.isEmpty()) {
            out.append("Left out (").append(problems.size()).append("):\n");
            for (ContentProblem p : problems) out.append("  ").append(p).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new CommandException("'" + text + "' is not a year; write it as 2027");
        }
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** Runs a calendar call; what it refuses becomes the user's error, not a stack trace. */
    static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | ContactNotFoundException | ContactsUnavailable e) {
            throw new CommandException(e.getMessage());
        } catch (java.time.DateTimeException e) {
            throw new CommandException(CalendarMessages.outOfRange(e));
        }
    }
}
