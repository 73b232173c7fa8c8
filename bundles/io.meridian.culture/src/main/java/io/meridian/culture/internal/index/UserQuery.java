package io.meridian.culture.internal.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed in the default syntax, cut into parts: words, {@code "quoted phrases"} and
 * {@code -excluded} words or phrases. Nothing is an error: an unclosed quote runs to the end,
 * and characters that carry meaning in the advanced syntax ({@code : ( ) * ~ ^}) are plain text
 * here, which the analyzer drops.
 */
record UserQuery(List<Part> parts) {

    /** One word or phrase as typed, and whether it is excluded. */
    record Part(String text, boolean phrase, boolean excluded) {
    }

    static UserQuery parse(String input) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
                excluded = true;
                i++;
                c = input.charAt(i);
            }
            if (c == '"' || c == '“' || c == '”') {
                int end = i + 1;
                while (end < n && "\"“”".indexOf(input.charAt(end)) < 0) end++;
                String phrase = input.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) parts.add(new Part(phrase, true, excluded));
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(input.charAt(end))) end++;
                parts.add(new Part(input.substring(i, end), false, excluded));
                i = end;
            }
        }
        return new UserQuery(parts);
    }
}
