package io.meridian.crm.internal.normalise;

import io.meridian.crm.internal.normalise.Phones.Phone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhonesTest {

    private final Phones phones = new Phones();

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "+49 30 901820|-|+4930901820",
            "030 901820|DE|+4930901820",
            "(030) 90 18 20|de|+4930901820",
            "030.901820|DE|+4930901820",
            "030-901820|DE|+4930901820",
            "tel:+49-30-901820|-|+4930901820",
            "TEL:+49-30-901820|US|+4930901820",
            "tel:030-901820;phone-context=+49|-|+4930901820",
            "0049 30 901820|DE|+4930901820",
            "0049 30 901820|US|+4930901820",
            "0049 30 901820|-|+4930901820",
            "0049 30 901820|XX|+4930901820",
            "0011 49 30 901820|AU|+4930901820",
            "011 49 30 901820|US|+4930901820",
            "+1 (212) 555-1234|-|+12125551234",
            "212.555.1234|US|+12125551234",
            "+44 20 7946 0958|DE|+442079460958"})
    void readsTheWaysPeopleWriteNumbersIntoE164(String raw, String region, String e164) {
        Phone phone = phones.normalise(raw, region);
        assertEquals(e164, phone.e164(), phone.problem());
        assertTrue(phone.valid());
        assertTrue(phone.understood());
        assertNull(phone.extension());
        assertNull(phone.problem());
    }

    @ParameterizedTest(name = "\"{0}\" has extension {2}")
    @CsvSource(delimiter = '|', value = {
            "+1 212 555 1234 ext. 5|+12125551234|5",
            "+1 (212) 555-1234 x205|+12125551234|205",
            "tel:+49-30-901820;ext=12|+4930901820|12",
            "+49 30 901820#12|+4930901820|12"})
    void keepsTheMainNumberAndReportsTheExtensionApart(String raw, String e164, String extension) {
        Phone phone = phones.normalise(raw, null);
        assertEquals(e164, phone.e164());
        assertEquals(extension, phone.extension());
    }

    @Test
    void acceptsAPossibleNumberThatIsNotKnownToBeInUseButMarksIt() {
        Phone phone = phones.normalise("+1 200 555 0100", null); // area code 200 is not assigned
        assertEquals("+12005550100", phone.e164());
        assertFalse(phone.valid());
        assertNull(phone.problem());
    }

    @ParameterizedTest(name = "\"{0}\" in {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "12|DE|\"12\" is too short to be a phone number",
            "+49 12|-|\"+49 12\" is too short to be a phone number",
            "+99 123|-|\"+99 123\" has no country code libphonenumber knows",
            "030 901820|-|\"030 901820\" has no country code",
            "+49 30 12345678901234567|-|\"+49 30 12345678901234567\" is too long to be a phone number",
            "call me|DE|\"call me\" is not a phone number",
            "4.93090182E+10|DE|\"4.93090182E+10\" is a phone number a spreadsheet turned into a number",
            "4,93090182e10|DE|\"4,93090182e10\" is a phone number a spreadsheet turned into a number",
            "'   '|DE|the phone number is empty",
            "-|DE|the phone number is empty"})
    void explainsWhyANumberWasNotUnderstood(String raw, String region, String problem) {
        Phone phone = phones.normalise(raw, region);
        assertFalse(phone.understood());
        assertNull(phone.e164());
        assertTrue(phone.problem().startsWith(problem), phone.problem());
        assertTrue(phone.problem().contains(": "), "the message says what to do: " + phone.problem());
    }

    @Test
    void tellsTheUserToFormatASpreadsheetColumnAsText() {
        assertTrue(phones.normalise("4.93090182E+10", "DE").problem().contains("format the column as text"));
    }

    @Test
    void findsTheTimeZonesOfANumbersArea() {
        assertEquals(List.of("America/New_York"), phones.timeZones("+12125551234"));
        assertEquals(List.of("Europe/Berlin"), phones.timeZones("+4930901820"));
        assertTrue(phones.timeZones("+18005551234").size() > 5, "a toll-free number belongs to every zone of +1");
        assertEquals(List.of(), phones.timeZones("+12005550100"), "Etc/Unknown is dropped");
        assertEquals(List.of(), phones.timeZones("not a number"));
        assertEquals(List.of(), phones.timeZones(null));
    }

    @Test
    void findsTheCountryOfANumberButNotOfAGlobalOne() {
        assertEquals(Optional.of("DE"), phones.region("+4930901820"));
        assertEquals(Optional.of("US"), phones.region("+12125551234"));
        assertEquals(Optional.of("CA"), phones.region("+14165550123"));
        assertEquals(Optional.empty(), phones.region("+80012345678"), "+800 is international freephone, region 001");
        assertEquals(Optional.empty(), phones.region("+12005550100"), "no region has this area code");
        assertEquals(Optional.empty(), phones.region(""));
        assertEquals(Optional.empty(), phones.region(null));
    }

    @Test
    void aPhoneHasANumberOrAProblemNeverBoth() {
        assertThrows(IllegalArgumentException.class, () -> new Phone("+4930901820", true, null, "a problem"));
        assertThrows(IllegalArgumentException.class, () -> new Phone(null, false, null, null));
    }
}
