package io.meridian.crm.internal.normalise;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;
import com.ibm.icu.util.UResourceBundle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * The time zones of each country, by ICU's (CLDR's) list of canonical location zones, under
 * the names Meridian stores.
 *
 * <p><b>Names.</b> CLDR keeps a zone's first name forever (Europe/Kiev, Asia/Calcutta), while
 * the IANA database, which java.time and every other system read, has renamed some (Europe/Kyiv,
 * Asia/Kolkata). Meridian stores the IANA name, so that it matches what people see elsewhere and
 * what the contacts bundle validates against; {@link #canonical} falls back to the CLDR name
 * only on a JDK too old to know the new one.
 *
 * <p><b>One zone for a country.</b> Germany has two zones, because the exclave of Büsingen once
 * kept Swiss time; Spain has the Canary Islands; China has Urumqi's local time. CLDR names the
 * zone where most people live in such countries its primary zone, and a country counts as having
 * one zone if it has exactly one, or a primary one.
 */
final class CountryZones {

    /** Half a year on: one of the two instants is in standard time and the other in daylight saving time, for any zone that has it. */
    private static final long HALF_YEAR_DAYS = 182;

    private CountryZones() {
    }

    /** The name Meridian stores for zone {@code id} (any spelling ICU or the JDK knows), or null when neither knows it. */
    static String canonical(String id) {
        return id == null ? null : Tables.INSTANCE.canonical.get(id);
    }

    /** The zones of {@code country} (ISO 3166-1 alpha-2), by their stored names; empty for an unknown country. */
    static Set<String> of(String country) {
        return country == null ? Set.of() : Tables.INSTANCE.byCountry.getOrDefault(country, Set.of());
    }

    /** The country's zone when it has only one, or a primary one. */
    static Optional<String> only(String country) {
        if (country == null) return Optional.empty();
        Set<String> zones = of(country);
        if (zones.size() == 1) return Optional.of(zones.iterator().next());
        return Optional.ofNullable(Tables.INSTANCE.primary.get(country));
    }

    /**
     * The one zone of {@code country} whose clocks show {@code offset} at {@code now} or half a
     * year later, or empty when none or several do. An offset written in an export does not say
     * whether it includes daylight saving time, so "-05:00" in the United States could be New
     * York in winter or Chicago in summer, and must not be read as either.
     */
    static Optional<String> withOffset(String country, ZoneOffset offset, Instant now) {
        Instant later = now.plus(HALF_YEAR_DAYS, ChronoUnit.DAYS);
        List<String> matching = of(country).stream().filter(id -> {
            var rules = ZoneId.of(id).getRules();
            return rules.getOffset(now).equals(offset) || rules.getOffset(later).equals(offset);
        }).limit(2).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** Built on first use; a few thousand ICU look-ups. */
    private static final class Tables {

        static final Tables INSTANCE = new Tables();

        final Map<String, String> canonical;
        final Map<String, Set<String>> byCountry;
        final Map<String, String> primary;

        private Tables() {
            Set<String> jdk = ZoneId.getAvailableZoneIds();
            Map<String, String> names = new HashMap<>();
            for (String id : TimeZone.getAvailableIDs()) {
                String stored = stored(id, jdk);
                if (stored != null) names.put(id, stored);
            }
            for (String id : jdk) names.putIfAbsent(id, id); // zones newer than ICU's data are known to the JDK as they are
            canonical = Map.copyOf(names);

            Map<String, Set<String>> zones = new HashMap<>();
            for (String country : Locale.getISOCountries()) {
                Set<String> ofCountry = new LinkedHashSet<>();
                for (String id : TimeZone.getAvailableIDs(SystemTimeZoneType.CANONICAL_LOCATION, country, null)) {
                    String stored = canonical.get(id);
                    if (stored != null) ofCountry.add(stored);
                }
                if (!ofCountry.isEmpty()) zones.put(country, Set.copyOf(ofCountry));
            }
            byCountry = Map.copyOf(zones);
            primary = primaryZones();
        }

        private static String stored(String id, Set<String> jdk) {
            String cldr = TimeZone.getCanonicalID(id);
            if (cldr == null) return jdk.contains(id) ? id : null;
            String iana = TimeZone.getIanaID(cldr);
            if (iana != null && jdk.contains(iana)) return iana;
            return jdk.contains(cldr) ? cldr : null;
        }

        /**
         * CLDR's primary zones, from ICU's own data: ICU uses them for names like "Germany Time"
         * but has no public method that returns them. The resource is read through ICU's class
         * loader, so it is found inside the ICU bundle. Without it, countries with a primary zone
         * get none inferred from the country alone, and a test fails.
         */
        private Map<String, String> primaryZones() {
            Map<String, String> zones = new HashMap<>();
            try {
                UResourceBundle table = UResourceBundle.getBundleInstance("com/ibm/icu/impl/data/icudata", "metaZones",
                        UResourceBundle.class.getClassLoader()).get("primaryZones");
                for (int i = 0; i < table.getSize(); i++) {
                    UResourceBundle entry = table.get(i);
                    String zone = canonical.get(entry.getString());
                    if (zone != null && byCountry.getOrDefault(entry.getKey(), Set.of()).contains(zone)) zones.put(entry.getKey(), zone);
                }
            } catch (MissingResourceException e) {
                return Map.of();
            }
            return Map.copyOf(zones);
        }
    }
}
