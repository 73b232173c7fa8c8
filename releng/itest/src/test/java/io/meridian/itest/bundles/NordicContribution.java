package io.meridian.itest.bundles;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.CultureContribution;
import io.meridian.api.culture.Gifts;
import io.meridian.api.culture.Scale;
import io.meridian.api.culture.ScalePosition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A Java region bundle's contribution, registered by its component: one profile and one article. */
public final class NordicContribution implements CultureContribution {

    @Override
    public List<CountryProfile> profiles() {
        return List.of(new CountryProfile("NO", Map.of("en", "Norway", "nb", "Norge"), List.of("nb"), List.of("Europe/Oslo"),
                Map.of(Scale.LEADING, new ScalePosition(10, "Test content: flat teams, first names with the director.", List.of())),
                Map.of(), Gifts.NONE, List.of(), List.of(), LocalDate.of(2026, 11, 1)));
    }

    @Override
    public List<Article> articles() {
        return List.of(new Article("janteloven", "Janteloven and modesty at work", Set.of("NO"), Set.of("nordics"), Set.of("etiquette"),
                "# Modesty\\n\\nBoasting about results goes down badly; let the figures speak.", List.of()));
    }
}
