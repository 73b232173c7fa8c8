package io.meridian.crm.internal.normalise;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The city and region tables, and the country zones they are checked against. */
class ZoneTablesTest {

    private static final List<ResourceTable.Row> CITIES = ResourceTable.read("cities.tsv", 3);
    private static final List<ResourceTable.Row> REGIONS = ResourceTable.read("regions.tsv", 4);

    @Test
    void everyCityInTheTableIsFoundAsWritten() {
        assertTrue(CITIES.size() >= 60, "the city table was read: " + CITIES.size() + " rows");
        for (ResourceTable.Row row : CITIES) {
            for (String name : row.names(1)) {
                assertEquals(Optional.of(row.cell(2)), ZonePlaces.city(row.cell(0), name), where(row) + " " + name);
            }
        }
    }

    @Test
    void everyRegionInTheTableIsFoundAsWritten() {
        for (ResourceTable.Row row : REGIONS) {
            for (String name : row.names(1)) {
                assertEquals(Optional.of(row.cell(2)), ZonePlaces.region(row.cell(0), name), where(row) + " " + name);
            }
        }
    }

    @Test
    void tablesWriteZonesUnderTheirCurrentIanaNamesAndInTheirCountry() {
        for (ResourceTable.Row row : concat(CITIES, REGIONS)) {
            assertEquals(row.cell(2), CountryZones.canonical(row.cell(2)), where(row) + ": write the zone's current IANA name");
            assertTrue(CountryZones.of(row.cell(0)).contains(row.cell(2)), where(row));
        }
    }

    @Test
    void regionsCoverEveryStateAndProvinceOfTheMainMultiZoneCountries() {
        Set<String> us = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
                "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
                "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");
        assertEquals(51, us.size());
        assertEquals(us, codes("US"));
        assertEquals(Set.of("AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK", "NT", "NU", "YT"), codes("CA"));
        assertEquals(Set.of("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"), codes("AU"));
        assertEquals(27, codes("BR").size());
        assertEquals(31, codes("MX").size(), "all 32 but Tamaulipas");
    }

    @Test
    void aStateSplitBetweenZonesSaysWhereItsOtherPeopleAre() {
        for (String state : List.of("TX", "FL", "IN", "KY", "TN", "AZ", "ID", "OR", "MI")) {
            ResourceTable.Row row = REGIONS.stream().filter(r -> r.cell(0).equals("US") && r.names(1).contains(state)).findFirst().orElseThrow();
            assertFalse(row.cell(3).isEmpty(), state + " needs a note");
        }
    }

    @Test
    void countryZonesAreNamedAsJavaTimeKnowsThem() {
        for (String country : Locale.getISOCountries()) {
            for (String zone : CountryZones.of(country)) assertEquals(zone, ZoneId.of(zone).getId());
        }
        assertEquals("Asia/Kolkata", CountryZones.canonical("Asia/Calcutta"));
        assertEquals("America/Toronto", CountryZones.canonical("America/Montreal"));
        assertEquals("Europe/Kyiv", CountryZones.canonical("Europe/Kiev"));
        assertNull(CountryZones.canonical("Mars/Olympus_Mons"));
        assertTrue(CountryZones.of("US").contains("America/Indiana/Indianapolis"));
        assertEquals(Set.of(), CountryZones.of("XX"));
        assertEquals(Set.of(), CountryZones.of(null));
    }

    @Test
    void aCountryHasOneZoneWhenItHasOnlyOneOrAPrimaryOne() {
        Map<String, Optional<String>> expected = Map.of("JP", Optional.of("Asia/Tokyo"), "DE", Optional.of("Europe/Berlin"),
                "ES", Optional.of("Europe/Madrid"), "PT", Optional.of("Europe/Lisbon"), "MY", Optional.of("Asia/Kuala_Lumpur"),
                "US", Optional.empty(), "BR", Optional.empty(), "XX", Optional.empty());
        expected.forEach((country, zone) -> assertEquals(zone, CountryZones.only(country), country));
        assertEquals(Optional.empty(), CountryZones.only(null));
    }

    @Test
    void anOffsetMustFitOneZoneInWinterOrSummer() {
        Instant january = Instant.parse("2025-01-15T12:00:00Z");
        assertEquals(Optional.of("America/Bogota"), CountryZones.withOffset("CO", ZoneOffset.ofHours(-5), january));
        assertEquals(Optional.empty(), CountryZones.withOffset("US", ZoneOffset.ofHours(-5), january));
        assertEquals(Optional.empty(), CountryZones.withOffset("US", ZoneOffset.ofHours(-8), january),
                "Los Angeles now, but also Anchorage, Juneau and others in summer");
        assertEquals(Optional.of("Australia/Perth"), CountryZones.withOffset("AU", ZoneOffset.ofHours(8), january));
        assertEquals(Optional.empty(), CountryZones.withOffset("AU", ZoneOffset.ofHoursMinutes(9, 30), january),
                "Darwin all year, Adelaide in its winter");
    }

    @Test
    void aBrokenRowIsReportedWithItsTableAndLine() {
        ResourceTable.Row row = new ResourceTable.Row("normalise/cities.tsv", 42, List.of("US", " Boston | Beantown |", "America/New_York"));
        assertEquals(List.of("Boston", "Beantown"), row.names(1));
        assertEquals("normalise/cities.tsv line 42: no such zone (fix the table in the crm bundle's resources)",
                row.broken("no such zone").getMessage());
    }

    private static Set<String> codes(String country) {
        return REGIONS.stream().filter(r -> r.cell(0).equals(country))
                .map(r -> r.names(1).get(r.names(1).size() - 1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<ResourceTable.Row> concat(List<ResourceTable.Row> a, List<ResourceTable.Row> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String where(ResourceTable.Row row) {
        return row.table() + " line " + row.line();
    }
}
