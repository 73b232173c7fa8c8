package io.meridian.api.culture;

import java.util.Objects;
import java.util.Set;

/**
 * A search of the knowledge base.
 *
 * <p>The default syntax is words: every word should match (in any form, allowing a typo, or as
 * the start of a longer word), {@code "quoted words"} match as a phrase and {@code -word}
 * excludes. Nothing the user types is an error. With {@code advanced}, the query is Lucene's
 * classic syntax ({@code title:gift AND (japan OR korea)}, {@code negotiat*}, {@code "bow deeply"~2})
 * and a query that does not parse is refused with its position.
 *
 * @param query what the user typed
 * @param countries only documents about one of these ISO codes (empty: any)
 * @param regions only documents tagged with one of these regions (empty: any)
 * @param topics only documents tagged with one of these topics (empty: any)
 * @param offset results to skip
 * @param limit results to return, 1–100
 */
public record SearchRequest(String query, boolean advanced, Set<String> countries, Set<String> regions, Set<String> topics, int offset,
                            int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        topics = Set.copyOf(topics);
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }

    /** The first ten results for {@code query} in the default syntax, unfiltered. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, false, Set.of(), Set.of(), Set.of(), 0, 10);
    }

    public SearchRequest withCountries(Set<String> codes) {
        return new SearchRequest(query, advanced, codes, regions, topics, offset, limit);
    }

    public SearchRequest withRegions(Set<String> tags) {
        return new SearchRequest(query, advanced, countries, tags, topics, offset, limit);
    }

    public SearchRequest withTopics(Set<String> tags) {
        return new SearchRequest(query, advanced, countries, regions, tags, offset, limit);
    }

    public SearchRequest withAdvanced(boolean on) {
        return new SearchRequest(query, on, countries, regions, topics, offset, limit);
    }

    public SearchRequest withPage(int from, int size) {
        return new SearchRequest(query, advanced, countries, regions, topics, from, size);
    }
}
