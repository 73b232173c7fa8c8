package io.meridian.workbench.internal.prefs;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The user's home country, time zone and working hours, configured in Preferences (or
 * {@code etc/io.meridian.workbench.profile.cfg}) and handed to every view as its defaults.
 */
@Component(service = Profile.class, configurationPid = Profile.PID)
@Designate(ocd = ProfileSettings.class)
public final class Profile {

    public static final String PID = "io.meridian.workbench.profile";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern HOURS = Pattern.compile(
            "((Mon|Tue|Wed|Thu|Fri|Sat|Sun)(-(Mon|Tue|Wed|Thu|Fri|Sat|Sun))?\\s+)?([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d");

    private volatile ProfileSettings settings;

    @Activate
    @Modified
    void configure(ProfileSettings settings) {
        this.settings = settings;
    }

    /** The profile as the views use it; an unusable value stored by hand falls back to its default. */
    public Map<String, Object> effective() {
        ProfileSettings s = settings;
        Map<String, Object> json = new LinkedHashMap<>();
        String country = s.homeCountry().trim().toUpperCase(Locale.ROOT);
        json.put("homeCountry", COUNTRIES.contains(country) ? country : null);
        json.put("timeZone", zoneOrDefault(s.timeZone()));
        json.put("workingHours", HOURS.matcher(s.workingHours().trim()).matches() ? s.workingHours().trim() : "09:00-17:00");
        return json;
    }

    /** What is wrong with proposed values, by attribute id; empty when they can be saved. */
    public static Map<String, String> problems(Map<String, String> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        String country = values.getOrDefault("homeCountry", "").trim();
        if (!country.isEmpty() && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
            problems.put("homeCountry", "\"" + country + "\" is not an ISO 3166 country code; use two letters, like DE or JP");
        }
        String zone = values.getOrDefault("timeZone", "").trim();
        if (!zone.isEmpty()) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.put("timeZone", "\"" + zone + "\" is not an IANA time zone; write it like Europe/Berlin or Asia/Tokyo");
            }
        }
        String hours = values.getOrDefault("workingHours", "").trim();
        if (!hours.isEmpty() && !HOURS.matcher(hours).matches()) {
            problems.put("workingHours", "\"" + hours + "\" is not a span of hours; write it like 09:00-17:30 or Mon-Thu 08:00-18:00");
        }
        return problems;
    }

    private static String zoneOrDefault(String zone) {
        try {
            return zone.isBlank() ? ZoneId.systemDefault().getId() : ZoneId.of(zone.trim()).getId();
        } catch (DateTimeException e) {
            return ZoneId.systemDefault().getId();
        }
    }
}
