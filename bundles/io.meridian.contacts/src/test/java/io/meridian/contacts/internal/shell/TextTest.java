package io.meridian.contacts.internal.shell;

import io.meridian.support.shell.Tables;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void agoCountsCalendarDaysInTheReadersZone() {
        assertEquals("never", Text.ago(null, NOW, ZoneOffset.UTC));
        assertEquals("today", Text.ago(Instant.parse("2026-11-20T00:01:00Z"), NOW, ZoneOffset.UTC));
        assertEquals("1 day ago", Text.ago(Instant.parse("2026-11-19T23:59:00Z"), NOW, ZoneOffset.UTC));
        assertEquals("12 days ago", Text.ago(Instant.parse("2026-11-08T12:00:00Z"), NOW, ZoneOffset.UTC));
    }

    @Test
    void dueSaysHowLongUntilOrHowLongOverdue() {
        assertEquals("in 3 days", Text.due(Instant.parse("2026-11-23T09:00:00Z"), NOW, ZoneOffset.UTC));
        assertEquals("2 days overdue", Text.due(Instant.parse("2026-11-18T09:00:00Z"), NOW, ZoneOffset.UTC));
        assertEquals("due today", Text.due(Instant.parse("2026-11-20T09:00:00Z"), NOW, ZoneOffset.UTC));
        assertEquals("in 1 day", Text.until(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 20)));
    }

    @Test
    void tableAlignsColumnsCountingEastAsianCharactersAsTwo() {
        String table = Tables.table(List.of("ID", "NAME", "COUNTRY"),
                List.of(List.of("1a2b3c4d", "山田太郎", "JP"), List.of("5e6f7a8b", "Anna Schmidt", "DE")));
        assertEquals("""
                ID        NAME          COUNTRY
                1a2b3c4d  山田太郎      JP
                5e6f7a8b  Anna Schmidt  DE
                """, table);
    }

    @Test
    void truncateCutsToTheColumnsWithAnEllipsis() {
        assertEquals("Anna", Tables.truncate("Anna", 10));
        assertEquals("Anna Sch…", Tables.truncate("Anna Schmidt", 9));
        assertEquals("山田…", Tables.truncate("山田太郎", 6));
    }

    @Test
    void scoresKeepTheirDigitsAndOrdinalsTheirSuffix() {
        assertEquals("4.0", Text.score(4));
        assertEquals("4.5", Text.score(4.5));
        assertEquals("3.75", Text.score(3.75));
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 22).stream().map(Text::ordinal).toList());
    }

    @Test
    void shortIdIsTheFirstEightCharacters() {
        assertEquals("3f2a9c1e", Text.shortId(UUID.fromString("3f2a9c1e-0000-4000-8000-000000000000")));
    }
}
