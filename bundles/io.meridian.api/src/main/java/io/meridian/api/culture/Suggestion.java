package io.meridian.api.culture;

/**
 * A completion of what the user is typing.
 *
 * @param text the completed text ({@code "Gift giving in Japan"})
 * @param kind what it names: {@code "article"}, {@code "country"}, {@code "topic"} or {@code "spelling"} (a respelling of the word typed)
 * @param target what choosing it opens: a document id, a country code, a topic tag, or the respelled query
 */
public record Suggestion(String text, String kind, String target) {
}
