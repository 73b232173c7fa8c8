package io.meridian.itest.bundles;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.CultureContribution;

import java.util.List;

/** A contribution that fails when asked for its content, as a buggy third-party bundle would. */
public final class BrokenContribution implements CultureContribution {

    @Override
    public List<CountryProfile> profiles() {
        throw new IllegalStateException("regions.db is missing");
    }

    @Override
    public List<Article> articles() {
        return List.of();
    }
}
