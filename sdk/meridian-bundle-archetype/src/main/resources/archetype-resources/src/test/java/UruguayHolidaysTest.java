package ${package};

import io.meridian.api.calendar.Holiday;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates worked out by hand from Law 16.805 as amended by Law 17.414 and the Easter tables. */
class UruguayHolidaysTest {

    private final UruguayHolidays calendar = new UruguayHolidays();

    private Holiday on(int year, LocalDate date, String english) {
        return calendar.holidays(year).stream().filter(h -> h.date().equals(date) && h.englishName().equals(english)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + english + " on " + date + " in " + calendar.holidays(year)));
    }

    @Test
    void aMovingHolidayOnATuesdayOrWednesdayIsKeptOnTheMondayBeforeOnAThursdayOrFridayOnTheMondayAfter() {
        assertEquals(Optional.of(LocalDate.of(2024, 4, 22)), on(2024, LocalDate.of(2024, 4, 19), "Landing of the Thirty-Three").observedOn());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 17)), on(2027, LocalDate.of(2027, 5, 18), "Battle of Las Piedras").observedOn());
        assertEquals(Optional.of(LocalDate.of(2027, 10, 11)), on(2027, LocalDate.of(2027, 10, 12), "Day of Cultural Diversity").observedOn());
        assertEquals(Optional.of(LocalDate.of(2029, 4, 23)), on(2029, LocalDate.of(2029, 4, 19), "Landing of the Thirty-Three").observedOn());
    }

    @Test
    void onASaturdaySundayOrMondayItStaysAndFixedHolidaysNeverMove() {
        assertEquals(Optional.empty(), on(2026, LocalDate.of(2026, 4, 19), "Landing of the Thirty-Three").observedOn()); // a Sunday
        assertEquals(Optional.empty(), on(2026, LocalDate.of(2026, 5, 18), "Battle of Las Piedras").observedOn()); // a Monday
        assertEquals(Optional.empty(), on(2027, LocalDate.of(2027, 7, 18), "Constitution Day").observedOn()); // a Sunday, not moved
    }

    @Test
    void carnivalAndTourismWeekFollowEasterAndOnlyPaidHolidaysArePublic() {
        // Easter 2026 is 5 April: Carnival on 16 and 17 February, Tourism Week from 30 March to 3 April
        assertEquals(Holiday.Type.BANK, on(2026, LocalDate.of(2026, 2, 16), "Carnival").type());
        on(2026, LocalDate.of(2026, 2, 17), "Carnival");
        on(2026, LocalDate.of(2026, 3, 30), "Tourism Week");
        on(2026, LocalDate.of(2026, 4, 3), "Tourism Week");
        List<String> paid = calendar.holidays(2026).stream().filter(h -> h.type() == Holiday.Type.PUBLIC).map(Holiday::englishName).toList();
        assertEquals(List.of("New Year's Day", "Workers' Day", "Constitution Day", "Independence Day", "Christmas (Family Day)"), paid);
        on(2025, LocalDate.of(2025, 3, 1), "Presidential Inauguration");
    }

    @Test
    void theHolidaysComeInDateOrderAndAYearWithoutRulesIsRefused() {
        List<Holiday> year = calendar.holidays(2027);
        for (int i = 1; i < year.size(); i++) assertTrue(!year.get(i).date().isBefore(year.get(i - 1).date()), year.toString());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> calendar.holidays(1999));
        assertTrue(refused.getMessage().contains("1999"), refused.getMessage());
    }
}
