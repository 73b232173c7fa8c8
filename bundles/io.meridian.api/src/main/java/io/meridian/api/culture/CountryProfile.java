package io.meridian.api.culture;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a user should know about doing business with people from one country.
 *
 * @param countryCode ISO 3166-1 alpha-2 code, upper case ({@code "JP"})
 * @param names the country's name by BCP 47 language tag; must hold {@code "en"}
 * @param languages the languages of business there, as BCP 47 tags, the most used first
 * @param timeZones the IANA time zones it spans ({@code "Asia/Tokyo"}), the capital's first
 * @param scales where the country sits on each {@link Scale} its authors place it on; scales
 *               left out are unknown, not neutral
 * @param sections the prose sections, in Markdown, by {@link Section}
 * @param gifts what to give, what not to, and what gives offence
 * @param phrases phrases worth knowing, in the country's languages
 * @param sources where the profile's facts come from
 * @param lastReviewed the day a person last checked the profile against its sources
 */
public record CountryProfile(String countryCode, Map<String, String> names, List<String> languages, List<String> timeZones,
                             Map<Scale, ScalePosition> scales, Map<Section, String> sections, Gifts gifts, List<Phrase> phrases,
                             List<Source> sources, LocalDate lastReviewed) {

    public CountryProfile {
        Objects.requireNonNull(countryCode, "countryCode");
        if (!countryCode.matches("[A-Z]{2}") || !Set.of(Locale.getISOCountries()).contains(countryCode)) {
            throw new IllegalArgumentException("a country code is an ISO 3166-1 alpha-2 code in upper case (\"JP\", \"GB\"), not " + countryCode);
        }
        names = Map.copyOf(names);
        if (!names.containsKey("en")) throw new IllegalArgumentException("profile " + countryCode + " needs an English name (key \"en\")");
        languages = List.copyOf(languages);
        timeZones = List.copyOf(timeZones);
        scales = Map.copyOf(scales);
        sections = Map.copyOf(sections);
        Objects.requireNonNull(gifts, "gifts (Gifts.NONE for none)");
        phrases = List.copyOf(phrases);
        sources = List.copyOf(sources);
        Objects.requireNonNull(lastReviewed, "lastReviewed");
    }

    /** The English name. */
    public String name() {
        return names.get("en");
    }
}
