package io.meridian.culture.internal.kb;

import io.meridian.api.culture.Article;

import java.util.List;
import java.util.Optional;

/**
 * The articles of the running contributions, whole, for reading: search answers passages, a
 * reader wants the text. Offered by this bundle's knowledge base beside the public
 * {@link io.meridian.api.culture.KnowledgeBase}, which has no such call; a knowledge base
 * from elsewhere (a remote one) need not offer it, and the routes that use it say so.
 */
public interface ArticleLibrary {

    /**
     * An article as its bundle contributed it.
     *
     * @param id the id search gives it, {@code article/<bundle>/<article-id>}
     */
    record ArticleView(String id, Article article, String bundle, String bundleVersion) {
    }

    /** Every article contributed now, by title. */
    List<ArticleView> articles();

    /** The article with this search id ({@code article/<bundle>/<article-id>}); empty when no running bundle has it. */
    Optional<ArticleView> article(String id);
}
