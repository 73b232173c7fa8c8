package io.meridian.api.culture;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to keep in mind before a call with someone from a country: for the contact page and the agenda.
 *
 * @param countryCode the contact's country
 * @param name its English name
 * @param relativeTo the user's home country when the points compare with it; empty when they describe the country alone
 * @param points the scales that matter most, most first
 * @param phrases phrases worth knowing
 * @param sections the profile's greetings and meetings advice, in Markdown
 * @param bundle who contributed the profile
 */
public record CountryBrief(String countryCode, String name, Optional<String> relativeTo, List<BriefPoint> points, List<Phrase> phrases,
                           Map<Section, String> sections, String bundle) {

    public CountryBrief {
        points = List.copyOf(points);
        phrases = List.copyOf(phrases);
        sections = Map.copyOf(sections);
    }
}
