package io.meridian.api.culture;

import java.util.Objects;

/**
 * Where a fact comes from.
 *
 * @param citation who said it and where, as a reader would look it up ("Ministry of Foreign
 *                 Affairs of Japan, Business etiquette guide, 2023")
 * @param url where to read it online, or {@code null}
 */
public record Source(String citation, String url) {

    public Source {
        Objects.requireNonNull(citation, "citation");
        if (citation.isBlank()) throw new IllegalArgumentException("a source needs a citation");
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("a source's url must start with https:// or http://, not " + url);
        }
    }
}
