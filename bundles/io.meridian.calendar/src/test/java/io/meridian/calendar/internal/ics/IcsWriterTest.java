package io.meridian.calendar.internal.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import io.meridian.calendar.internal.ics.IcsEvent.AllDay;
import io.meridian.calendar.internal.ics.IcsEvent.Timed;
import io.meridian.calendar.internal.ics.IcsEvent.Transparency;

class IcsWriterTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final IcsWriter WRITER = new IcsWriter(Clock.fixed(NOW, ZoneOffset.UTC));

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    private static final String TRICKY_SUMMARY = "Lunch, then; review \\ notes";
    private static final String TRICKY_DESCRIPTION = "Line one\nLine two, with; specials \\ and\r\na Windows line";
    private static final String JAPANESE = "東京オフィスで四半期レビュー。議題：売上、採用計画、来期の予算、そして新しいパートナーとの契約条件について詳しく話し合います。";

    private static final List<IcsEvent> EVENTS = List.of(
            event("labour-day", "Labour Day", AllDay.on(LocalDate.of(2025, 5, 1)), Transparency.TRANSPARENT, "Holiday", "DE"),
            event("christmas", "Christmas", new AllDay(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 27)), Transparency.TRANSPARENT),
            event("tokyo", "Quarterly review", timed(2025, 4, 10, 10, 0, TOKYO, 60), Transparency.OPAQUE),
            event("berlin", "Kick-off", timed(2025, 3, 28, 9, 0, BERLIN, 90), Transparency.OPAQUE),
            event("berlin-new-year", "New Year's call", timed(2025, 12, 31, 23, 0, BERLIN, 120), Transparency.OPAQUE),
            event("new-york", "Board call", timed(2025, 11, 3, 9, 0, NEW_YORK, 45), Transparency.OPAQUE),
            event("kathmandu", "Supplier visit", timed(2025, 6, 2, 14, 15, KATHMANDU, 30), Transparency.OPAQUE),
            event("lord-howe-summer", "Island call (summer)", timed(2025, 1, 20, 9, 0, LORD_HOWE, 60), Transparency.OPAQUE),
            event("lord-howe-winter", "Island call (winter)", timed(2025, 7, 20, 9, 0, LORD_HOWE, 60), Transparency.OPAQUE),
            event("utc", "Server window", timed(2025, 8, 1, 22, 0, ZoneOffset.UTC, 30), Transparency.OPAQUE),
            new IcsEvent("tricky", TRICKY_SUMMARY, TRICKY_DESCRIPTION, timed(2025, 9, 1, 12, 0, BERLIN, 60),
                    Optional.of("Café ½, Berlin; 2nd floor"), List.of("Food, drinks", "Team;Berlin"), Transparency.OPAQUE),
            new IcsEvent("japanese", "四半期レビュー", JAPANESE, timed(2025, 9, 2, 15, 0, TOKYO, 60), Optional.of("東京都千代田区丸の内"),
                    List.of(), Transparency.OPAQUE));

    private static final String TEXT = WRITER.write("Team, Berlin; Tokyo", EVENTS);
    private static final ICalendar PARSED = Biweekly.parse(TEXT).first();

    private static IcsEvent event(String uid, String summary, IcsEvent.When when, Transparency transparency, String... categories) {
        return new IcsEvent(uid, summary, "", when, Optional.empty(), List.of(categories), transparency);
    }

    private static Timed timed(int year, int month, int day, int hour, int minute, ZoneId zone, int minutes) {
        return new Timed(LocalDateTime.of(year, month, day, hour, minute), zone, Duration.ofMinutes(minutes));
    }

    private static Map<String, VEvent> parsedByUid() {
        return PARSED.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    @Test
    void calendarSaysWhoMadeItItsVersionMethodAndName() {
        assertTrue(TEXT.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Meridian//Meridian//EN\r\n"), TEXT);
        assertTrue(TEXT.contains("\r\nMETHOD:PUBLISH\r\n"), TEXT);
        assertTrue(TEXT.contains("\r\nX-WR-CALNAME:Team\\, Berlin\\; Tokyo\r\n"), TEXT);
        assertTrue(TEXT.endsWith("END:VCALENDAR\r\n"));
        assertEquals("-//Meridian//Meridian//EN", PARSED.getProductId().getValue());
        assertTrue(PARSED.getMethod().isPublish());
        assertEquals("Team, Berlin; Tokyo", PARSED.getNames().get(0).getValue());
        assertEquals("Team\\, Berlin\\; Tokyo", PARSED.getExperimentalProperty("X-WR-CALNAME").getValue(),
                "an X- property reads back raw, still escaped as RFC 5545 TEXT");
    }

    @Test
    void everyLineEndsInCrlfAndFitsInSeventyFiveOctets() {
        assertFalse(TEXT.replace("\r\n", "").contains("\n"), "a bare LF");
        assertFalse(TEXT.replace("\r\n", "").contains("\r"), "a bare CR");
        for (String line : TEXT.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "longer than 75 octets: " + line);
        }
        assertTrue(TEXT.contains("\r\n "), "the Japanese description must have been folded");
    }

    @Test
    void eventsReadBackWithTheirTimesTextAndStamp() {
        Map<String, VEvent> byUid = parsedByUid();
        assertEquals(EVENTS.size(), byUid.size());
        for (IcsEvent event : EVENTS) {
            VEvent parsed = byUid.get(event.uid());
            assertNotNull(parsed, event.uid());
            assertEquals(event.summary(), parsed.getSummary().getValue());
            assertEquals(NOW, parsed.getDateTimeStamp().getValue().toInstant(), "DTSTAMP of " + event.uid());
            assertEquals(event.transparency() == Transparency.OPAQUE, parsed.getTransparency().isOpaque());
            if (event.when() instanceof Timed timed) {
                assertTrue(parsed.getDateStart().getValue().hasTime());
                assertEquals(timed.startsAt().toInstant(), instant(parsed.getDateStart().getValue(), timed.zone()), event.uid());
                assertEquals(timed.endsAt().toInstant(), instant(parsed.getDateEnd().getValue(), timed.zone()), event.uid());
            }
        }
        VEvent japanese = byUid.get("japanese");
        assertEquals(JAPANESE, japanese.getDescription().getValue());
        assertEquals("東京都千代田区丸の内", japanese.getLocation().getValue());
        assertEquals(List.of("Holiday", "DE"), byUid.get("labour-day").getCategories().get(0).getValues());
        assertTrue(byUid.get("kathmandu").getCategories().isEmpty());
    }

    @Test
    void allDayEventsAreDatesEndingTheDayAfterTheLastDay() {
        assertTrue(TEXT.contains("\r\nDTSTART;VALUE=DATE:20250501\r\nDTEND;VALUE=DATE:20250502\r\n"), TEXT);
        assertTrue(TEXT.contains("\r\nDTSTART;VALUE=DATE:20251224\r\nDTEND;VALUE=DATE:20251227\r\n"), TEXT);
        ICalDate christmas = parsedByUid().get("christmas").getDateStart().getValue();
        assertFalse(christmas.hasTime());
        assertEquals(LocalDate.of(2025, 12, 24), LocalDate.of(christmas.getRawComponents().getYear(),
                christmas.getRawComponents().getMonth(), christmas.getRawComponents().getDate()));
    }

    @Test
    void allDayDatesDoNotDependOnTheJvmZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String id : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo")) {
                TimeZone.setDefault(TimeZone.getTimeZone(id));
                String text = WRITER.write("Holidays", List.of(event("d", "Day", AllDay.on(LocalDate.of(2025, 1, 1)), Transparency.OPAQUE)));
                assertTrue(text.contains("DTSTART;VALUE=DATE:20250101\r\nDTEND;VALUE=DATE:20250102\r\n"), id + ": " + text);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void timedEventsNameTheirIanaZoneAndKeepTheirLocalTime() {
        assertTrue(TEXT.contains("\r\nDTSTART;TZID=Asia/Tokyo:20250410T100000\r\nDTEND;TZID=Asia/Tokyo:20250410T110000\r\n"), TEXT);
        assertTrue(TEXT.contains("\r\nDTSTART;TZID=Europe/Berlin:20251231T230000\r\nDTEND;TZID=Europe/Berlin:20260101T010000\r\n"), TEXT);
        assertTrue(TEXT.contains("\r\nDTSTART;TZID=Asia/Kathmandu:20250602T141500\r\n"), TEXT);
        assertTrue(TEXT.contains("\r\nDTSTART:20250801T220000Z\r\nDTEND:20250801T223000Z\r\n"), "an offset is written as UTC: " + TEXT);

        TimezoneInfo tzinfo = PARSED.getTimezoneInfo();
        Map<String, VEvent> byUid = parsedByUid();
        Map<String, String> zones = Map.of("tokyo", "Asia/Tokyo", "berlin", "Europe/Berlin", "new-york", "America/New_York",
                "kathmandu", "Asia/Kathmandu", "lord-howe-summer", "Australia/Lord_Howe");
        zones.forEach((uid, tzid) -> {
            TimezoneAssignment assignment = tzinfo.getTimezone(byUid.get(uid).getDateStart());
            assertNotNull(assignment, uid);
            assertEquals(tzid, assignment.getComponent().getTimezoneId().getValue(), uid);
        });
        assertEquals(null, tzinfo.getTimezone(byUid.get("utc").getDateStart()), "UTC needs no VTIMEZONE");
    }

    @Test
    void oneVtimezonePerZoneUsed() {
        Set<String> tzids = new TreeSet<>();
        for (VTimezone timezone : PARSED.getTimezoneInfo().getComponents()) {
            tzids.add(timezone.getTimezoneId().getValue());
        }
        assertEquals(new TreeSet<>(List.of("America/New_York", "Asia/Kathmandu", "Asia/Tokyo", "Australia/Lord_Howe", "Europe/Berlin")), tzids);
        assertEquals(5, count(TEXT, "BEGIN:VTIMEZONE"));
    }

    @Test
    void lordHoweHasItsHalfHourDaylightSaving() {
        VTimezone lordHowe = component("Australia/Lord_Howe");
        for (DaylightSavingsTime daylight : lordHowe.getDaylightSavingsTime()) {
            assertEquals(new UtcOffset(true, 11, 0), daylight.getTimezoneOffsetTo().getValue());
        }
        for (StandardTime standard : lordHowe.getStandardTimes()) {
            assertEquals(new UtcOffset(true, 10, 30), standard.getTimezoneOffsetTo().getValue());
        }
        // 2025 opens in summer time; the clocks go back half an hour on 6 April and forward again on 5 October.
        assertTrue(TEXT.contains("BEGIN:DAYLIGHT\r\nDTSTART:20250101T000000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1100\r\n"), TEXT);
        assertTrue(TEXT.contains("BEGIN:STANDARD\r\nDTSTART:20250406T020000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1030\r\n"), TEXT);
        assertTrue(TEXT.contains("BEGIN:DAYLIGHT\r\nDTSTART:20251005T020000\r\nTZOFFSETFROM:+1030\r\nTZOFFSETTO:+1100\r\n"), TEXT);
        assertEquals(2, lordHowe.getDaylightSavingsTime().size());
        assertEquals(1, lordHowe.getStandardTimes().size());
    }

    @Test
    void kathmanduAndTokyoHaveOneStandardOffset() {
        VTimezone kathmandu = component("Asia/Kathmandu");
        assertTrue(kathmandu.getDaylightSavingsTime().isEmpty());
        assertEquals(1, kathmandu.getStandardTimes().size());
        assertEquals(new UtcOffset(true, 5, 45), kathmandu.getStandardTimes().get(0).getTimezoneOffsetTo().getValue());
        assertEquals(new UtcOffset(true, 9, 0), component("Asia/Tokyo").getStandardTimes().get(0).getTimezoneOffsetTo().getValue());
    }

    @Test
    void berlinObservancesStartWhenTheClocksChange() {
        assertTrue(TEXT.contains("BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"), TEXT);
        assertTrue(TEXT.contains("BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"), TEXT);
        assertTrue(TEXT.contains("DTSTART:20261025T030000"), "the New Year's call reaches 2026, so 2026 is covered: " + TEXT);
    }

    /**
     * Every VTIMEZONE, read as RFC 5545 says (the offset in force is the TZOFFSETTO of the latest
     * observance that has begun), agrees with java.time at every hour of the years it covers.
     * (biweekly's own reading of a VTIMEZONE cannot check this: it takes daylight saving to be one
     * hour, which Lord Howe's is not; IcsBusyReader reads IANA TZIDs with java.time for that reason.)
     */
    @Test
    void vtimezonesGiveTheOffsetsOfJavaTimeThroughTheYearsCovered() {
        for (VTimezone timezone : PARSED.getTimezoneInfo().getComponents()) {
            String tzid = timezone.getTimezoneId().getValue();
            ZoneId zone = ZoneId.of(tzid);
            int lastYear = tzid.equals("Europe/Berlin") ? 2026 : 2025;
            Instant end = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
            for (Instant at = LocalDate.of(2025, 1, 1).atStartOfDay(zone).toInstant(); at.isBefore(end); at = at.plusSeconds(1800)) {
                assertEquals(zone.getRules().getOffset(at), offsetInForce(timezone, at), tzid + " at " + at);
            }
        }
    }

    @Test
    void textWithCommasSemicolonsBackslashesAndNewlinesIsEscapedAndReadsBack() {
        assertTrue(TEXT.contains("\r\nSUMMARY:Lunch\\, then\\; review \\\\ notes\r\n"), TEXT);
        String unfolded = TEXT.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nDESCRIPTION:Line one\\nLine two\\, with\\; specials \\\\ and\\na Windows line\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nLOCATION:Café ½\\, Berlin\\; 2nd floor\r\n"), unfolded);
        assertTrue(unfolded.contains("\r\nCATEGORIES:Food\\, drinks,Team\\;Berlin\r\n"), unfolded);

        VEvent tricky = parsedByUid().get("tricky");
        assertEquals(TRICKY_SUMMARY, tricky.getSummary().getValue());
        assertEquals("Line one\nLine two, with; specials \\ and\na Windows line", tricky.getDescription().getValue(),
                "a Windows line break reads back as one newline");
        assertEquals("Café ½, Berlin; 2nd floor", tricky.getLocation().getValue());
        assertEquals(List.of("Food, drinks", "Team;Berlin"), tricky.getCategories().get(0).getValues());
    }

    @Test
    void refusesTwoEventsWithOneUid() {
        IcsEvent one = event("same", "One", AllDay.on(LocalDate.of(2025, 1, 1)), Transparency.OPAQUE);
        IcsEvent two = event("same", "Two", AllDay.on(LocalDate.of(2025, 1, 2)), Transparency.OPAQUE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.write("Cal", List.of(one, two)));
        assertTrue(e.getMessage().contains("share the UID same"), e.getMessage());
    }

    @Test
    void refusesEventsThatEndBeforeTheyStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AllDay(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1)));
        assertTrue(e.getMessage().contains("ends on 2025-05-02"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Timed(LocalDateTime.of(2025, 1, 1, 9, 0), BERLIN, Duration.ofMinutes(-5)));
    }

    @Test
    void anEmptyCalendarIsStillACalendar() {
        ICalendar empty = Biweekly.parse(WRITER.write("Nothing yet", List.of())).first();
        assertTrue(empty.getEvents().isEmpty());
        assertTrue(empty.getTimezoneInfo().getComponents().isEmpty());
    }

    /** The instant a DTSTART or DTEND names, read as a client that knows the IANA zone of its TZID would. */
    private static Instant instant(ICalDate date, ZoneId zone) {
        DateTimeComponents raw = date.getRawComponents();
        if (raw.isUtc()) {
            return Instant.parse(String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", raw.getYear(), raw.getMonth(), raw.getDate(),
                    raw.getHour(), raw.getMinute(), raw.getSecond()));
        }
        return LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(), raw.getSecond())
                .atZone(zone).toInstant();
    }

    private static ZoneOffset offsetInForce(VTimezone timezone, Instant at) {
        List<Observance> observances = new ArrayList<>(timezone.getStandardTimes());
        observances.addAll(timezone.getDaylightSavingsTime());
        Instant latestOnset = Instant.MIN;
        ZoneOffset offset = null;
        for (Observance observance : observances) {
            DateTimeComponents start = observance.getDateStart().getValue().getRawComponents();
            ZoneOffset from = ZoneOffset.ofTotalSeconds((int) (observance.getTimezoneOffsetFrom().getValue().getMillis() / 1000));
            Instant onset = LocalDateTime.of(start.getYear(), start.getMonth(), start.getDate(), start.getHour(), start.getMinute(),
                    start.getSecond()).toInstant(from);
            if (!onset.isAfter(at) && onset.isAfter(latestOnset)) {
                latestOnset = onset;
                offset = ZoneOffset.ofTotalSeconds((int) (observance.getTimezoneOffsetTo().getValue().getMillis() / 1000));
            }
        }
        assertNotNull(offset, () -> "no observance of " + timezone.getTimezoneId().getValue() + " has begun by " + at);
        return offset;
    }

    private static VTimezone component(String tzid) {
        return PARSED.getTimezoneInfo().getComponents().stream()
                .filter(c -> tzid.equals(c.getTimezoneId().getValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no VTIMEZONE " + tzid));
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void aMeetingInTheHourTheClocksRepeatIsWrittenInUtcSoItCannotMoveAnHour() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        // 01:30Z on 25 October 2026 is 02:30 CET, the second 02:30 of that night in Berlin
        IcsEvent.Timed second = IcsEvent.Timed.at(java.time.Instant.parse("2026-10-25T01:30:00Z"), berlin, java.time.Duration.ofHours(1));
        assertEquals(java.time.ZoneOffset.UTC, second.zone());
        assertEquals(java.time.Instant.parse("2026-10-25T01:30:00Z"), second.startsAt().toInstant());
        IcsEvent.Timed ordinary = IcsEvent.Timed.at(java.time.Instant.parse("2026-10-26T08:00:00Z"), berlin, java.time.Duration.ofHours(1));
        assertEquals(berlin, ordinary.zone());
        assertEquals(java.time.LocalDateTime.of(2026, 10, 26, 9, 0), ordinary.start());
    }
}
