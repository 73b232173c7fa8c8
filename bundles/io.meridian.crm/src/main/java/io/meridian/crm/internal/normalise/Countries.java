package io.meridian.crm.internal.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a country as an export writes it into its ISO 3166-1 alpha-2 code: "DE", "deu",
 * "Deutschland", "Allemagne", "日本", "U.K.".
 *
 * <p>Names come from the JDK's own locale data: the name of every country in every available
 * locale, so that an address book kept in Korean or Portuguese needs no table of ours. A name
 * that two countries share in some language ("Kongo" is both Congos in several) is dropped
 * rather than given to either, because a wrong country moves a person's time zone, holidays and phone region
 * without anyone noticing. {@code normalise/country-aliases.tsv} adds the informal forms the
 * JDK lacks (USA, UK, Holland, UAE) and wins over it.
 *
 * <p>The index of about 25,000 names is built once, on first use, which takes a second or two;
 * after that a lookup folds the text and reads a hash map. Each instance also remembers the
 * answers for the texts it has seen, as an import repeats a few country spellings on every row.
 * Instances are thread-safe.
 */
public final class Countries {

    /** Texts remembered per instance; beyond this, lookups still work but are not remembered. */
    private static final int REMEMBERED = 10_000;

    private final Map<String, Optional<String>> remembered = new ConcurrentHashMap<>();

    /** The alpha-2 code of {@code text}, or empty when it names no country, or more than one. */
    public Optional<String> code(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Optional<String> known = remembered.get(text);
        if (known != null) return known;
        Optional<String> found = Optional.ofNullable(lookUp(text.strip()));
        if (remembered.size() < REMEMBERED) remembered.put(text, found);
        return found;
    }

    private static String lookUp(String text) {
        if (text.length() == 2) {
            String upper = text.toUpperCase(Locale.ROOT);
            if (Index.INSTANCE.alpha2.contains(upper)) return upper;
        } else if (text.length() == 3) {
            String byAlpha3 = Index.INSTANCE.byAlpha3.get(text.toUpperCase(Locale.ROOT));
            if (byAlpha3 != null) return byAlpha3;
        }
        String key = Folding.key(text);
        String byName = Index.INSTANCE.byName.get(key);
        // "The Netherlands", "The Gambia": the article is how English writes some names, not part of them
        if (byName == null && key.startsWith("the")) byName = Index.INSTANCE.byName.get(key.substring(3));
        return byName;
    }

    /**
     * Each locale's name of each country, as (name, code) pairs, a list per locale in the JDK's
     * order. It lives here, not in {@link Index}: the parallel stream's threads run its lambda,
     * which they could not while the class that declares it is still initialising.
     */
    private static List<List<String[]>> namesByLocale(Set<String> codes) {
        List<String> sorted = codes.stream().sorted().toList();
        return Arrays.stream(Locale.getAvailableLocales()).parallel().map(language -> {
            List<String[]> named = new ArrayList<>(sorted.size());
            for (String code : sorted) {
                String name = new Locale("", code).getDisplayCountry(language);
                if (!name.equals(code)) named.add(new String[]{name, code}); // else the locale has no name for it and echoes the code
            }
            return named;
        }).toList();
    }

    /** Built on first use, by the class loader's guarantee that a class initialises once. */
    private static final class Index {

        static final Index INSTANCE = new Index();

        final Set<String> alpha2 = Set.of(Locale.getISOCountries());
        final Map<String, String> byAlpha3;
        final Map<String, String> byName;

        private Index() {
            Map<String, String> alpha3 = new HashMap<>();
            for (String code : alpha2) {
                try {
                    alpha3.put(new Locale("", code).getISO3Country(), code);
                } catch (MissingResourceException e) {
                    // a code without an alpha-3 form in this JDK is still found by its alpha-2 code and names
                }
            }
            byAlpha3 = Map.copyOf(alpha3);
            byName = namesInEveryLocale(alpha2);
        }

        private static Map<String, String> namesInEveryLocale(Set<String> codes) {
            // Each locale's names are read in parallel (a few hundred locales, the bulk of the work),
            // then merged in the locales' order, so that the result does not depend on the threads.
            List<List<String[]>> perLocale = namesByLocale(codes);
            Map<String, String> names = new HashMap<>();
            Set<String> shared = new HashSet<>();
            Map<String, String> keys = new HashMap<>(); // a name recurs in a language's regional locales: fold it once
            for (List<String[]> named : perLocale) {
                for (String[] nameAndCode : named) {
                    String key = keys.computeIfAbsent(nameAndCode[0], Folding::key);
                    if (key.isEmpty()) continue;
                    String earlier = names.putIfAbsent(key, nameAndCode[1]);
                    if (earlier != null && !earlier.equals(nameAndCode[1])) shared.add(key);
                }
            }
            names.keySet().removeAll(shared);
            for (ResourceTable.Row row : ResourceTable.read("country-aliases.tsv", 2)) {
                String code = row.cell(1);
                if (!codes.contains(code)) throw row.broken("\"" + code + "\" is not an ISO 3166-1 alpha-2 code");
                names.put(Folding.key(row.cell(0)), code);
            }
            return Map.copyOf(names);
        }
    }
}
