package io.meridian.culture.internal.index;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.CountryProfile;

import java.util.List;

/**
 * The content one source gives the knowledge base, as indexed together: a bundle's content
 * folder, a {@code CultureContribution} service, or the user's notes.
 *
 * @param key what the index files it under: the bundle's symbolic name, with {@code #} and a name
 *            for a service ({@code io.example.regions#AsiaContent}); {@code notes} for notes
 * @param bundle the contributing bundle's symbolic name
 * @param version its version
 * @param fingerprint a digest of the content: unchanged version and fingerprint mean nothing to reindex
 */
public record Contribution(String key, String bundle, String version, List<CountryProfile> profiles, List<Article> articles,
                          String fingerprint) {

    public Contribution {
        profiles = List.copyOf(profiles);
        articles = List.copyOf(articles);
    }

    /** What the index records for it; a different stamp means the contribution must be indexed again. */
    public String stamp() {
        return version + "|" + fingerprint;
    }
}
