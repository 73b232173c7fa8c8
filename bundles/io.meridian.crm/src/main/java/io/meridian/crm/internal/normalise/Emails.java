package io.meridian.crm.internal.normalise;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Takes an email address out of what exports put in an email column ({@code mailto:} links,
 * {@code "Anna Berg" <anna@example.com>}) and checks it by the same rules as the contacts
 * bundle's {@code PersonValidator}, so that an address the import accepts is never refused
 * when the person is stored, and none is refused here that the contacts bundle would take.
 * Keep the patterns and the length limit below identical to that class; a test compares the
 * two on many inputs.
 *
 * <p>Only the domain is lower-cased: domains are case-insensitive, but a mail server may treat
 * the local part's case as significant, so it is kept as written. {@link #key} is for matching
 * two rows that are the same person, where case never tells people apart in practice.
 */
public final class Emails {

    private static final Pattern LOCAL_PART = Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final int DOMAIN_MAX = 253;
    private static final String MAILTO = "mailto:";

    /** The address with its domain in lower case, or empty when {@code raw} holds no address the contacts bundle accepts. */
    public Optional<String> normalise(String raw) {
        if (raw == null) return Optional.empty();
        String email = unwrap(raw.strip());
        int at = email.lastIndexOf('@');
        if (at <= 0 || !LOCAL_PART.matcher(email.substring(0, at)).matches()) return Optional.empty();
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.length() > DOMAIN_MAX) return Optional.empty();
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) return Optional.empty();
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) return Optional.empty();
        }
        return Optional.of(email.substring(0, at) + "@" + domain);
    }

    /** The form two addresses are compared in when looking for the same person: all lower case. */
    public String key(String email) {
        return Objects.requireNonNull(email, "email").toLowerCase(Locale.ROOT);
    }

    /** Strips the display name of {@code Name <addr>} and a {@code mailto:} link around the address. */
    private static String unwrap(String text) {
        String email = text;
        int open = email.lastIndexOf('<');
        if (open >= 0 && email.endsWith(">")) email = email.substring(open + 1, email.length() - 1).strip();
        if (email.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
            email = email.substring(MAILTO.length());
            int query = email.indexOf('?'); // mailto:anna@example.com?subject=Hello
            if (query >= 0) email = email.substring(0, query);
            email = email.strip();
        }
        return email;
    }
}
