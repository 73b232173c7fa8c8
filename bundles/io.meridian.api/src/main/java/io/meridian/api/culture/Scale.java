package io.meridian.api.culture;

/**
 * The culture scales a {@link CountryProfile} places a country on. Each runs from its first pole
 * (a value of 0) to its second (100). The positions are written by the content's own authors,
 * each with a note and its sources; Meridian ships no third-party country scores.
 */
public enum Scale {

    /** How much is said in words: low-context (explicit, literal) to high-context (implicit, read between the lines). */
    COMMUNICATING("communicating", "low-context", "high-context"),
    /** How criticism is given: direct negative feedback to indirect negative feedback. */
    EVALUATING("evaluating", "direct negative feedback", "indirect negative feedback"),
    /** How people are convinced: principles first (theory, then the case) to applications first (the case, then why). */
    PERSUADING("persuading", "principles first", "applications first"),
    /** How far the boss stands above the team: egalitarian to hierarchical. */
    LEADING("leading", "egalitarian", "hierarchical"),
    /** Who decides and how: consensual to top-down. */
    DECIDING("deciding", "consensual", "top-down"),
    /** What trust rests on: the task (track record, reliability) to the relationship (time spent together). */
    TRUSTING("trusting", "task-based", "relationship-based"),
    /** Open disagreement: confrontational (debate is fine) to avoids confrontation (harmony first). */
    DISAGREEING("disagreeing", "confrontational", "avoids confrontation"),
    /** Time: linear (one thing after another, on time) to flexible (several at once, plans adapt). */
    SCHEDULING("scheduling", "linear time", "flexible time");

    private final String id;
    private final String low;
    private final String high;

    Scale(String id, String low, String high) {
        this.id = id;
        this.low = low;
        this.high = high;
    }

    /** The id used in content files and URLs: {@code "communicating"}. */
    public String id() {
        return id;
    }

    /** The name for people: {@code "Communicating"}. */
    public String title() {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** The pole at 0, in words: {@code "low-context"}. */
    public String low() {
        return low;
    }

    /** The pole at 100, in words: {@code "high-context"}. */
    public String high() {
        return high;
    }

    /** The scale with this {@link #id()}, ignoring case; {@code null} if there is none. */
    public static Scale byId(String id) {
        for (Scale s : values()) {
            if (s.id.equalsIgnoreCase(id)) return s;
        }
        return null;
    }
}
