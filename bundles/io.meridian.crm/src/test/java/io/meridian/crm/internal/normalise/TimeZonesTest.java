package io.meridian.crm.internal.normalise;

import io.meridian.crm.internal.normalise.TimeZones.How;
import io.meridian.crm.internal.normalise.TimeZones.Inferred;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeZonesTest {

    private static final Clock WINTER = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock SUMMER = Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneOffset.UTC);

    private final TimeZones zones = new TimeZones(WINTER);

    @Test
    void findsACityThatAZoneIsNamedAfter() {
        assertEquals(inferred("Europe/Berlin", How.CITY), zones.infer(null, "Berlin", null, "DE", null));
        assertEquals(inferred("America/Chicago", How.CITY), zones.infer(null, "chicago", null, "US", null));
        assertEquals(inferred("America/Sao_Paulo", How.CITY), zones.infer(null, "São Paulo", null, "BR", null));
        assertEquals(inferred("America/Mexico_City", How.CITY), zones.infer(null, "Ciudad de México", null, "MX", null), "Spanish exemplar");
        assertEquals(inferred("Europe/Moscow", How.CITY), zones.infer(null, "Moskau", null, "RU", null), "German exemplar");
        assertEquals(inferred("Asia/Yekaterinburg", How.CITY), zones.infer(null, "Екатеринбург", null, "RU", null), "Russian exemplar");
        assertEquals(inferred("America/St_Johns", How.CITY), zones.infer(null, "St Johns", null, "CA", null));
    }

    @Test
    void findsABigCityFromTheTableOfCitiesNoZoneIsNamedAfter() {
        assertEquals(inferred("America/Los_Angeles", How.CITY), zones.infer(null, "San Francisco", null, "US", null));
        assertEquals(inferred("America/Edmonton", How.CITY), zones.infer(null, "Calgary", null, "CA", null));
        assertEquals(inferred("America/Toronto", How.CITY), zones.infer(null, "Montréal", null, "CA", null));
        assertEquals(inferred("Atlantic/Canary", How.CITY), zones.infer(null, "Las Palmas de Gran Canaria", null, "ES", null));
        assertEquals(inferred("America/Chicago", How.CITY), zones.infer(null, "Austin, TX", null, "US", null));
    }

    @Test
    void looksACityUpOnlyInThePersonsCountry() {
        assertEquals(Optional.empty(), zones.infer(null, "Vancouver", null, "US", null), "Vancouver, Washington is not in Canada's zone");
        assertEquals(inferred("Europe/Madrid", How.COUNTRY), zones.infer(null, "Córdoba", null, "ES", null), "not the Argentine zone");
        assertEquals(Optional.empty(), zones.infer(null, "Berlin", null, null, null), "no country, no city lookup");
    }

    @Test
    void findsAStateOrProvinceByNameOrCode() {
        assertEquals(inferred("America/Chicago", How.REGION), zones.infer(null, null, "TX", "US", null));
        assertEquals(inferred("America/Chicago", How.REGION), zones.infer(null, null, "US-TX", "US", null));
        assertEquals(inferred("America/Chicago", How.REGION), zones.infer(null, null, "Texas", "US", null));
        assertEquals(inferred("Australia/Brisbane", How.REGION), zones.infer(null, null, "Queensland", "AU", null));
        assertEquals(inferred("America/Toronto", How.REGION), zones.infer(null, null, "Québec", "CA", null));
        assertEquals(inferred("America/Manaus", How.REGION), zones.infer(null, null, "AM", "BR", null));
        assertEquals(inferred("Asia/Makassar", How.REGION), zones.infer(null, null, "Bali", "ID", null));
        assertEquals(inferred("Asia/Vladivostok", How.REGION), zones.infer(null, null, "Приморский край", "RU", null));
    }

    @Test
    void prefersTheCityToTheRegionAndTheRegionToThePhone() {
        assertEquals(inferred("America/Los_Angeles", How.CITY), zones.infer(null, "Seattle", "NY", "US", "+12125551234"));
        assertEquals(inferred("America/New_York", How.CITY), zones.infer(null, "Washington", "WA", "US", null), "the city Washington is D.C.");
        assertEquals(inferred("America/Los_Angeles", How.REGION), zones.infer(null, "Spokane", "Washington", "US", "+12125551234"));
    }

    @Test
    void usesThePhoneNumbersAreaWhenItHasOneZone() {
        assertEquals(inferred("America/New_York", How.PHONE), zones.infer(null, null, null, "US", "+12125551234"));
        assertEquals(inferred("America/New_York", How.PHONE), zones.infer(null, null, null, null, "+12125551234"), "the phone's country stands in");
        assertEquals(inferred("America/Chicago", How.CITY), zones.infer(null, "Houston", null, null, "+17135550100"), "and lets the city be found");
        assertEquals(Optional.empty(), zones.infer(null, null, null, "US", "+18005551234"), "toll-free numbers span every zone");
        assertEquals(Optional.empty(), zones.infer(null, null, null, "US", "+4930901820"), "a German number says nothing of a US zone");
    }

    @Test
    void usesTheCountryWhenItHasOneZoneOrAPrimaryOne() {
        assertEquals(inferred("Asia/Tokyo", How.COUNTRY), zones.infer(null, null, null, "JP", null));
        assertEquals(inferred("Europe/Paris", How.COUNTRY), zones.infer(null, "Lyon", null, "fr", null));
        assertEquals(inferred("Europe/Berlin", How.COUNTRY), zones.infer(null, "München", null, "DE", null),
                "Büsingen aside, Germany has one zone");
        assertEquals(inferred("Asia/Shanghai", How.COUNTRY), zones.infer(null, null, null, "CN", null));
        assertEquals(inferred("Europe/Kyiv", How.COUNTRY), zones.infer(null, null, null, "UA", null));
        assertEquals(Optional.empty(), zones.infer(null, null, null, "US", null));
        assertEquals(Optional.empty(), zones.infer(null, null, null, "AR", null), "Argentina has several zones and no primary one");
    }

    @Test
    void takesAGivenZoneIdUnderItsCurrentIanaName() {
        assertEquals(inferred("Europe/Berlin", How.GIVEN), zones.infer("Europe/Berlin", "Tokyo", null, "JP", null));
        // ICU's canonical id is still Europe/Kiev (CLDR never renames); Meridian stores IANA's current name
        assertEquals(inferred("Europe/Kyiv", How.GIVEN), zones.infer("Europe/Kiev", null, null, null, null));
        assertEquals(inferred("Asia/Kolkata", How.GIVEN), zones.infer("Asia/Calcutta", null, null, "IN", null));
        assertEquals(inferred("America/New_York", How.GIVEN), zones.infer("US/Eastern", null, null, null, null));
        assertEquals(inferred("America/New_York", How.GIVEN), zones.infer(" america/new york ", null, null, null, null));
    }

    @Test
    void takesAWindowsZoneNameInThePersonsCountry() {
        assertEquals(inferred("Europe/Berlin", How.GIVEN), zones.infer("W. Europe Standard Time", null, null, "DE", null));
        assertEquals(inferred("Europe/Zurich", How.GIVEN), zones.infer("W. Europe Standard Time", null, null, "CH", null));
        assertEquals(inferred("America/New_York", How.GIVEN), zones.infer("Eastern Standard Time", null, null, null, null));
        assertEquals(inferred("Asia/Kolkata", How.GIVEN), zones.infer("India Standard Time", null, null, null, null));
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource({"-05:00,CO,America/Bogota", "−05:00,CO,America/Bogota", "UTC-5,CO,America/Bogota", "+0530,IN,Asia/Kolkata",
            "GMT+5:30,IN,Asia/Kolkata", "UTC+9,JP,Asia/Tokyo", "UTC,GB,Europe/London", "+01:00,GB,Europe/London", "+08:00,AU,Australia/Perth"})
    void takesAUtcOffsetThatOnlyOneZoneOfTheCountryHas(String offset, String country, String zone) {
        assertEquals(inferred(zone, How.GIVEN), zones.infer(offset, null, null, country, null));
        assertEquals(inferred(zone, How.GIVEN), new TimeZones(SUMMER).infer(offset, null, null, country, null));
    }

    @Test
    void skipsAUtcOffsetThatSeveralZonesOfTheCountryHave() {
        assertEquals(Optional.empty(), zones.infer("-05:00", null, null, "US", null));
        assertEquals(Optional.empty(), new TimeZones(SUMMER).infer("-05:00", null, null, "US", null));
        assertEquals(Optional.empty(), zones.infer("+10:00", null, null, "AU", null), "Brisbane, Sydney in winter, ...");
        assertEquals(inferred("America/Chicago", How.CITY), zones.infer("-05:00", "Houston", null, "US", null), "the city still counts");
        assertEquals(Optional.empty(), zones.infer("-05:00", null, null, null, null), "without a country an offset fits dozens of zones");
        assertEquals(inferred("Europe/Berlin", How.COUNTRY), zones.infer("+01:00", null, null, "DE", null),
                "Berlin and Büsingen share the offset, so it is not used; the country's primary zone still is");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "+25:00", "Eastern Time", "EST5EDT", "Etc/GMT+5", "  "})
    void ignoresAGivenValueThatIsNoZone(String given) {
        assertEquals(Optional.empty(), zones.infer(given, null, null, "US", null));
    }

    @Test
    void findsNothingFromNothing() {
        assertEquals(Optional.empty(), zones.infer(null, null, null, null, null));
        assertEquals(Optional.empty(), zones.infer("", "", "", "", ""));
        assertEquals(Optional.empty(), zones.infer("Atlantis Time", "Atlantis", "Poseidonia", "XX", "+99 123"));
    }

    @Test
    void anInferredZoneNeedsAZoneAndAHow() {
        assertThrows(NullPointerException.class, () -> new Inferred(null, How.CITY));
        assertThrows(NullPointerException.class, () -> new Inferred("Europe/Berlin", null));
    }

    private static Optional<Inferred> inferred(String zone, How how) {
        return Optional.of(new Inferred(zone, how));
    }
}
