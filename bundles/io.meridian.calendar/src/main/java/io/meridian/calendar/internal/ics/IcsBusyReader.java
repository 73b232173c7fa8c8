package io.meridian.calendar.internal.ics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VFreeBusy;
import biweekly.io.GlobalTimezoneIdResolver;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.parameter.FreeBusyType;
import biweekly.property.DateEnd;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.DateStart;
import biweekly.property.DurationProperty;
import biweekly.property.ExceptionDates;
import biweekly.property.FreeBusy;
import biweekly.property.ICalProperty;
import biweekly.property.RecurrenceDates;
import biweekly.property.RecurrenceRule;
import biweekly.property.ValuedProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.Period;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;

/**
 * Reads when someone is busy from an iCalendar (RFC 5545) file: a calendar export (VEVENTs) or
 * a free/busy export (VFREEBUSY), such as Google Calendar, Outlook and Apple Calendar write.
 *
 * <p>What counts as busy:
 * <ul>
 *   <li>every event occurrence, repeating ones (RRULE, RDATE, less EXDATE) expanded in the
 *       event's own time zone, so a weekly 09:00 in Berlin stays at 09:00 across a clock change;
 *       an occurrence moved or cancelled by its own VEVENT (RECURRENCE-ID) counts as that VEVENT says;</li>
 *   <li>except events marked TRANSPARENT (free) or CANCELLED, those of a METHOD:CANCEL file, and
 *       timed events that take no time;</li>
 *   <li>an all-day event fills each of its days from midnight to midnight in the caller's zone;
 *       times with neither TZID nor Z (floating) are read in that zone too;</li>
 *   <li>every FREEBUSY period but those of type FREE.</li>
 * </ul>
 * A busy time that overlaps the window is returned whole, not cut to it.
 *
 * <p>Limits: at most {@value #MAX_BYTES} bytes of text, {@value #MAX_OCCURRENCES} busy times in
 * the window, and {@value #MAX_STEPPED} occurrences stepped through before it (series that began
 * more than eighty years earlier). A file over any of them, or one that is not iCalendar, or whose
 * dates, rules or time zones cannot be read, is refused with an {@link IllegalArgumentException}
 * that names the line where it can, and the fix.
 */
public final class IcsBusyReader {

    /** The largest file read: 5 MiB of UTF-8. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most busy times one read returns. */
    public static final int MAX_OCCURRENCES = 10_000;

    private static final Pattern CALENDAR_END = Pattern.compile("(?im)^END:VCALENDAR\\s*$");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final long DAY_MILLIS = 86_400_000L;
    /** How far biweekly's rule iterator may be asked to skip at once: well under the century it gives up at. */
    private static final Duration SAFE_SKIP = Duration.ofDays(80 * 365);
    /** How many occurrences before the window one read steps through, at most (a second's work). */
    private static final int MAX_STEPPED = 2_000_000;

    /**
     * The busy times in {@code ics} that overlap {@code from} to {@code until}, by start, then end.
     *
     * @param zone where all-day events and floating times are placed: the calendar owner's zone
     * @throws IllegalArgumentException if the file is too big, is not iCalendar, cannot be read, or
     *                                  holds more than {@value #MAX_OCCURRENCES} busy times in the window
     */
    public List<Busy> read(String ics, Instant from, Instant until, ZoneId zone) {
        Objects.requireNonNull(ics, "ics");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(zone, "zone");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("the window must end after it starts: " + from + " to " + until);
        }
        refuseOversized(ics);

        Expansion expansion = new Expansion(from, until, zone);
        for (ICalendar calendar : parse(ics, zone)) {
            if (calendar.getMethod() != null && calendar.getMethod().isCancel()) {
                continue;
            }
            Set<Occurrence> overridden = overriddenOccurrences(calendar);
            for (VEvent event : calendar.getEvents()) {
                expansion.add(event, calendar.getTimezoneInfo(), overridden);
            }
            for (VFreeBusy freeBusy : calendar.getFreeBusies()) {
                expansion.add(freeBusy);
            }
        }
        List<Busy> busy = expansion.busy;
        busy.sort(Comparator.comparing(Busy::start).thenComparing(Busy::end));
        return List.copyOf(busy);
    }

    private static void refuseOversized(String ics) {
        long bytes = 0;
        for (int i = 0; i < ics.length(); i++) {
            char c = ics.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if (bytes > MAX_BYTES) {
                throw new IllegalArgumentException("The calendar file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the most"
                        + " Meridian reads at once. Export a shorter date range, or only the calendars you need.");
            }
        }
    }

    private static List<ICalendar> parse(String ics, ZoneId zone) {
        List<ICalendar> calendars = new ArrayList<>();
        try (ICalReader reader = new ICalReader(ics)) {
            // Floating times ("09:00", no TZID, no Z) are the owner's local time.
            reader.setDefaultTimezone(TimeZone.getTimeZone(zone));
            GlobalTimezoneIdResolver builtIn = reader.getGlobalTimezoneIdResolver();
            reader.setGlobalTimezoneIdResolver(tzid -> {
                TimeZone known = builtIn.resolve(tzid);
                return known != null ? known : TzidZones.zone(tzid).map(TimeZone::getTimeZone).orElse(null);
            });
            ICalendar calendar;
            while ((calendar = reader.readNext()) != null) {
                IcsProblems.refuseFatal(reader.getWarnings());
                useIanaRules(calendar);
                calendars.add(calendar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading text in memory failed", e);
        }
        if (calendars.isEmpty()) {
            throw new IllegalArgumentException("Not an iCalendar file: it has no BEGIN:VCALENDAR line (it starts with \""
                    + firstLine(ics) + "\"). Export the calendar as .ics (iCalendar), not as CSV, HTML or a web page.");
        }
        if (!CALENDAR_END.matcher(ics).find()) {
            throw new IllegalArgumentException("The iCalendar file ends before its END:VCALENDAR line, so part of it is missing."
                    + " Download or export it again.");
        }
        return calendars;
    }

    /**
     * Rereads every event time whose TZID names an IANA (or Windows) zone under java.time's rules
     * for it rather than the file's VTIMEZONE. biweekly's reading of a VTIMEZONE assumes daylight
     * saving is one hour, which puts Lord Howe Island half an hour out; and java.time's rules are
     * the ones Meridian shows everywhere else.
     */
    private static void useIanaRules(ICalendar calendar) {
        TimezoneInfo tzinfo = calendar.getTimezoneInfo();
        Map<TimezoneAssignment, Optional<TimezoneAssignment>> replacements = new HashMap<>();
        for (VEvent event : calendar.getEvents()) {
            for (ICalProperty property : event.getProperties().values()) {
                TimezoneAssignment assignment = tzinfo.getTimezone(property);
                if (assignment == null || assignment.getComponent() == null) {
                    continue;
                }
                Optional<TimezoneAssignment> iana = replacements.computeIfAbsent(assignment, a ->
                        TzidZones.zone(ValuedProperty.getValue(a.getComponent().getTimezoneId()))
                                .map(z -> new TimezoneAssignment(TimeZone.getTimeZone(z), a.getComponent())));
                if (iana.isPresent()) {
                    reread(property, iana.get().getTimeZone());
                    tzinfo.setTimezone(property, iana.get());
                }
            }
        }
    }

    private static void reread(ICalProperty property, TimeZone zone) {
        List<ICalDate> dates = new ArrayList<>();
        if (property instanceof DateOrDateTimeProperty single && single.getValue() != null) {
            dates.add(single.getValue());
        } else if (property instanceof ExceptionDates exceptions) {
            dates.addAll(exceptions.getValues());
        } else if (property instanceof RecurrenceDates recurrences) {
            dates.addAll(recurrences.getDates());
            recurrences.getPeriods().forEach(period -> {
                dates.add(period.getStartDate());
                if (period.getEndDate() != null) {
                    dates.add(period.getEndDate());
                }
            });
        }
        for (ICalDate date : dates) {
            if (date != null && date.hasTime() && date.getRawComponents() != null && !date.getRawComponents().isUtc()) {
                date.setTime(date.getRawComponents().toDate(zone).getTime());
            }
        }
    }

    private static String firstLine(String ics) {
        String line = ics.strip().lines().findFirst().orElse("");
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    /** The occurrences that a VEVENT of their own (same UID, with RECURRENCE-ID) moves or cancels. */
    private static Set<Occurrence> overriddenOccurrences(ICalendar calendar) {
        Set<Occurrence> overridden = new HashSet<>();
        for (VEvent event : calendar.getEvents()) {
            ICalDate recurrenceId = ValuedProperty.getValue(event.getRecurrenceId());
            if (recurrenceId != null) {
                overridden.add(new Occurrence(ValuedProperty.getValue(event.getUid()), recurrenceId.getTime()));
            }
        }
        return overridden;
    }

    /** One occurrence of a repeating event: its UID and its original start. */
    private record Occurrence(String uid, long startMillis) {
    }

    /** The busy times found so far in one read, and the limit on them. */
    private static final class Expansion {

        private final Instant from;
        private final Instant until;
        private final ZoneId zone;
        private final List<Busy> busy = new ArrayList<>();
        private long stepped;

        Expansion(Instant from, Instant until, ZoneId zone) {
            this.from = from;
            this.until = until;
            this.zone = zone;
        }

        void add(VEvent event, TimezoneInfo tzinfo, Set<Occurrence> overridden) {
            if (isCancelled(event) || isTransparent(event)) {
                return;
            }
            String summary = Objects.requireNonNullElse(ValuedProperty.getValue(event.getSummary()), "");
            DateStart startProperty = event.getDateStart();
            ICalDate start = ValuedProperty.getValue(startProperty);
            if (start == null) {
                throw new IllegalArgumentException("Not a usable iCalendar file: " + describe(event, summary)
                        + " has no DTSTART, so when it happens is unknown. Fix: give it a start, such as DTSTART:20250314T090000Z.");
            }
            boolean repeats = event.getRecurrenceId() == null
                    && (!event.getProperties(RecurrenceRule.class).isEmpty() || !event.getRecurrenceDates().isEmpty());
            for (RecurrenceRule rule : event.getProperties(RecurrenceRule.class)) {
                if (rule.getValue() == null || rule.getValue().getFrequency() == null) {
                    throw new IllegalArgumentException("Not a usable iCalendar file: the RRULE of " + describe(event, summary)
                            + " has no FREQ. Fix: say how often it repeats, such as RRULE:FREQ=WEEKLY;BYDAY=TU.");
                }
            }
            if (start.hasTime()) {
                TimeZone eventZone = eventZone(startProperty, tzinfo);
                Length length = timedLength(event, summary, start);
                if (length.isZero()) {
                    return;
                }
                if (!repeats) {
                    addTimed(start, eventZone, length, summary);
                    return;
                }
                Series occurrences = fromWindow(occurrences(event, summary, eventZone), from.minusMillis(length.upperBoundMillis()),
                        event, summary);
                String uid = ValuedProperty.getValue(event.getUid());
                while (occurrences.hasNext()) {
                    Date occurrence = occurrences.next();
                    if (!occurrence.toInstant().isBefore(until)) {
                        return;
                    }
                    if (!overridden.contains(new Occurrence(uid, occurrence.getTime()))) {
                        addTimed(occurrence, eventZone, length, summary);
                    }
                }
            } else {
                long days = allDayLength(event, summary, start);
                LocalDate first = localDate(start.getRawComponents());
                if (!repeats) {
                    addDays(first, days, summary);
                    return;
                }
                // biweekly expands a date-only rule at midnight in the JVM's default zone, so its dates are read back there.
                ZoneId jvmZone = TimeZone.getDefault().toZoneId();
                Series occurrences = fromWindow(occurrences(event, summary, TimeZone.getDefault()), from.minus(days + 2, ChronoUnit.DAYS),
                        event, summary);
                String uid = ValuedProperty.getValue(event.getUid());
                while (occurrences.hasNext()) {
                    Date occurrence = occurrences.next();
                    LocalDate day = LocalDate.ofInstant(occurrence.toInstant(), jvmZone);
                    if (!day.atStartOfDay(zone).toInstant().isBefore(until)) {
                        return;
                    }
                    if (!overridden.contains(new Occurrence(uid, occurrence.getTime()))) {
                        addDays(day, days, summary);
                    }
                }
            }
        }

        /**
         * The occurrences of {@code rule} from the first that may reach into the window on.
         *
         * <p>biweekly's rule iterator can skip ahead without expanding, but a skip over a hundred
         * years makes it give up and end the series silently (a birthday kept since 1920 would
         * never come again). So occurrences more than {@link #SAFE_SKIP} before the window are
         * stepped through one by one, at most {@link #MAX_STEPPED} in one read, and only the rest
         * is skipped.
         */
        private Series fromWindow(DateIterator rule, Instant earliest, VEvent event, String summary) {
            Instant safe = earliest.minus(SAFE_SKIP);
            while (rule.hasNext()) {
                Date next = rule.next();
                if (!next.toInstant().isBefore(earliest)) {
                    return new Series(rule, next);
                }
                if (!next.toInstant().isBefore(safe)) {
                    rule.advanceTo(Date.from(earliest));
                    return new Series(rule, null);
                }
                if (++stepped > MAX_STEPPED) {
                    throw new IllegalArgumentException("Not a usable iCalendar file: its repeating events occur more than " + MAX_STEPPED
                            + " times before the window, more than Meridian steps through; the last was " + describe(event, summary)
                            + ". Fix: start such series later (DTSTART), or repeat them less often (RRULE FREQ).");
                }
            }
            return new Series(rule, null);
        }

        void add(VFreeBusy freeBusy) {
            for (FreeBusy property : freeBusy.getFreeBusy()) {
                FreeBusyType type = property.getType();
                String kind = type == null ? FreeBusyType.BUSY.getValue() : type.getValue().toUpperCase(Locale.ROOT);
                if (kind.equals(FreeBusyType.FREE.getValue())) {
                    continue;
                }
                String summary = switch (kind) {
                    case "BUSY-TENTATIVE" -> "Busy (tentative)";
                    case "BUSY-UNAVAILABLE" -> "Unavailable";
                    default -> "Busy";
                };
                for (Period period : property.getValues()) {
                    Instant start = period.getStartDate().toInstant();
                    Instant end = period.getEndDate() != null ? period.getEndDate().toInstant()
                            : start.plusMillis(period.getDuration().toMillis());
                    if (end.isAfter(start)) {
                        keep(start, end, summary, "a FREEBUSY period");
                    }
                }
            }
        }

        private void addTimed(Date start, TimeZone eventZone, Length length, String summary) {
            Calendar end = Calendar.getInstance(eventZone);
            end.setTime(start);
            end.add(Calendar.DATE, length.days());
            keep(start.toInstant(), Instant.ofEpochMilli(end.getTimeInMillis() + length.millis()), summary, "\"" + summary + "\"");
        }

        private void addDays(LocalDate first, long days, String summary) {
            keep(first.atStartOfDay(zone).toInstant(), first.plusDays(days).atStartOfDay(zone).toInstant(), summary,
                    "\"" + summary + "\"");
        }

        private void keep(Instant start, Instant end, String summary, String what) {
            if (!start.isBefore(until) || !end.isAfter(from)) {
                return;
            }
            if (busy.size() == MAX_OCCURRENCES) {
                throw new IllegalArgumentException("The calendar has more than " + MAX_OCCURRENCES + " busy times between " + from
                        + " and " + until + " (the last counted was " + what + " at " + start + "), the most Meridian reads at once."
                        + " Ask for a shorter window, or export fewer calendars.");
            }
            busy.add(new Busy(start, end, summary));
        }

        /** The zone a timed event's clock runs in, which its repetitions keep. */
        private TimeZone eventZone(DateStart start, TimezoneInfo tzinfo) {
            TimezoneAssignment assignment = tzinfo.getTimezone(start);
            if (assignment != null) {
                return assignment.getTimeZone();
            }
            return tzinfo.isFloating(start) ? TimeZone.getTimeZone(zone) : UTC;
        }

        private DateIterator occurrences(VEvent event, String summary, TimeZone eventZone) {
            try {
                return event.getDateIterator(eventZone);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a usable iCalendar file: the repetition (RRULE, RDATE, EXDATE) of "
                        + describe(event, summary) + " cannot be expanded: " + e.getMessage()
                        + ". Fix: write it as RFC 5545, section 3.3.10 describes.", e);
            }
        }

        private static Length timedLength(VEvent event, String summary, ICalDate start) {
            ICalDate end = ValuedProperty.getValue(event.getDateEnd());
            if (end != null) {
                if (end.before(start)) {
                    throw endsBeforeStart(event, summary);
                }
                return new Length(0, end.getTime() - start.getTime());
            }
            biweekly.util.Duration duration = ValuedProperty.getValue(event.getDuration());
            if (duration != null) {
                if (duration.isPrior()) {
                    throw negativeDuration(event, summary, event.getDuration());
                }
                return new Length(nominalDays(duration), timeMillis(duration));
            }
            return new Length(0, 0);
        }

        private static long allDayLength(VEvent event, String summary, ICalDate start) {
            DateEnd endProperty = event.getDateEnd();
            ICalDate end = ValuedProperty.getValue(endProperty);
            if (end != null) {
                long days = ChronoUnit.DAYS.between(localDate(start.getRawComponents()), localDate(end.getRawComponents()));
                if (days < 0) {
                    throw endsBeforeStart(event, summary);
                }
                return Math.max(days, 1);
            }
            biweekly.util.Duration duration = ValuedProperty.getValue(event.getDuration());
            if (duration != null) {
                if (duration.isPrior()) {
                    throw negativeDuration(event, summary, event.getDuration());
                }
                long days = nominalDays(duration) + (timeMillis(duration) + DAY_MILLIS - 1) / DAY_MILLIS;
                return Math.max(days, 1);
            }
            return 1;
        }

        private static int nominalDays(biweekly.util.Duration duration) {
            return 7 * zeroIfNull(duration.getWeeks()) + zeroIfNull(duration.getDays());
        }

        private static long timeMillis(biweekly.util.Duration duration) {
            return 1000L * (3600L * zeroIfNull(duration.getHours()) + 60L * zeroIfNull(duration.getMinutes())
                    + zeroIfNull(duration.getSeconds()));
        }

        private static int zeroIfNull(Integer value) {
            return value == null ? 0 : value;
        }

        private static LocalDate localDate(DateTimeComponents date) {
            return LocalDate.of(date.getYear(), date.getMonth(), date.getDate());
        }

        private static IllegalArgumentException endsBeforeStart(VEvent event, String summary) {
            return new IllegalArgumentException("Not a usable iCalendar file: " + describe(event, summary)
                    + " ends (DTEND) before it starts (DTSTART). Fix: swap them, or correct the end.");
        }

        private static IllegalArgumentException negativeDuration(VEvent event, String summary, DurationProperty duration) {
            return new IllegalArgumentException("Not a usable iCalendar file: " + describe(event, summary) + " lasts a negative time"
                    + " (DURATION:" + duration.getValue() + "). Fix: write the length without the minus sign, such as PT1H.");
        }

        private static String describe(VEvent event, String summary) {
            String uid = ValuedProperty.getValue(event.getUid());
            return "the event \"" + summary + "\"" + (uid == null ? "" : " (UID " + uid + ")");
        }

        private static boolean isCancelled(VEvent event) {
            return event.getStatus() != null && event.getStatus().isCancelled();
        }

        private static boolean isTransparent(VEvent event) {
            return event.getTransparency() != null && event.getTransparency().isTransparent();
        }
    }

    /** The occurrences of a repeating event from a given one on. */
    private static final class Series {

        private final DateIterator rule;
        private Date pending;

        Series(DateIterator rule, Date first) {
            this.rule = rule;
            this.pending = first;
        }

        boolean hasNext() {
            return pending != null || rule.hasNext();
        }

        Date next() {
            if (pending == null) {
                return rule.next();
            }
            Date next = pending;
            pending = null;
            return next;
        }
    }

    /**
     * How long each occurrence of a timed event lasts: {@code days} on its zone's clocks (a DURATION
     * of P1D is the same time next day, even across a clock change), then {@code millis} of elapsed time.
     */
    private record Length(int days, long millis) {

        boolean isZero() {
            return days == 0 && millis == 0;
        }

        long upperBoundMillis() {
            return (days + 1L) * 25 * 3_600_000L + millis;
        }
    }
}
