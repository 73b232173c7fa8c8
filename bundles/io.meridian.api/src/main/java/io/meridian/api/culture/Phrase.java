package io.meridian.api.culture;

import java.util.Objects;

/**
 * A phrase worth knowing, in the partner's language.
 *
 * @param text as written there ("よろしくお願いします")
 * @param transliteration how to say it in Latin letters ("yoroshiku onegaishimasu"), or {@code null} when the text is Latin
 * @param meaning what it means and when to use it, in English
 * @param language the BCP 47 tag of the text's language ({@code "ja"})
 */
public record Phrase(String text, String transliteration, String meaning, String language) {

    public Phrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(language, "language");
        if (text.isBlank() || meaning.isBlank()) throw new IllegalArgumentException("a phrase needs its text and its meaning");
    }
}
