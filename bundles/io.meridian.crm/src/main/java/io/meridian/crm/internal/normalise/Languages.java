package io.meridian.crm.internal.normalise;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language as exports write it, to a BCP 47 tag: a tag or locale ("de", "en-GB", "pt_BR"), or
 * its name in English or in the language itself ("German", "Deutsch", "français"), from the
 * JDK's locale data.
 */
public final class Languages {

    private static final class Names {
        static final Map<String, String> BY_NAME = build();

        private static Map<String, String> build() {
            Map<String, String> names = new HashMap<>();
            for (String code : Locale.getISOLanguages()) {
                Locale language = Locale.forLanguageTag(code);
                names.putIfAbsent(fold(language.getDisplayLanguage(Locale.ENGLISH)), language.toLanguageTag());
                names.putIfAbsent(fold(language.getDisplayLanguage(language)), language.toLanguageTag());
            }
            names.remove("");
            return names;
        }
    }

    private Languages() {
    }

    public static Optional<String> tag(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = text.strip();
        if (t.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(t.replace('_', '-')).build();
                if (Locale.forLanguageTag(locale.getLanguage()).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(locale.getLanguage())) {
                    return byName(t);
                }
                return Optional.of(locale.toLanguageTag());
            } catch (IllformedLocaleException e) {
                return byName(t);
            }
        }
        return byName(t);
    }

    private static Optional<String> byName(String text) {
        return Optional.ofNullable(Names.BY_NAME.get(fold(text)));
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("").strip();
    }
}
