package io.meridian.calendar.internal.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import io.meridian.calendar.internal.ics.IcsEvent.AllDay;
import io.meridian.calendar.internal.ics.IcsEvent.Timed;
import io.meridian.calendar.internal.ics.IcsEvent.Transparency;

class IcsBusyReaderTest {

    private static final IcsBusyReader READER = new IcsBusyReader();
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2025-05-01T00:00:00Z");

    /** A VTIMEZONE as Google Calendar exports it: yearly rules rather than fixed onsets. */
    private static final String BERLIN_VTIMEZONE = """
            BEGIN:VTIMEZONE
            TZID:Europe/Berlin
            X-LIC-LOCATION:Europe/Berlin
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            """;

    private static String calendar(String body) {
        return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + body + "END:VCALENDAR\n").replace("\n", "\r\n");
    }

    private static Busy busy(String start, String end, String summary) {
        return new Busy(Instant.parse(start), Instant.parse(end), summary);
    }

    private static IllegalArgumentException refused(String ics) {
        return assertThrows(IllegalArgumentException.class, () -> READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void weeklyMeetingKeepsItsLocalTimeAcrossTheClockChange() {
        String ics = calendar(BERLIN_VTIMEZONE + """
                BEGIN:VEVENT
                UID:standup@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Standup
                DTSTART;TZID=Europe/Berlin:20250317T090000
                DTEND;TZID=Europe/Berlin:20250317T093000
                RRULE:FREQ=WEEKLY;COUNT=4
                END:VEVENT
                """);
        assertEquals(List.of(
                busy("2025-03-17T08:00:00Z", "2025-03-17T08:30:00Z", "Standup"),
                busy("2025-03-24T08:00:00Z", "2025-03-24T08:30:00Z", "Standup"),
                busy("2025-03-31T07:00:00Z", "2025-03-31T07:30:00Z", "Standup"),
                busy("2025-04-07T07:00:00Z", "2025-04-07T07:30:00Z", "Standup")), READER.read(ics, MARCH, MAY, TOKYO));
    }

    @Test
    void weeklyMeetingInAnIanaZoneWithoutVtimezoneKeepsItsLocalTime() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:ny@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:New York sync
                DTSTART;TZID=America/New_York:20250303T100000
                DURATION:PT1H
                RRULE:FREQ=WEEKLY;UNTIL=20250317T235959Z
                END:VEVENT
                """);
        assertEquals(List.of(
                busy("2025-03-03T15:00:00Z", "2025-03-03T16:00:00Z", "New York sync"),
                busy("2025-03-10T14:00:00Z", "2025-03-10T15:00:00Z", "New York sync"),
                busy("2025-03-17T14:00:00Z", "2025-03-17T15:00:00Z", "New York sync")), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void excludedAndMovedOccurrencesAreHonoured() {
        String ics = calendar(BERLIN_VTIMEZONE + """
                BEGIN:VEVENT
                UID:review@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Review
                DTSTART;TZID=Europe/Berlin:20250303T140000
                DTEND;TZID=Europe/Berlin:20250303T150000
                RRULE:FREQ=WEEKLY;COUNT=4
                EXDATE;TZID=Europe/Berlin:20250310T140000
                END:VEVENT
                BEGIN:VEVENT
                UID:review@example.com
                DTSTAMP:20250101T000000Z
                RECURRENCE-ID;TZID=Europe/Berlin:20250317T140000
                SUMMARY:Review (moved)
                DTSTART;TZID=Europe/Berlin:20250318T160000
                DTEND;TZID=Europe/Berlin:20250318T170000
                END:VEVENT
                BEGIN:VEVENT
                UID:review@example.com
                DTSTAMP:20250101T000000Z
                RECURRENCE-ID;TZID=Europe/Berlin:20250324T140000
                STATUS:CANCELLED
                SUMMARY:Review
                DTSTART;TZID=Europe/Berlin:20250324T140000
                DTEND;TZID=Europe/Berlin:20250324T150000
                END:VEVENT
                """);
        assertEquals(List.of(
                busy("2025-03-03T13:00:00Z", "2025-03-03T14:00:00Z", "Review"),
                busy("2025-03-18T15:00:00Z", "2025-03-18T16:00:00Z", "Review (moved)")), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void allDayEventFillsItsDaysInTheCallersZone() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:golden-week@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Showa Day
                DTSTART;VALUE=DATE:20250429
                DTEND;VALUE=DATE:20250430
                END:VEVENT
                BEGIN:VEVENT
                UID:offsite@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Offsite
                DTSTART;VALUE=DATE:20250310
                END:VEVENT
                """);
        assertEquals(List.of(
                busy("2025-03-09T15:00:00Z", "2025-03-10T15:00:00Z", "Offsite"),
                busy("2025-04-28T15:00:00Z", "2025-04-29T15:00:00Z", "Showa Day")), READER.read(ics, MARCH, MAY, TOKYO));
    }

    @Test
    void repeatingAllDayEventKeepsItsDaysWhateverTheJvmZone() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:planning@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Planning day
                DTSTART;VALUE=DATE:20250303
                DTEND;VALUE=DATE:20250304
                RRULE:FREQ=MONTHLY;COUNT=2
                END:VEVENT
                """);
        List<Busy> expected = List.of(
                busy("2025-03-02T15:00:00Z", "2025-03-03T15:00:00Z", "Planning day"),
                busy("2025-04-02T15:00:00Z", "2025-04-03T15:00:00Z", "Planning day"));
        TimeZone before = TimeZone.getDefault();
        try {
            for (String jvmZone : List.of("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo")) {
                TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
                assertEquals(expected, READER.read(ics, MARCH, MAY, TOKYO), jvmZone);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void cancelledAndFreeEventsAreSkipped() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:cancelled@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Called off
                STATUS:CANCELLED
                DTSTART:20250312T090000Z
                DTEND:20250312T100000Z
                END:VEVENT
                BEGIN:VEVENT
                UID:free@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Holiday elsewhere
                TRANSP:TRANSPARENT
                DTSTART;VALUE=DATE:20250313
                END:VEVENT
                BEGIN:VEVENT
                UID:real@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Real meeting
                STATUS:CONFIRMED
                TRANSP:OPAQUE
                DTSTART:20250314T090000Z
                DTEND:20250314T100000Z
                END:VEVENT
                """);
        assertEquals(List.of(busy("2025-03-14T09:00:00Z", "2025-03-14T10:00:00Z", "Real meeting")), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void aCancellationFileMakesNobodyBusy() {
        String ics = calendar("""
                METHOD:CANCEL
                BEGIN:VEVENT
                UID:real@example.com
                DTSTAMP:20250101T000000Z
                DTSTART:20250314T090000Z
                DTEND:20250314T100000Z
                END:VEVENT
                """);
        assertEquals(List.of(), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void floatingTimesAreTheCallersLocalTime() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:floating@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Dentist
                DTSTART:20250320T090000
                DTEND:20250320T100000
                END:VEVENT
                """);
        assertEquals(List.of(busy("2025-03-20T00:00:00Z", "2025-03-20T01:00:00Z", "Dentist")), READER.read(ics, MARCH, MAY, TOKYO));
    }

    @Test
    void freeBusyExportGivesItsBusyPeriods() {
        String ics = calendar("""
                BEGIN:VFREEBUSY
                UID:fb@example.com
                DTSTAMP:20250101T000000Z
                DTSTART:20250301T000000Z
                DTEND:20250401T000000Z
                FREEBUSY:20250314T090000Z/PT1H,20250314T130000Z/20250314T140000Z
                FREEBUSY;FBTYPE=BUSY-TENTATIVE:20250315T090000Z/PT30M
                FREEBUSY;FBTYPE=FREE:20250316T090000Z/PT8H
                FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20250317T000000Z/P1D
                END:VFREEBUSY
                """);
        assertEquals(List.of(
                busy("2025-03-14T09:00:00Z", "2025-03-14T10:00:00Z", "Busy"),
                busy("2025-03-14T13:00:00Z", "2025-03-14T14:00:00Z", "Busy"),
                busy("2025-03-15T09:00:00Z", "2025-03-15T09:30:00Z", "Busy (tentative)"),
                busy("2025-03-17T00:00:00Z", "2025-03-18T00:00:00Z", "Unavailable")), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void onlyBusyTimesOverlappingTheWindowAreReturnedWhole() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:before@example.com
                DTSTAMP:20250101T000000Z
                DTSTART:20250228T090000Z
                DTEND:20250228T100000Z
                END:VEVENT
                BEGIN:VEVENT
                UID:across@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Night shift
                DTSTART:20250228T220000Z
                DTEND:20250301T060000Z
                END:VEVENT
                BEGIN:VEVENT
                UID:after@example.com
                DTSTAMP:20250101T000000Z
                DTSTART:20250501T000000Z
                DTEND:20250501T010000Z
                END:VEVENT
                """);
        assertEquals(List.of(busy("2025-02-28T22:00:00Z", "2025-03-01T06:00:00Z", "Night shift")), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void aDailyRuleStartedLongAgoIsExpandedOnlyInTheWindow() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:daily@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Daily
                DTSTART;TZID=Europe/Berlin:19900101T080000
                DTEND;TZID=Europe/Berlin:19900101T081500
                RRULE:FREQ=DAILY
                END:VEVENT
                """);
        List<Busy> busy = READER.read(ics, MARCH, MAY, BERLIN);
        assertEquals(61, busy.size());
        assertEquals(busy("2025-03-01T07:00:00Z", "2025-03-01T07:15:00Z", "Daily"), busy.get(0));
        assertEquals(busy("2025-04-30T06:00:00Z", "2025-04-30T06:15:00Z", "Daily"), busy.get(60));
    }

    @Test
    void rulesThatBeganMoreThanACenturyAgoStillRepeat() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:birthday@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Grandmother's birthday
                DTSTART;VALUE=DATE:19010402
                RRULE:FREQ=YEARLY
                END:VEVENT
                BEGIN:VEVENT
                UID:old-daily@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Lighthouse check
                DTSTART:18900101T120000Z
                DURATION:PT10M
                RRULE:FREQ=DAILY
                END:VEVENT
                """);
        List<Busy> busy = READER.read(ics, Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2025-04-04T00:00:00Z"), TOKYO);
        assertEquals(List.of(
                busy("2025-04-01T12:00:00Z", "2025-04-01T12:10:00Z", "Lighthouse check"),
                busy("2025-04-01T15:00:00Z", "2025-04-02T15:00:00Z", "Grandmother's birthday"),
                busy("2025-04-02T12:00:00Z", "2025-04-02T12:10:00Z", "Lighthouse check"),
                busy("2025-04-03T12:00:00Z", "2025-04-03T12:10:00Z", "Lighthouse check")), busy);
    }

    /** biweekly's own VTIMEZONE reading takes daylight saving to be one hour; Lord Howe's is thirty minutes. */
    @Test
    void lordHoweHalfHourDaylightSavingIsReadWithIanaRules() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        IcsWriter writer = new IcsWriter(Clock.fixed(MARCH, ZoneOffset.UTC));
        String ics = writer.write("Island", List.of(
                new IcsEvent("summer", "Summer call", "", new Timed(LocalDateTime.of(2025, 3, 20, 9, 0), lordHowe, Duration.ofHours(1)),
                        Optional.empty(), List.of(), Transparency.OPAQUE),
                new IcsEvent("winter", "Winter call", "", new Timed(LocalDateTime.of(2025, 4, 20, 9, 0), lordHowe, Duration.ofHours(1)),
                        Optional.empty(), List.of(), Transparency.OPAQUE)));
        assertEquals(List.of(
                busy("2025-03-19T22:00:00Z", "2025-03-19T23:00:00Z", "Summer call"),
                busy("2025-04-19T22:30:00Z", "2025-04-19T23:30:00Z", "Winter call")), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void outlookWindowsZoneNamesAreUnderstood() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:outlook@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Outlook meeting
                DTSTART;TZID=W. Europe Standard Time:20250401T090000
                DTEND;TZID=W. Europe Standard Time:20250401T100000
                END:VEVENT
                """);
        assertEquals(List.of(busy("2025-04-01T07:00:00Z", "2025-04-01T08:00:00Z", "Outlook meeting")), READER.read(ics, MARCH, MAY, TOKYO));
    }

    @Test
    void whatTheWriterExportsReadsBackAsBusyExceptTheFreeEvents() {
        IcsWriter writer = new IcsWriter(Clock.fixed(MARCH, ZoneOffset.UTC));
        String ics = writer.write("Round trip", List.of(
                new IcsEvent("holiday", "Holiday", "", AllDay.on(LocalDate.of(2025, 4, 18)), Optional.empty(), List.of(), Transparency.TRANSPARENT),
                new IcsEvent("leave", "Leave", "", new AllDay(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 4, 23)), Optional.empty(),
                        List.of(), Transparency.OPAQUE),
                new IcsEvent("kathmandu", "Call, Kathmandu", "a; b", new Timed(LocalDateTime.of(2025, 3, 12, 16, 45), ZoneId.of("Asia/Kathmandu"),
                        Duration.ofMinutes(30)), Optional.of("Room 1"), List.of("Work"), Transparency.OPAQUE)));
        assertEquals(List.of(
                busy("2025-03-12T11:00:00Z", "2025-03-12T11:30:00Z", "Call, Kathmandu"),
                busy("2025-04-20T22:00:00Z", "2025-04-22T22:00:00Z", "Leave")), READER.read(ics, MARCH, MAY, BERLIN));
    }

    @Test
    void textThatIsNotACalendarIsRefusedSayingWhatItIs() {
        IllegalArgumentException e = refused("Subject,Start Date,Start Time\nStandup,2025-03-17,09:00\n");
        assertTrue(e.getMessage().contains("no BEGIN:VCALENDAR"), e.getMessage());
        assertTrue(e.getMessage().contains("Subject,Start Date,Start Time"), e.getMessage());
        assertTrue(e.getMessage().contains("Export the calendar as .ics"), e.getMessage());
        assertTrue(refused("").getMessage().contains("no BEGIN:VCALENDAR"));
    }

    @Test
    void unreadableStartNamesItsLineAndTheFix() {
        IllegalArgumentException e = refused(calendar("""
                BEGIN:VEVENT
                UID:bad@example.com
                DTSTAMP:20250101T000000Z
                DTSTART:2025-03-XX
                END:VEVENT
                """));
        assertTrue(e.getMessage().contains("line 7, DTSTART"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: write a day as 20250314"), e.getMessage());
    }

    @Test
    void brokenLineFoldingNamesItsLine() {
        IllegalArgumentException e = refused(calendar("""
                BEGIN:VEVENT
                UID:fold@example.com
                DTSTAMP:20250101T000000Z
                DTSTART:20250314T090000Z
                DESCRIPTION:a long text that was wrapped
                without the leading space
                END:VEVENT
                """));
        assertTrue(e.getMessage().contains("line 9"), e.getMessage());
        assertTrue(e.getMessage().contains("starts with a space"), e.getMessage());
    }

    @Test
    void unknownTimeZoneIsNamed() {
        IllegalArgumentException e = refused(calendar("""
                BEGIN:VEVENT
                UID:tz@example.com
                DTSTAMP:20250101T000000Z
                DTSTART;TZID=Mars/Olympus_Mons:20250314T090000
                DTEND;TZID=Mars/Olympus_Mons:20250314T100000
                END:VEVENT
                """));
        assertTrue(e.getMessage().contains("\"Mars/Olympus_Mons\""), e.getMessage());
        assertTrue(e.getMessage().contains("Europe/Berlin"), e.getMessage());
    }

    @Test
    void eventWithoutStartIsNamed() {
        IllegalArgumentException e = refused(calendar("""
                BEGIN:VEVENT
                UID:nostart@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Sometime
                END:VEVENT
                """));
        assertTrue(e.getMessage().contains("\"Sometime\" (UID nostart@example.com) has no DTSTART"), e.getMessage());
    }

    @Test
    void ruleWithoutFrequencyIsRefused() {
        IllegalArgumentException e = refused(calendar("""
                BEGIN:VEVENT
                UID:rule@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Often
                DTSTART:20250314T090000Z
                DTEND:20250314T100000Z
                RRULE:COUNT=3
                END:VEVENT
                """));
        assertTrue(e.getMessage().contains("has no FREQ"), e.getMessage());
    }

    @Test
    void eventEndingBeforeItStartsIsRefused() {
        IllegalArgumentException e = refused(calendar("""
                BEGIN:VEVENT
                UID:backwards@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Backwards
                DTSTART:20250314T100000Z
                DTEND:20250314T090000Z
                END:VEVENT
                """));
        assertTrue(e.getMessage().contains("ends (DTEND) before it starts"), e.getMessage());
    }

    @Test
    void truncatedFileIsRefused() {
        String whole = calendar("""
                BEGIN:VEVENT
                UID:cut@example.com
                DTSTAMP:20250101T000000Z
                DTSTART:20250314T090000Z
                DTEND:20250314T100000Z
                END:VEVENT
                """);
        IllegalArgumentException e = refused(whole.substring(0, whole.indexOf("END:VEVENT")));
        assertTrue(e.getMessage().contains("ends before its END:VCALENDAR"), e.getMessage());
    }

    @Test
    void fileOverFiveMegabytesIsRefused() {
        String filler = "X-FILLER:" + "x".repeat(70) + "\n";
        String ics = calendar(filler.repeat(IcsBusyReader.MAX_BYTES / filler.length() + 1));
        IllegalArgumentException e = refused(ics);
        assertTrue(e.getMessage().contains("larger than 5 MB"), e.getMessage());

        // calendar() ends each line in CRLF, one byte more than the filler's LF.
        String justUnder = calendar(filler.repeat(IcsBusyReader.MAX_BYTES / (filler.length() + 1) - 10));
        assertEquals(List.of(), READER.read(justUnder, MARCH, MAY, BERLIN));
    }

    @Test
    void multiByteTextCountsInBytesTowardsTheLimit() {
        String filler = "X-FILLER:" + "東".repeat(60) + "\n";
        int lines = IcsBusyReader.MAX_BYTES / (filler.length() + 2 * 60) + 1;
        assertTrue((long) filler.length() * lines < IcsBusyReader.MAX_BYTES, "fewer characters than bytes allowed");
        IllegalArgumentException e = refused(calendar(filler.repeat(lines)));
        assertTrue(e.getMessage().contains("larger than 5 MB"), e.getMessage());
    }

    @Test
    void moreThanTenThousandBusyTimesAreRefused() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:often@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Every hour
                DTSTART:20250101T000000Z
                DTEND:20250101T001500Z
                RRULE:FREQ=HOURLY
                END:VEVENT
                """);
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        assertEquals(IcsBusyReader.MAX_OCCURRENCES, READER.read(ics, from, from.plus(Duration.ofHours(IcsBusyReader.MAX_OCCURRENCES)), BERLIN).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> READER.read(ics, from, from.plus(Duration.ofHours(IcsBusyReader.MAX_OCCURRENCES + 1)), BERLIN));
        assertTrue(e.getMessage().contains("more than 10000 busy times"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Every hour\""), e.getMessage());
        assertTrue(e.getMessage().contains("shorter window"), e.getMessage());
    }

    @Test
    void seriesTooDenseToStepThroughBeforeTheWindowIsRefused() {
        String ics = calendar("""
                BEGIN:VEVENT
                UID:ticker@example.com
                DTSTAMP:20250101T000000Z
                SUMMARY:Ticker
                DTSTART:19000101T000000Z
                DURATION:PT1S
                RRULE:FREQ=SECONDLY
                END:VEVENT
                """);
        IllegalArgumentException e = refused(ics);
        assertTrue(e.getMessage().contains("more than 2000000 times before the window"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Ticker\" (UID ticker@example.com)"), e.getMessage());
    }

    @Test
    void windowMustRunForwards() {
        assertThrows(IllegalArgumentException.class, () -> READER.read(calendar(""), MAY, MARCH, BERLIN));
    }
}
