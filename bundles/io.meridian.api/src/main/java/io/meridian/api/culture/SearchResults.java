package io.meridian.api.culture;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One page of search results with the facet counts of everything that matched.
 *
 * @param total how many documents matched
 * @param hits this page, best first
 * @param countries matches per country, most first
 * @param regions matches per region tag, most first
 * @param topics matches per topic tag, most first
 * @param relaxed true when no document had every word, and these are documents with some of them
 * @param didYouMean a respelling of the query with more matches, when the words look mistyped
 */
public record SearchResults(long total, List<Hit> hits, List<FacetCount> countries, List<FacetCount> regions, List<FacetCount> topics,
                            boolean relaxed, Optional<String> didYouMean) {

    public SearchResults {
        hits = List.copyOf(hits);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        topics = List.copyOf(topics);
    }

    /** What a document is. */
    public enum Kind {
        ARTICLE, PROFILE, NOTE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One matching document.
     *
     * @param id stable identifier, {@code article/<bundle>/<article-id>}, {@code profile/<bundle>/<ISO>} or {@code note/<n>}
     * @param kind article, country profile or user note
     * @param title the headline
     * @param countries the countries it is about
     * @param regions its region tags
     * @param topics its topic tags
     * @param snippet the passage that matched best, matches marked; the opening when only the title matched
     * @param score relevance (BM25), comparable within one result list only
     * @param bundle the symbolic name of the contributing bundle ({@code "notes"} for the user's notes)
     * @param bundleVersion its version; empty for notes
     */
    public record Hit(String id, Kind kind, String title, Set<String> countries, Set<String> regions, Set<String> topics, Snippet snippet,
                      float score, String bundle, String bundleVersion) {

        public Hit {
            countries = Set.copyOf(countries);
            regions = Set.copyOf(regions);
            topics = Set.copyOf(topics);
        }
    }

    /** A facet value and how many matching documents carry it. */
    public record FacetCount(String value, long count) {
    }
}
