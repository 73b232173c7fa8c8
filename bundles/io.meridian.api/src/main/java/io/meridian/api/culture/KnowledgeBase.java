package io.meridian.api.culture;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;

/**
 * The culture knowledge base: every country profile and article contributed by the running
 * bundles, and the user's own notes, searchable by a few words.
 *
 * <p>Content follows the bundles: a contribution that appears is searchable once indexed, one
 * that goes away is gone from results at once. Implementations may be local (Lucene) or remote;
 * callers depend on this interface only.
 */
@ProviderType
public interface KnowledgeBase {

    /**
     * Finds documents for the words the user typed.
     *
     * @throws QuerySyntaxException when {@link SearchRequest#advanced()} is set and the query does
     *         not parse; the exception gives the position
     */
    SearchResults search(SearchRequest request);

    /** Completions for what the user has typed so far: titles, countries and topics, best first. */
    List<Suggestion> suggest(String prefix, int limit);

    /**
     * Documents like the one named.
     *
     * @param documentId a {@link SearchResults.Hit#id()}
     * @throws java.util.NoSuchElementException when no such document is in the knowledge base
     */
    List<SearchResults.Hit> moreLikeThis(String documentId, int limit);

    /** Every country with a profile, by English name. */
    List<CountrySummary> countries();

    /** The profile of a country, who contributed it, and the user's notes on it; empty when no bundle has one. */
    Optional<CountryView> country(String countryCode);

    /**
     * Two or more countries side by side on every scale, with a brief of the largest differences
     * derived from the profiles.
     *
     * @throws IllegalArgumentException when fewer than two countries are named or one has no profile
     */
    Comparison compare(List<String> countryCodes);

    /**
     * What to keep in mind before talking to someone from {@code countryCode}: the points of the
     * profile that matter most (relative to {@code homeCountry} when given and profiled) and
     * phrases worth knowing. Empty when the country has no profile.
     */
    Optional<CountryBrief> brief(String countryCode, Optional<String> homeCountry);

    /** One of the user's notes; empty when there is none with that id. */
    Optional<Note> note(long id);

    /** The user's notes on a country, newest first. */
    List<Note> notes(String countryCode);

    /**
     * Keeps a note on a country; it is stored in the database and searchable with the content.
     *
     * @throws IllegalArgumentException when the country code or the text is not valid
     * @throws IllegalStateException when the database is not open
     */
    Note addNote(String countryCode, String text);

    /**
     * Replaces a note's text.
     *
     * @param version the version the caller last read; a note changed since is not overwritten
     * @throws java.util.NoSuchElementException when there is no such note
     * @throws java.util.ConcurrentModificationException when the note changed since {@code version}
     */
    Note editNote(long id, long version, String text);

    /** Deletes a note; false when there was none. */
    boolean deleteNote(long id);

    /** What is indexed, what is pending, and every content problem found. */
    Status status();

    /** Drops the index and builds it again from the running contributions and the notes. Returns at once. */
    void reindex();

    /** A country with a profile. */
    record CountrySummary(String countryCode, String name, String bundle, int articles, int notes) {
    }

    /** A country's profile as contributed, with its contributor and the user's notes. */
    record CountryView(CountryProfile profile, String bundle, String bundleVersion, List<Note> notes, List<String> alsoContributedBy) {

        public CountryView {
            notes = List.copyOf(notes);
            alsoContributedBy = List.copyOf(alsoContributedBy);
        }
    }

    /**
     * The state of the knowledge base.
     *
     * @param documents documents searchable now
     * @param contributions contributions, by contributing bundle and version ({@code io.meridian.region.asia 1.2.0})
     * @param pending contribution changes not yet indexed
     * @param problems content that could not be loaded, each named by bundle, file, line and field
     * @param lastRebuild why and when the index was last built from scratch ({@code "index missing, 2026-11-24T09:00Z"}); empty if never
     * @param writtenSinceStart documents written to the index since the workbench started: 0 when the content found at
     *                          start was indexed already
     */
    record Status(long documents, List<String> contributions, int pending, List<ContentProblem> problems, String lastRebuild,
                  long writtenSinceStart) {

        public Status {
            contributions = List.copyOf(contributions);
            problems = List.copyOf(problems);
        }
    }
}
