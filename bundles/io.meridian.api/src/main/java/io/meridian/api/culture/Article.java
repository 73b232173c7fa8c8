package io.meridian.api.culture;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A knowledge-base article about a concrete situation ("following up after silence in Japan").
 *
 * @param id stable identifier, unique within the contributing bundle: lower-case letters,
 *           digits and hyphens ({@code "follow-up-after-silence"})
 * @param title the headline shown in search results
 * @param countries ISO 3166-1 alpha-2 codes the article is about; may be empty for a region or a general topic
 * @param regions region tags ({@code "east-asia"}, {@code "gulf"}) the article is about
 * @param topics topic tags ({@code "negotiation"}, {@code "holidays"}, …)
 * @param markdown the body, in CommonMark; its {@code #} headings are searched above the text
 * @param sources citations for the facts in the body
 */
public record Article(String id, String title, Set<String> countries, Set<String> regions, Set<String> topics, String markdown,
                      List<Source> sources) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("an article id is lower-case letters, digits and single hyphens, not \"" + id + "\"");
        }
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("article " + id + " needs a title");
        Objects.requireNonNull(markdown, "markdown");
        countries = Set.copyOf(countries);
        for (String c : countries) {
            if (!c.matches("[A-Z]{2}") || !Set.of(Locale.getISOCountries()).contains(c)) {
                throw new IllegalArgumentException("article " + id + ": country " + c + " is not an ISO 3166-1 alpha-2 code in upper case");
            }
        }
        regions = Set.copyOf(regions);
        topics = Set.copyOf(topics);
        sources = List.copyOf(sources);
    }
}
