package io.meridian.api.culture;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A passage of a document with the words that matched marked. Kept as plain text fragments, not
 * markup, so that every client escapes it for its own medium.
 */
public record Snippet(List<Fragment> fragments) {

    public static final Snippet EMPTY = new Snippet(List.of());

    public Snippet {
        fragments = List.copyOf(fragments);
    }

    /** A run of text, and whether it is a match. */
    public record Fragment(String text, boolean match) {
    }

    /** The passage as plain text. */
    public String text() {
        return fragments.stream().map(Fragment::text).collect(Collectors.joining());
    }

    /** The passage with each match wrapped in {@code open} and {@code close} ({@code "["}, {@code "]"} in a terminal). */
    public String marked(String open, String close) {
        return fragments.stream().map(f -> f.match() ? open + f.text() + close : f.text()).collect(Collectors.joining());
    }
}
