package io.meridian.crm.internal.normalise;

import com.ibm.icu.util.TimeZone;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a person's IANA time zone from what an import row says about them, so that meeting
 * planning and "stay in touch" reminders work for people whose export had no time zone.
 *
 * <p>The evidence is tried from the most to the least specific, and the first that points at
 * exactly one zone wins: a zone the row gives; the city; the state or province; the zone of the
 * phone number's area; the country, if it has one zone. Evidence that fits several zones is
 * skipped, never guessed from: a wrong zone is worse than none, because nobody checks a zone
 * that looks filled in. Only {@link How#GIVEN} zones come from the row itself; the pipeline
 * marks the others as inferred.
 *
 * <p>Every zone returned is an IANA name java.time knows (see {@link CountryZones#canonical}).
 * The clock only decides which offsets a UTC offset like "-05:00" can stand for. Thread-safe.
 */
public final class TimeZones {

    /** Where an inferred zone came from, most reliable first. */
    public enum How { GIVEN, CITY, REGION, PHONE, COUNTRY }

    /** A zone and the evidence it was found from. */
    public record Inferred(String zone, How how) {

        public Inferred {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(how, "how");
        }
    }

    /** "-05:00", "+0530", "UTC+1", "GMT -3"; a bare "UTC", "GMT" or "Z" is offset zero. */
    private static final Pattern OFFSET = Pattern.compile("(?i)(?:UTC|GMT|Z)?\\s*(?:([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?)?");
    /** Every zone id java.time knows, by its lower-case spelling with spaces for underscores. */
    private static final Map<String, String> ZONE_BY_SPELLING = zonesBySpelling();

    private final Clock clock;
    private final Phones phones = new Phones();

    public TimeZones() {
        this(Clock.systemUTC());
    }

    TimeZones(Clock clock) {
        this.clock = clock;
    }

    /**
     * The zone of a person. {@code country} is an ISO 3166-1 alpha-2 code (run {@link Countries}
     * first); when it is missing or unknown, the phone number's country stands in for it, so that
     * the city can still be found. {@code e164} is a number from {@link Phones}. Any argument may
     * be null.
     */
    public Optional<Inferred> infer(String given, String city, String region, String country, String e164) {
        String cc = country(country, e164);
        Optional<String> zone = given(given, cc);
        if (zone.isPresent()) return zone.map(z -> new Inferred(z, How.GIVEN));
        zone = ZonePlaces.city(cc, city);
        if (zone.isPresent()) return zone.map(z -> new Inferred(z, How.CITY));
        zone = ZonePlaces.region(cc, region);
        if (zone.isPresent()) return zone.map(z -> new Inferred(z, How.REGION));
        zone = phone(e164, cc);
        if (zone.isPresent()) return zone.map(z -> new Inferred(z, How.PHONE));
        return CountryZones.only(cc).map(z -> new Inferred(z, How.COUNTRY));
    }

    private String country(String country, String e164) {
        String upper = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        return CountryZones.of(upper).isEmpty() ? phones.region(e164).orElse(null) : upper;
    }

    /** A zone id, a Windows zone name, or a UTC offset that only one zone of the country has. */
    private Optional<String> given(String given, String country) {
        if (given == null || given.isBlank()) return Optional.empty();
        String text = given.strip();
        Matcher offset = OFFSET.matcher(text);
        if (offset.matches()) return offset(offset, country);
        String id = ZONE_BY_SPELLING.get(text.toLowerCase(Locale.ROOT).replace(' ', '_'));
        if (id != null) return Optional.ofNullable(CountryZones.canonical(id));
        return Optional.ofNullable(CountryZones.canonical(TimeZone.getIDForWindowsID(text, country)));
    }

    private Optional<String> offset(Matcher m, String country) {
        if (country == null) return Optional.empty();
        try {
            ZoneOffset offset = ZoneOffset.UTC;
            if (m.group(1) != null) {
                int sign = "+".equals(m.group(1)) ? 1 : -1;
                int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * minutes);
            }
            return CountryZones.withOffset(country, offset, clock.instant());
        } catch (DateTimeException e) {
            return Optional.empty(); // "+25:00" is no offset at all
        }
    }

    /** The phone's zone, when its area has only one and that zone is in the person's country. */
    private Optional<String> phone(String e164, String country) {
        List<String> zones = phones.timeZones(e164).stream().map(CountryZones::canonical).filter(Objects::nonNull).distinct().toList();
        if (zones.size() != 1) return Optional.empty();
        String zone = zones.get(0);
        return country == null || CountryZones.of(country).contains(zone) ? Optional.of(zone) : Optional.empty();
    }

    /**
     * Region zones only ("Europe/Berlin", not "EST5EDT" or "Etc/GMT+5"): the others are offsets
     * with a name, and go through the offset rule instead if written as one.
     */
    private static Map<String, String> zonesBySpelling() {
        Map<String, String> zones = new HashMap<>();
        Set<String> ids = ZoneId.getAvailableZoneIds();
        for (String id : ids) {
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) zones.put(id.toLowerCase(Locale.ROOT), id);
        }
        return Map.copyOf(zones);
    }
}
