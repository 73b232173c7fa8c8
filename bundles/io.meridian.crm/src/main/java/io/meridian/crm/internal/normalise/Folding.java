package io.meridian.crm.internal.normalise;

import java.text.Normalizer;

/**
 * The key under which names of places are compared: "Côte d’Ivoire", "cote d'ivoire" and
 * "COTE-D-IVOIRE" must all find the same country, and "St. John's" the same city as "St Johns".
 *
 * <p>The key keeps only letters and digits, lower-cased, with accents removed (Unicode NFKD,
 * then combining marks dropped). Spaces and punctuation are dropped altogether rather than
 * collapsed, because exports disagree on them more than on anything else: "U.S.A." and "USA",
 * "Guinea-Bissau" and "Guinea Bissau" meet only if neither counts.
 */
public final class Folding {

    private Folding() {
    }

    /** The comparison key of {@code text}; empty for null or for text without letters or digits. */
    public static String key(String text) {
        if (text == null) return "";
        // most input is ASCII and needs no decomposing, which costs more than the rest of the key
        String decomposed = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) appendFolded(key, Character.toLowerCase(cp));
        }
        return key.toString();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /**
     * Letters that carry no combining mark to strip, spelled the way people type them on a
     * keyboard without the letter (Großbritannien, Grossbritannien). Combining marks themselves
     * are not letters, so the loop above drops them.
     */
    private static void appendFolded(StringBuilder key, int cp) {
        switch (cp) {
            case 'ß' -> key.append("ss");
            case 'æ' -> key.append("ae");
            case 'œ' -> key.append("oe");
            case 'ø' -> key.append('o');
            case 'ł' -> key.append('l');
            case 'đ', 'ð' -> key.append('d');
            case 'ı' -> key.append('i');
            case 'þ' -> key.append("th");
            default -> key.appendCodePoint(cp);
        }
    }
}
