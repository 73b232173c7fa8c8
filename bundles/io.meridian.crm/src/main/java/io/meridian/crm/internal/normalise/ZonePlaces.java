package io.meridian.crm.internal.normalise;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cities and regions that tell which of a country's zones a person is in.
 *
 * <p>Cities come from two sources: the city each zone is named after (its exemplar location, in
 * the languages below, as ICU's CLDR data spells it, plus the zone id's own last part), and
 * {@code normalise/cities.tsv} for big cities no zone is named after. Regions come from
 * {@code normalise/regions.tsv}. Places are looked up within one country only, so that Córdoba
 * in Spain is not taken for the Argentine zone and Vancouver, Washington, not for Canada's. A
 * name that leads to two zones of one country is dropped.
 */
final class ZonePlaces {

    /** The languages exports are most often written in; a city's name in others is not found. */
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "ja", "zh", "ko", "ru", "ar", "nl");

    private ZonePlaces() {
    }

    /** The zone of {@code city} in {@code country}. */
    static Optional<String> city(String country, String city) {
        Optional<String> zone = find(Index.INSTANCE.cities, country, city);
        if (zone.isEmpty() && city != null && city.indexOf(',') > 0) {
            zone = find(Index.INSTANCE.cities, country, city.substring(0, city.indexOf(','))); // "Austin, TX"
        }
        return zone;
    }

    /** The zone of {@code region} (a name, an ISO 3166-2 code, or the code without its country prefix) in {@code country}. */
    static Optional<String> region(String country, String region) {
        if (region == null || country == null) return Optional.empty();
        String r = region.strip();
        if (r.regionMatches(true, 0, country + "-", 0, 3)) r = r.substring(3); // US-TX
        return find(Index.INSTANCE.regions, country, r);
    }

    private static Optional<String> find(Map<String, String> places, String country, String place) {
        if (country == null || place == null) return Optional.empty();
        String key = Folding.key(place);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(places.get(country + ":" + key));
    }

    /** Built on first use. Keys are "country:folded name". */
    private static final class Index {

        static final Index INSTANCE = new Index();

        final Map<String, String> cities;
        final Map<String, String> regions;

        private Index() {
            Places cityPlaces = new Places();
            List<TimeZoneNames> names = LANGUAGES.stream().map(l -> TimeZoneNames.getInstance(new ULocale(l))).toList();
            for (String country : Locale.getISOCountries()) {
                for (String id : TimeZone.getAvailableIDs(SystemTimeZoneType.CANONICAL_LOCATION, country, null)) {
                    String zone = CountryZones.canonical(id);
                    if (zone == null) continue;
                    for (TimeZoneNames language : names) cityPlaces.add(country, language.getExemplarLocationName(id), zone);
                    cityPlaces.add(country, lastPart(id), zone);
                    cityPlaces.add(country, lastPart(zone), zone);
                }
            }
            cityPlaces.addTable("cities.tsv", 3);
            cities = cityPlaces.unambiguous();
            Places regionPlaces = new Places();
            regionPlaces.addTable("regions.tsv", 4);
            regions = regionPlaces.unambiguous();
        }

        private static String lastPart(String id) {
            return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        }
    }

    /** Names being collected, with those that turned out to lead to two zones. */
    private static final class Places {

        private final Map<String, String> zones = new HashMap<>();
        private final Set<String> shared = new HashSet<>();

        void add(String country, String name, String zone) {
            String key = Folding.key(name);
            if (key.isEmpty()) return;
            String earlier = zones.putIfAbsent(country + ":" + key, zone);
            if (earlier != null && !earlier.equals(zone)) shared.add(country + ":" + key);
        }

        void addTable(String table, int columns) {
            for (ResourceTable.Row row : ResourceTable.read(table, columns)) {
                String country = row.cell(0);
                String zone = CountryZones.canonical(row.cell(2));
                if (zone == null) throw row.broken("\"" + row.cell(2) + "\" is not a time zone");
                if (!CountryZones.of(country).contains(zone)) throw row.broken(zone + " is not a zone of " + country);
                for (String name : row.names(1)) add(country, name, zone);
            }
        }

        Map<String, String> unambiguous() {
            Map<String, String> result = new HashMap<>(zones);
            result.keySet().removeAll(shared);
            return Map.copyOf(result);
        }
    }
}
