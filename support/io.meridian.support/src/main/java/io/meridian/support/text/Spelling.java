package io.meridian.support.text;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean …?" for names a person mistyped: option flags, field names, scale ids. Plain
 * Java with no dependencies, so the launcher can use it outside the framework too.
 */
public final class Spelling {

    /** A name more than this many edits away is not suggested. */
    public static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /** The known name closest to {@code typed}, ignoring case, within {@link #MAX_EDITS} edits; null when none is. */
    public static String closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        String t = typed.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = editDistance(t, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
