package io.meridian.api.culture;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a user should know about doing business with people from one country.
 *
 * @param countryCode ISO 3166-1 alpha-2 code, upper case ({@code "JP"})
 * @param names the country's name by BCP 47 language tag; must hold {@code "en"}
 * @param scales the culture scales (communicating, evaluating, …) by scale id
 * @param sections prose sections (greetings, meetings, negotiation, …) in Markdown, by section id
 * @param sources where the facts come from, as citations or URLs
 * @param lastReviewed the date a person last checked this profile against its sources
 */
public record CountryProfile(String countryCode, Map<String, String> names, Map<String, Scale> scales,
        Map<String, String> sections, List<String> sources, LocalDate lastReviewed) {

    public CountryProfile {
        Objects.requireNonNull(countryCode, "countryCode");
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two upper-case letters (ISO 3166-1 alpha-2): " + countryCode);
        }
        names = Map.copyOf(names);
        if (!names.containsKey("en")) {
            throw new IllegalArgumentException("profile " + countryCode + " needs an English name (key \"en\")");
        }
        scales = Map.copyOf(scales);
        sections = Map.copyOf(sections);
        sources = List.copyOf(sources);
    }

    /**
     * One position on a culture scale, authored by the content's own writers.
     *
     * @param value from 0 (the scale's first pole, e.g. low-context) to 100 (its second pole)
     * @param note why the value is where it is, in the author's words
     */
    public record Scale(int value, String note) {
        public Scale {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("scale value must be between 0 and 100: " + value);
            }
            Objects.requireNonNull(note, "note");
        }
    }
}
