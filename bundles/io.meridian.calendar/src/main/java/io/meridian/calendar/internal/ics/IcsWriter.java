package io.meridian.calendar.internal.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalWriter;
import biweekly.property.Categories;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Transparency;

/**
 * Writes events as an iCalendar (RFC 5545) file that Google Calendar, Outlook and Apple
 * Calendar import or subscribe to: PRODID {@value #PRODUCT_ID}, VERSION 2.0, METHOD PUBLISH,
 * the calendar's name in NAME and X-WR-CALNAME, a DTSTAMP on every event, CRLF line ends and
 * lines folded at 75 octets.
 *
 * <p>A timed event in a region zone is written in that zone's local time with its IANA id as
 * TZID, and the file carries a VTIMEZONE for every such zone, covering the years its events
 * touch; a timed event in a bare offset is written in UTC. All-day events are dates, their
 * DTEND the day after the last day.
 */
public final class IcsWriter {

    /** Who made the file, as RFC 5545 asks every calendar to say. */
    public static final String PRODUCT_ID = "-//Meridian//Meridian//EN";

    private final Clock clock;

    /** @param clock gives each event's DTSTAMP, the moment the file was made */
    public IcsWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The calendar {@code calendarName} holding {@code events}, in their order.
     *
     * @throws IllegalArgumentException if the name is blank or two events share a UID
     */
    public String write(String calendarName, List<IcsEvent> events) {
        Objects.requireNonNull(calendarName, "calendarName");
        Objects.requireNonNull(events, "events");
        if (calendarName.isBlank()) {
            throw new IllegalArgumentException("a calendar needs a name: calendars show it in their list");
        }
        refuseSharedUids(events);

        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(Method.publish());
        calendar.setName(calendarName);
        // A raw property is written as given, so its text is escaped here (newlines are escaped by the writer).
        calendar.setExperimentalProperty("X-WR-CALNAME", VObjectPropertyValues.escape(calendarName));

        Map<ZoneId, TimezoneAssignment> timezones = timezones(events);
        Date stamp = Date.from(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        TimezoneInfo tzinfo = calendar.getTimezoneInfo();
        for (IcsEvent event : events) {
            calendar.addEvent(vevent(event, stamp, timezones, tzinfo));
        }
        return OctetLineFolder.fold(text(calendar));
    }

    private static VEvent vevent(IcsEvent event, Date stamp, Map<ZoneId, TimezoneAssignment> timezones, TimezoneInfo tzinfo) {
        VEvent vevent = new VEvent();
        vevent.setUid(event.uid());
        vevent.setDateTimeStamp(stamp);
        vevent.setSummary(event.summary());
        if (!event.description().isEmpty()) {
            vevent.setDescription(event.description());
        }
        event.location().ifPresent(vevent::setLocation);
        if (!event.categories().isEmpty()) {
            vevent.addCategories(new Categories(event.categories()));
        }
        vevent.setTransparency(event.transparency() == IcsEvent.Transparency.OPAQUE ? Transparency.opaque() : Transparency.transparent());

        if (event.when() instanceof IcsEvent.AllDay days) {
            vevent.setDateStart(new DateStart(dateOnly(days.first()), false));
            vevent.setDateEnd(new DateEnd(dateOnly(days.endExclusive()), false));
        } else if (event.when() instanceof IcsEvent.Timed timed) {
            DateStart start = new DateStart(Date.from(timed.startsAt().toInstant()), true);
            DateEnd end = new DateEnd(Date.from(timed.endsAt().toInstant()), true);
            vevent.setDateStart(start);
            vevent.setDateEnd(end);
            TimezoneAssignment zone = timezones.get(timed.zone());
            if (zone != null) {
                tzinfo.setTimezone(start, zone);
                tzinfo.setTimezone(end, zone);
            }
        }
        return vevent;
    }

    /** One VTIMEZONE per region zone, spanning every year an event in it starts or ends. */
    private static Map<ZoneId, TimezoneAssignment> timezones(List<IcsEvent> events) {
        Map<ZoneId, int[]> years = new LinkedHashMap<>();
        for (IcsEvent event : events) {
            if (event.when() instanceof IcsEvent.Timed timed && !(timed.zone() instanceof ZoneOffset)) {
                int first = timed.startsAt().getYear();
                int last = timed.endsAt().getYear();
                years.merge(timed.zone(), new int[] {first, last},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
        }
        Map<ZoneId, TimezoneAssignment> timezones = new LinkedHashMap<>();
        years.forEach((zone, span) -> timezones.put(zone,
                new TimezoneAssignment(TimeZone.getTimeZone(zone), ZoneRulesVTimezone.of(zone, span[0], span[1]))));
        return timezones;
    }

    /** biweekly writes a date-only value as the day that Date falls on in the JVM's default zone. */
    private static Date dateOnly(LocalDate day) {
        return Date.from(day.atStartOfDay(TimeZone.getDefault().toZoneId()).toInstant());
    }

    private static void refuseSharedUids(List<IcsEvent> events) {
        Set<String> seen = new HashSet<>();
        for (IcsEvent event : events) {
            if (!seen.add(event.uid())) {
                throw new IllegalArgumentException("two events share the UID " + event.uid() + ": calendars would keep only one of them;"
                        + " give each event its own UID");
            }
        }
    }

    private static String text(ICalendar calendar) {
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            // Folded afterwards by OctetLineFolder: biweekly counts characters, RFC 5545 counts octets.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }
}
