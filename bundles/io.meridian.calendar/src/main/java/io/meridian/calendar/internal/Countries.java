package io.meridian.calendar.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The country codes the calendar takes: ISO 3166-1 alpha-2, and Kosovo's XK, which CLDR uses too. */
public final class Countries {

    private static final Set<String> CODES = codes();

    private Countries() {
    }

    private static Set<String> codes() {
        Set<String> all = new HashSet<>(Set.of(Locale.getISOCountries()));
        all.add("XK");
        return Set.copyOf(all);
    }

    /** Whether {@code code}, as written, is a country code. */
    public static boolean known(String code) {
        return CODES.contains(code);
    }

    /** The country code in capitals, or an error saying what a valid one looks like. */
    public static String checked(String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("unknown country '" + country + "': use an ISO 3166-1 alpha-2 code such as DE, JP or SA");
        }
        return code;
    }
}
