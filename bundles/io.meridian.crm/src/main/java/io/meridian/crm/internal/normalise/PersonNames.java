package io.meridian.crm.internal.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a full name, as exports with a single "Name" column write it, into the given and
 * family names Meridian stores, with the title before and the suffix after kept apart.
 *
 * <p>Which part is the family name depends on the person's culture, not on the language of the
 * export: "Nagy Anna" from Hungary is Anna of the Nagy family. Particles stay with the family
 * name ("van der Berg", "de la Cruz"). Spanish-speaking countries' two family names are not
 * recognised: "Gabriel García Márquez" gets "Márquez", since "María José Pérez" has the same
 * shape with one family name. A name in Chinese, Japanese or Korean script written without a
 * space ("山田太郎") is not split at all: where the family name ends cannot be told from the
 * characters (family names have one to three of them, given names one to three), so it is all
 * returned as the family name, which is how such a name is sorted and shown anyway.
 * Thread-safe: no state.
 */
public final class PersonNames {

    /** The parts of a name; any may be null, and all are null for a blank name. */
    public record Name(String prefix, String given, String family, String suffix) {
    }

    /**
     * Countries where the family name is written first. Chinese, Japanese, Korean, Vietnamese,
     * Cambodian and Hungarian names put the family first; Mongolian names put the patronymic
     * first, which is what stands in for a family name there. The contacts bundle keeps a list of
     * its own, for the order in which it displays names.
     */
    private static final Set<String> FAMILY_FIRST = Set.of("JP", "CN", "KR", "KP", "TW", "HK", "MO", "VN", "HU", "KH", "MN");

    /** Titles, compared in lower case without dots: Mr, Dr., Herr, Sra. ("M." is kept apart, below). */
    private static final Set<String> PREFIXES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "herr", "frau", "mme", "mlle", "sr", "sra", "srta", "dott");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "mba", "md", "esq", "cpa");
    /** Words that belong to the family name that follows them. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "la", "le", "du",
            "des", "da", "das", "do", "dos", "di", "zu", "ter", "ten", "bin", "al", "el");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Whether people of {@code country} (ISO 3166-1 alpha-2) write their family name first. */
    public boolean familyFirst(String country) {
        return country != null && FAMILY_FIRST.contains(country.strip().toUpperCase(Locale.ROOT));
    }

    /** The parts of {@code fullName}, for a person of {@code country} (may be null). */
    public Name split(String fullName, String country) {
        String text = fullName == null ? "" : SPACES.matcher(fullName.strip()).replaceAll(" ");
        if (text.isEmpty()) return new Name(null, null, null, null);
        if (!text.contains(" ") && eastAsianScript(text)) return new Name(null, null, text, null);

        List<String> parts = new ArrayList<>(Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (parts.isEmpty()) return new Name(null, null, null, null);
        List<String> suffixes = new ArrayList<>();
        while (parts.size() > 1 && isSuffix(parts.get(parts.size() - 1))) suffixes.add(0, parts.remove(parts.size() - 1));
        List<String> prefixes = new ArrayList<>();
        List<String> words = words(parts.get(0));
        takePrefixes(words, prefixes);
        while (parts.size() == 1 && words.size() > 1 && isSuffix(words.get(words.size() - 1))) suffixes.add(0, words.remove(words.size() - 1));

        String given;
        String family;
        if (parts.size() > 1) { // "Family, Given"
            List<String> rest = words(String.join(" ", parts.subList(1, parts.size())));
            takePrefixes(rest, prefixes);
            family = joined(words);
            given = joined(rest);
        } else if (familyFirst(country) || eastAsianScript(text)) {
            family = words.get(0);
            given = joined(words.subList(1, words.size()));
        } else if (words.size() == 1) { // "Mr Smith" is a family name; "Anna" alone is what a phone book calls her
            given = prefixes.isEmpty() ? words.get(0) : null;
            family = prefixes.isEmpty() ? null : words.get(0);
        } else {
            int start = words.size() - 1;
            while (start > 1 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) start--;
            given = joined(words.subList(0, start));
            family = joined(words.subList(start, words.size()));
        }
        return new Name(prefixes.isEmpty() ? null : String.join(" ", prefixes), given, family,
                suffixes.isEmpty() ? null : String.join(", ", suffixes));
    }

    /** Moves leading titles from {@code words} to {@code prefixes}, leaving at least one word of the name. */
    private static void takePrefixes(List<String> words, List<String> prefixes) {
        while (words.size() > 1 && isPrefix(words.get(0))) prefixes.add(words.remove(0));
    }

    /**
     * "M." is Monsieur only with its dot and before a name: without the dot, or at the end, it
     * is more likely an initial. A mistake costs little, as the title is kept, not dropped.
     */
    private static boolean isPrefix(String word) {
        return "M.".equals(word) || PREFIXES.contains(bare(word));
    }

    private static boolean isSuffix(String word) {
        return SUFFIXES.contains(bare(word));
    }

    private static String bare(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        return new ArrayList<>(Arrays.asList(text.split(" ")));
    }

    private static String joined(List<String> words) {
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** Whether the name's letters are all Han, Hiragana, Katakana or Hangul. */
    private static boolean eastAsianScript(String text) {
        boolean any = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                    && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL) return false;
            any = true;
        }
        return any;
    }
}
