package io.meridian.calendar.internal.workweek;

import io.meridian.api.calendar.WorkWeek;
import io.meridian.calendar.internal.workweek.WorkWeeks.Found;
import io.meridian.calendar.internal.workweek.WorkWeeks.Source;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkWeeksTest {

    private static final Set<DayOfWeek> MONDAY_TO_THURSDAY = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** The UAE's week: Friday and Saturday off until 2021, then Monday to Thursday and a half Friday (from 1 January 2022). */
    private static final List<WorkWeek> UAE = List.of(
            new WorkWeek("AE", EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), Map.of(), Optional.empty()),
            new WorkWeek("AE", MONDAY_TO_THURSDAY, Map.of(FRIDAY, LocalTime.of(12, 0)), Optional.of(LocalDate.of(2022, 1, 1))));

    @Test
    void withoutAProvidedWeekTheCountryGetsCldrsWeekend() {
        WorkWeeks weeks = new WorkWeeks(List.of());
        Found saudi = weeks.on("SA", DAY);
        assertEquals(Source.CLDR, saudi.source());
        assertEquals(EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), saudi.week().workingDays());
        assertEquals(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), weeks.on("de", DAY).week().workingDays());
        // Iran rests on Friday alone, India on Sunday alone
        assertEquals(EnumSet.complementOf(EnumSet.of(FRIDAY)), weeks.on("IR", DAY).week().workingDays());
        assertEquals(EnumSet.complementOf(EnumSet.of(SUNDAY)), weeks.on("IN", DAY).week().workingDays());
        assertTrue(weeks.on("JP", DAY).week().halfDays().isEmpty());
    }

    @Test
    void aProvidedWeekWinsFromTheDayItTookEffect() {
        WorkWeeks weeks = new WorkWeeks(UAE);
        Found now = weeks.on("AE", DAY);
        assertEquals(Source.PROVIDED, now.source());
        assertEquals(MONDAY_TO_THURSDAY, now.week().workingDays());
        assertEquals(Map.of(FRIDAY, LocalTime.NOON), now.week().halfDays());
        Found before = weeks.on("AE", LocalDate.of(2021, 12, 31));
        assertEquals(EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), before.week().workingDays());
        assertEquals(Source.PROVIDED, weeks.on("AE", LocalDate.of(2022, 1, 1)).source());
        // other countries are not affected by the UAE's weeks
        assertEquals(Source.CLDR, weeks.on("SA", DAY).source());
    }

    @Test
    void anUnknownCountryIsRefusedWithWhatAValidOneLooksLike() {
        WorkWeeks weeks = new WorkWeeks(List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> weeks.on("XX", DAY));
        assertEquals("unknown country 'XX': use an ISO 3166-1 alpha-2 code such as DE, JP or SA", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> weeks.on("Germany", DAY));
        assertThrows(IllegalArgumentException.class, () -> weeks.on(null, DAY));
        assertTrue(weeks.on(" jp ", DAY).week().workingDays().contains(MONDAY));
        assertTrue(weeks.on("JP", DAY).week().workingDays().size() == 5 && !weeks.on("JP", DAY).week().workingDays().contains(SATURDAY));
        // Kosovo's code is not ISO's, but CLDR and everyone else use it
        assertEquals(Source.CLDR, weeks.on("XK", DAY).source());
    }

    @Test
    void providedWeeksAreCheckedWhenGiven() {
        // Nepal rests on Saturday alone; a week given in lower case still counts
        WorkWeeks nepal = new WorkWeeks(List.of(new WorkWeek("np", EnumSet.complementOf(EnumSet.of(SATURDAY)), Map.of(), Optional.empty())));
        assertEquals(Source.PROVIDED, nepal.on("NP", DAY).source());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new WorkWeeks(List.of(new WorkWeek("ZZ", MONDAY_TO_THURSDAY, Map.of(), Optional.empty()))));
        assertTrue(unknown.getMessage().startsWith("unknown country 'ZZ'"), unknown.getMessage());
        IllegalArgumentException tie = assertThrows(IllegalArgumentException.class, () -> new WorkWeeks(List.of(UAE.get(1), UAE.get(1))));
        assertEquals("two work weeks of AE take effect on 2022-01-01; keep one", tie.getMessage());
    }
}
