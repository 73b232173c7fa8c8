package io.meridian.crm.internal.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailsTest {

    private final Emails emails = new Emails();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "anna@example.com|anna@example.com",
            "'  Anna.Berg@Example.COM  '|Anna.Berg@example.com",
            "mailto:anna@example.com|anna@example.com",
            "MAILTO:anna@example.com?subject=Hello|anna@example.com",
            "Anna Berg <anna@example.com>|anna@example.com",
            "\"Berg, Anna\" <mailto:Anna@EXAMPLE.org>|Anna@example.org",
            "<anna@example.com>|anna@example.com",
            "jörg@müller.de|jörg@müller.de",
            "jörg@MÜLLER.DE|jörg@müller.de",
            "anna@xn--mller-kva.de|anna@xn--mller-kva.de",
            "ünal+crm@例え.jp|ünal+crm@例え.jp",
            "anna.o'neil+tag@mail.example.co.uk|anna.o'neil+tag@mail.example.co.uk",
            "a@b.c|a@b.c",
            "a-b@x-y.z9|a-b@x-y.z9"})
    void normalisesTheAddressAndLowerCasesOnlyTheDomain(String raw, String expected) {
        assertEquals(Optional.of(expected), emails.normalise(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"anna@", "@example.com", "anna", "anna@localhost", "two@@x.com", "a b@x.com", "anna@x..com",
            "anna@.x.com", "anna@x.com.", "anna@-x.com", "anna@x-.com", "anna@x_y.com", "\"anna\"@x.com", "anna(work)@x.com",
            "an;na@x.com", "anna@x.com>", "Anna Berg <anna@localhost>", "mailto:", "anna@exa mple.com"})
    void refusesWhatTheContactsBundleRefuses(String raw) {
        assertEquals(Optional.empty(), emails.normalise(raw));
    }

    @Test
    void keepsTheContactsBundlesLengthLimits() {
        String label63 = "d".repeat(63);
        assertEquals(Optional.of("l".repeat(64) + "@x.com"), emails.normalise("l".repeat(64) + "@x.com"));
        assertEquals(Optional.empty(), emails.normalise("l".repeat(65) + "@x.com"));
        assertEquals(Optional.of("a@" + label63 + ".com"), emails.normalise("a@" + label63 + ".com"));
        assertEquals(Optional.empty(), emails.normalise("a@" + label63 + "d.com"));
        String domain253 = String.join(".", label63, label63, label63, "d".repeat(61)); // 63 * 3 + 61 + 3 dots
        assertEquals(253, domain253.length());
        assertEquals(Optional.of("a@" + domain253), emails.normalise("a@" + domain253));
        assertEquals(Optional.empty(), emails.normalise("a@" + domain253 + "d"));
    }

    @Test
    void keyIsLowerCaseForMatching() {
        assertEquals("anna.berg@example.com", emails.key("Anna.Berg@example.com"));
        assertEquals(emails.key("JÖRG@müller.de"), emails.key("jörg@MÜLLER.de"));
        assertThrows(NullPointerException.class, () -> emails.key(null));
    }

    /**
     * Emails promises to accept exactly what the contacts bundle stores. Its validator is
     * package-private there, so it is reached by reflection: if it changes its rules, this test
     * fails here, where the copy has to follow.
     */
    @Test
    void acceptsExactlyWhatTheContactsValidatorAcceptsOnRandomInput() throws Exception {
        Method validator = Class.forName("io.meridian.contacts.internal.PersonValidator")
                .getDeclaredMethod("email", Map.class, String.class, String.class);
        validator.setAccessible(true);
        Random random = new Random(20240423);
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            // shaped like an address, with a tricky character now and then, so both answers occur often
            StringBuilder s = new StringBuilder(random.nextInt(8) == 0 ? " " : "");
            s.append(pick(random, "aZ09.+_'!äÖß日é", 1 + random.nextInt(4), "@\"(),:;[]\\ <>"));
            s.append(random.nextInt(10) == 0 ? "@@" : "@");
            int labels = random.nextInt(4);
            for (int l = 0; l < labels; l++) {
                if (l > 0) s.append('.');
                s.append(pick(random, "aZ09-äÖ日é", random.nextInt(5), "_ .@!"));
            }
            String raw = s.toString();
            String expected = (String) validator.invoke(null, new LinkedHashMap<String, String>(), "email", raw);
            assertEquals(Optional.ofNullable(expected), emails.normalise(raw), "\"" + raw + "\"");
            if (expected != null) accepted++;
        }
        assertTrue(accepted > 5_000 && accepted < 45_000, "the random inputs hold valid addresses and refusals: " + accepted + " valid");
    }

    /** {@code length} characters from {@code usual}, each one in twenty from {@code rare} instead. */
    private static String pick(Random random, String usual, int length, String rare) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String from = random.nextInt(20) == 0 ? rare : usual;
            s.append(from.charAt(random.nextInt(from.length())));
        }
        return s.toString();
    }
}
