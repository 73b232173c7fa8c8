package io.meridian.contacts.internal;

import io.meridian.api.contacts.NameOrder;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as their culture writes it, and the keys names are found and sorted by.
 * Family name first is the custom in China, Japan, the Koreas, Taiwan, Hong Kong, Macao,
 * Vietnam, Cambodia and Hungary; names written in Chinese, Japanese or Korean script are
 * joined without a space (山田太郎), as they are written there.
 */
final class DisplayNames {

    static final Set<String> FAMILY_FIRST = Set.of("CN", "JP", "KR", "KP", "TW", "HK", "MO", "VN", "KH", "HU");

    /** Letters that carry no combining mark to strip, spelled as people type them without the key for it. */
    private static final Map<Integer, String> FOLDED = Map.of((int) 'ß', "ss", (int) 'ø', "o", (int) 'æ', "ae", (int) 'œ', "oe",
            (int) 'ł', "l", (int) 'đ', "d", (int) 'ı', "i", (int) 'þ', "th", (int) 'ð', "d");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private DisplayNames() {
    }

    static NameOrder defaultOrder(String country) {
        return country != null && FAMILY_FIRST.contains(country) ? NameOrder.FAMILY_FIRST : NameOrder.GIVEN_FIRST;
    }

    static String display(String given, String family, NameOrder order, String country) {
        if (blank(given)) return family.strip();
        if (blank(family)) return given.strip();
        NameOrder effective = order != null ? order : defaultOrder(country);
        String first = effective == NameOrder.FAMILY_FIRST ? family.strip() : given.strip();
        String second = effective == NameOrder.FAMILY_FIRST ? given.strip() : family.strip();
        String separator = eastAsianScript(first) && eastAsianScript(second) ? "" : " ";
        return first + separator + second;
    }

    /** Lower case without accents, so that "Müller" is found by "muller" and sorts beside it. */
    static String key(String text) {
        if (text == null) return "";
        String lower = text.toLowerCase(Locale.ROOT);
        // most names are ASCII: nothing to decompose or fold, and an import keys a million of them
        if (ascii(lower)) return lower.strip();
        String decomposed = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            String replacement = FOLDED.get(cp);
            if (replacement != null) folded.append(replacement);
            else folded.appendCodePoint(cp);
        }
        return folded.toString().strip();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static boolean eastAsianScript(String s) {
        return s.codePoints().allMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
