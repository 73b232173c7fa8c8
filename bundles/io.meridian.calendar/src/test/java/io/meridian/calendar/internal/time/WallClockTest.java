package io.meridian.calendar.internal.time;

import io.meridian.calendar.internal.time.WallClock.Kind;
import io.meridian.calendar.internal.time.WallClock.Resolved;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transitions used here are those of the IANA time zone database that the JDK carries
 * (2026: the United States change on 8 March and 1 November, the European Union on 29 March
 * and 25 October, New South Wales on 5 April and 4 October).
 */
class WallClockTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static Resolved at(String date, String time, ZoneId zone) {
        return WallClock.resolve(LocalDate.parse(date), LocalTime.parse(time), zone);
    }

    @Test
    void anOrdinaryDayHasOneInstantAndNothingToSay() {
        Resolved r = at("2026-03-10", "09:00", NEW_YORK);
        assertEquals(Kind.EXACT, r.kind());
        assertEquals(OffsetDateTime.parse("2026-03-10T09:00-04:00").toInstant(), r.at().toInstant());
        assertTrue(r.explanation().isEmpty());
    }

    @Test
    void aTimeTheClocksSkipIsTakenAsTheSameTimeAfterTheJumpAndSaysSo() {
        Resolved us = at("2026-03-08", "02:30", NEW_YORK);
        assertEquals(Kind.SKIPPED, us.kind());
        assertEquals(LocalTime.of(3, 30), us.at().toLocalTime());
        assertEquals(ZoneOffset.ofHours(-4), us.at().getOffset());
        assertEquals("02:30 does not exist on 2026-03-08 in America/New_York: the clocks go forward 1 hour there. "
                + "It is taken as 03:30 (UTC-04:00).", us.explanation().orElseThrow());

        Resolved eu = at("2026-03-29", "02:15", BERLIN);
        assertEquals(Kind.SKIPPED, eu.kind());
        assertEquals(OffsetDateTime.parse("2026-03-29T03:15+02:00").toInstant(), eu.at().toInstant());

        Resolved au = at("2026-10-04", "02:00", SYDNEY);
        assertEquals(Kind.SKIPPED, au.kind());
        assertEquals(OffsetDateTime.parse("2026-10-04T03:00+11:00").toInstant(), au.at().toInstant());
    }

    @Test
    void aTimeTheClocksRepeatIsTakenTheFirstTimeWithTheSecondOffered() {
        Resolved us = at("2026-11-01", "01:30", NEW_YORK);
        assertEquals(Kind.REPEATED, us.kind());
        assertEquals(OffsetDateTime.parse("2026-11-01T01:30-04:00").toInstant(), us.at().toInstant());
        assertEquals(OffsetDateTime.parse("2026-11-01T01:30-05:00").toInstant(), us.alternative().orElseThrow().toInstant());
        assertEquals(Duration.ofHours(1), us.shift());
        assertEquals("01:30 happens twice on 2026-11-01 in America/New_York: the clocks go back 1 hour there. "
                + "The first is taken (UTC-04:00); the second is 1 hour later (UTC-05:00).", us.explanation().orElseThrow());

        assertEquals(Kind.REPEATED, at("2026-10-25", "02:30", BERLIN).kind());
        assertEquals(Kind.REPEATED, at("2026-04-05", "02:30", SYDNEY).kind());
        // the hour before and after the change is ordinary
        assertEquals(Kind.EXACT, at("2026-10-25", "03:00", BERLIN).kind());
        assertEquals(Kind.EXACT, at("2026-10-25", "01:59", BERLIN).kind());
    }

    @Test
    void oddOffsetsAndHalfHourChangesWork() {
        // Nepal is five hours and 45 minutes ahead all year
        Resolved kathmandu = at("2026-06-01", "10:00", ZoneId.of("Asia/Kathmandu"));
        assertEquals(ZoneOffset.ofHoursMinutes(5, 45), kathmandu.at().getOffset());
        // the Chatham Islands are 45 minutes ahead of New Zealand: +12:45 in winter, +13:45 in summer
        assertEquals(ZoneOffset.ofHoursMinutes(12, 45), at("2026-07-01", "10:00", ZoneId.of("Pacific/Chatham")).at().getOffset());
        assertEquals(ZoneOffset.ofHoursMinutes(13, 45), at("2026-01-15", "10:00", ZoneId.of("Pacific/Chatham")).at().getOffset());
        // Lord Howe Island moves its clocks by half an hour
        Resolved lordHowe = at("2026-10-04", "02:15", ZoneId.of("Australia/Lord_Howe"));
        assertEquals(Kind.SKIPPED, lordHowe.kind());
        assertEquals(Duration.ofMinutes(30), lordHowe.shift());
        assertEquals(LocalTime.of(2, 45), lordHowe.at().toLocalTime());
        assertTrue(lordHowe.explanation().orElseThrow().contains("forward 30 minutes"), lordHowe.explanation().orElseThrow());
    }

    @Test
    void aSkipThatChangesTheDaySaysWhichDay() {
        // Samoa skipped 30 December 2011 when it moved across the date line
        Resolved apia = at("2011-12-30", "10:00", ZoneId.of("Pacific/Apia"));
        assertEquals(Kind.SKIPPED, apia.kind());
        assertEquals(LocalDate.of(2011, 12, 31), apia.at().toLocalDate());
        assertTrue(apia.explanation().orElseThrow().contains("It is taken as 10:00 on 2011-12-31"), apia.explanation().orElseThrow());
    }

    @Test
    void moroccoSetsItsClocksBackForRamadan() {
        // Morocco keeps UTC+1 but goes back to UTC+0 for Ramadan; 2026's Ramadan starts around 18 February
        ZoneId casablanca = ZoneId.of("Africa/Casablanca");
        assertEquals(ZoneOffset.ofHours(1), at("2026-01-15", "12:00", casablanca).at().getOffset());
        assertEquals(ZoneOffset.UTC, at("2026-03-01", "12:00", casablanca).at().getOffset());
        assertEquals(ZoneOffset.ofHours(1), at("2026-05-01", "12:00", casablanca).at().getOffset());
    }

    @Test
    void lengthsAndOffsetsReadAsPeopleSayThem() {
        assertEquals("1 hour", WallClock.length(Duration.ofHours(1)));
        assertEquals("2 hours 30 minutes", WallClock.length(Duration.ofMinutes(150)));
        assertEquals("1 minute", WallClock.length(Duration.ofMinutes(1)));
        assertEquals("UTC", WallClock.offset(ZoneOffset.UTC));
        assertEquals("UTC+05:45", WallClock.offset(ZoneOffset.ofHoursMinutes(5, 45)));
    }
}
