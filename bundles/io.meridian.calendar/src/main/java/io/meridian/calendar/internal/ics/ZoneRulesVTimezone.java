package io.meridian.calendar.internal.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * A VTIMEZONE for an IANA zone, taken from java.time's rules for the years an export covers.
 *
 * <p>Each offset change in those years is its own observance with a fixed onset, rather than a
 * yearly RRULE: that is exact even for zones whose rules changed within the span, and every
 * client (Google Calendar, Outlook, Apple Calendar) reads it. The TZID is the IANA id, so a
 * client that knows the zone uses its own rules and one that does not uses these.
 */
final class ZoneRulesVTimezone {

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private ZoneRulesVTimezone() {
    }

    /** The VTIMEZONE of {@code zone} from 1 January of {@code firstYear} to the end of {@code lastYear}. */
    static VTimezone of(ZoneId zone, int firstYear, int lastYear) {
        if (zone instanceof ZoneOffset) {
            throw new IllegalArgumentException("a VTIMEZONE needs a region zone such as Europe/Berlin, not the bare offset " + zone);
        }
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the years of a VTIMEZONE run backwards: " + firstYear + " to " + lastYear);
        }
        ZoneRules rules = zone.getRules();
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(zone).toInstant();
        Instant until = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();

        VTimezone timezone = new VTimezone(zone.getId());
        ZoneOffset before = rules.getOffset(from.minusSeconds(1));
        ZoneOffset at = rules.getOffset(from);
        add(timezone, rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, before), before, at, zone, from);

        ZoneOffsetTransition transition = rules.nextTransition(from);
        while (transition != null && transition.getInstant().isBefore(until)) {
            Instant onset = transition.getInstant();
            add(timezone, rules.isDaylightSavings(onset), transition.getDateTimeBefore(), transition.getOffsetBefore(),
                    transition.getOffsetAfter(), zone, onset);
            transition = rules.nextTransition(onset);
        }
        return timezone;
    }

    /** RFC 5545 gives an observance's onset in the local time that was in force just before it. */
    private static void add(VTimezone timezone, boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to, ZoneId zone,
                            Instant at) {
        Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
        observance.setDateStart(new DateTimeComponents(onset.getYear(), onset.getMonthValue(), onset.getDayOfMonth(), onset.getHour(),
                onset.getMinute(), onset.getSecond(), false));
        observance.setTimezoneOffsetFrom(utcOffset(from));
        observance.setTimezoneOffsetTo(utcOffset(to));
        observance.addTimezoneName(ABBREVIATION.format(at.atZone(zone)));
        if (daylight) {
            timezone.addDaylightSavingsTime((DaylightSavingsTime) observance);
        } else {
            timezone.addStandardTime((StandardTime) observance);
        }
    }

    private static UtcOffset utcOffset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
