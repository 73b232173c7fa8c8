package io.meridian.api.contacts;

/**
 * How often to be in touch with the people carrying a tag, or with everyone ({@link #DEFAULT}).
 * A person's own cadence beats their tags' rules; among several tags, the shortest cadence wins.
 *
 * @param tag a tag, or {@link #DEFAULT}
 * @param days any interaction at least every so many days
 * @param inPersonDays meet in person at least every so many days
 */
public record CadenceRule(String tag, int days, int inPersonDays) {

    /** The tag that names the rule for everyone: any interaction every 30 days, in person every 365 unless changed. */
    public static final String DEFAULT = "*";

    public CadenceRule {
        if (tag == null || tag.isBlank()) throw new IllegalArgumentException("a cadence rule needs a tag, or * for everyone");
        if (days < 1 || days > 3650) throw new IllegalArgumentException("cadence must be 1–3650 days, not " + days);
        if (inPersonDays < 1 || inPersonDays > 3650) throw new IllegalArgumentException("in-person cadence must be 1–3650 days, not " + inPersonDays);
    }
}
