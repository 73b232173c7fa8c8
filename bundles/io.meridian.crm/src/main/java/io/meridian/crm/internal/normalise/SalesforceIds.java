package io.meridian.crm.internal.normalise;

/**
 * Salesforce record ids in their 18-character form. Reports export the 15-character id, which
 * is case-sensitive; the Data Export and the API give 18 characters, the last three encoding
 * which of the first fifteen are upper case. Storing every id in the 18-character form lets a
 * report export and a data export of the same contact match.
 */
public final class SalesforceIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceIds() {
    }

    /** The 18-character form of a 15-character id; any other text as it is. */
    public static String eighteen(String id) {
        if (id == null || id.length() != 15 || !id.chars().allMatch(Character::isLetterOrDigit)) return id;
        StringBuilder suffix = new StringBuilder(3);
        for (int block = 0; block < 3; block++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(block * 5 + i);
                if (c >= 'A' && c <= 'Z') bits |= 1 << i;
            }
            suffix.append(ALPHABET.charAt(bits));
        }
        return id + suffix;
    }
}
