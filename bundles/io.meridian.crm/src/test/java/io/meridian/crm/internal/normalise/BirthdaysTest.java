package io.meridian.crm.internal.normalise;

import io.meridian.api.contacts.Birthday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static io.meridian.crm.internal.normalise.DateOrder.DAY_MONTH_YEAR;
import static io.meridian.crm.internal.normalise.DateOrder.MONTH_DAY_YEAR;
import static io.meridian.crm.internal.normalise.DateOrder.YEAR_MONTH_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BirthdaysTest {

    private final Birthdays birthdays = new Birthdays();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "1980-04-23|1980-04-23",
            "1980-04-23T00:00:00Z|1980-04-23",
            "1980-04-23T23:30:00-05:00|1980-04-23",
            "1980-04-23 10:15|1980-04-23",
            "19800423|1980-04-23",
            "--0423|--04-23",
            "--04-23|--04-23",
            "1604-04-23|--04-23",
            "0000-04-23|--04-23",
            "1604-02-29|--02-29",
            "04/23/1980|1980-04-23",
            "23.04.1980|1980-04-23",
            "23. 04. 1980|1980-04-23",
            "23/04/1980|1980-04-23",
            "23-04-1980|1980-04-23",
            "1980/04/23|1980-04-23",
            "1980.4.23|1980-04-23",
            "1980/23/04|1980-04-23",
            "4/5/1980|1980-04-05",
            "April 23, 1980|1980-04-23",
            "23 Apr 1980|1980-04-23",
            "23-Apr-1980|1980-04-23",
            "Apr. 23 1980|1980-04-23",
            "23rd April 1980|1980-04-23",
            "SEPT 1st, 1980|1980-09-01",
            "1980 May 5|1980-05-05",
            "23 April|--04-23",
            "  2000-02-29  |2000-02-29"})
    void readsTheCommonWaysOfWritingADate(String text, String birthday) {
        assertEquals(Optional.of(Birthday.parse(birthday)), birthdays.parse(text, MONTH_DAY_YEAR));
    }

    @ParameterizedTest(name = "\"{0}\": {1} → {2}")
    @CsvSource({
            "04/05/1980,DAY_MONTH_YEAR,1980-05-04",
            "04/05/1980,MONTH_DAY_YEAR,1980-04-05",
            "04/05/1980,YEAR_MONTH_DAY,1980-04-05",
            "04.05.1980,DAY_MONTH_YEAR,1980-05-04",
            "12/11/1980,MONTH_DAY_YEAR,1980-12-11"})
    void letsTheImportsOrderDecideWhenBothReadingsArePossible(String text, DateOrder order, String birthday) {
        assertEquals(Optional.of(Birthday.parse(birthday)), birthdays.parse(text, order));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} in any order")
    @CsvSource({"23/04/1980,1980-04-23", "04/23/1980,1980-04-23", "13.01.1980,1980-01-13", "01/13/1980,1980-01-13", "05/05/1980,1980-05-05"})
    void readsADayOver12AsTheDayWhateverTheOrderSays(String text, String birthday) {
        for (DateOrder order : new DateOrder[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY, null}) {
            assertEquals(Optional.of(Birthday.parse(birthday)), birthdays.parse(text, order), String.valueOf(order));
        }
    }

    @Test
    void refusesAnAmbiguousDateWhenNoOrderIsKnown() {
        assertEquals(Optional.empty(), birthdays.parse("04/05/1980", null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"04/23/80", "23.04.80", "80-04-23", "Apr 23 80", "23/13/1980", "31.04.1980", "1981-02-29", "--13-01",
            "--02-30", "1980-04", "April 1980", "Smarch 23, 1980", "23 Apr Apr 1980", "1980/04/2300", "next Tuesday", "123/04/1980",
            "1980-04-23-12"})
    void refusesWhatIsNotOneDay(String text) {
        assertEquals(Optional.empty(), birthdays.parse(text, DAY_MONTH_YEAR));
    }

    /** Every date of a random sample, written in each format, reads back as the same birthday. */
    @Test
    void readsBackEveryDateInEveryFormat() {
        Random random = new Random(1980_04_23);
        String[][] formats = {{"yyyy-MM-dd", "DAY_MONTH_YEAR"}, {"yyyyMMdd", "DAY_MONTH_YEAR"}, {"dd.MM.yyyy", "DAY_MONTH_YEAR"},
                {"d/M/yyyy", "DAY_MONTH_YEAR"}, {"MM/dd/yyyy", "MONTH_DAY_YEAR"}, {"yyyy/MM/dd", "YEAR_MONTH_DAY"},
                {"MMMM d, yyyy", "MONTH_DAY_YEAR"}, {"d MMM yyyy", "DAY_MONTH_YEAR"}};
        for (int i = 0; i < 2_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(40_000) - 15_000); // 1928 to 2039
            Birthday expected = new Birthday(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            for (String[] format : formats) {
                String text = date.format(DateTimeFormatter.ofPattern(format[0], Locale.ENGLISH));
                assertEquals(Optional.of(expected), birthdays.parse(text, DateOrder.valueOf(format[1])), text);
            }
        }
    }
}
