package io.meridian.api.culture;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A knowledge-base article about a concrete situation ("following up after silence in Japan").
 *
 * @param id stable identifier, unique within the contributing bundle
 * @param title the headline shown in search results
 * @param countries ISO 3166-1 alpha-2 codes the article is about
 * @param topics topic tags ({@code "negotiation"}, {@code "holidays"}, …)
 * @param markdown the body, in CommonMark
 * @param sources citations for the facts in the body
 */
public record Article(String id, String title, Set<String> countries, Set<String> topics, String markdown,
        List<String> sources) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("article id must not be blank");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        countries = Set.copyOf(countries);
        topics = Set.copyOf(topics);
        sources = List.copyOf(sources);
    }
}
