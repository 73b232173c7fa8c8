package io.meridian.api.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How a relationship is doing, 0–100, and why: the score is the sum of its reasons' points.
 *
 * @param asOf the day it was computed for; recency depends on it
 */
public record Health(UUID personId, int score, Band band, List<Reason> reasons, LocalDate asOf) {

    public Health {
        reasons = List.copyOf(reasons);
    }

    /** A coarse reading of the score. */
    public enum Band {
        /** 75 and above */
        GOOD,
        /** 50–74 */
        FAIR,
        /** below 50: act soon */
        AT_RISK
    }

    /**
     * One factor of the score.
     *
     * @param factor {@code recency}, {@code in_person}, {@code commitments} or {@code trust}
     * @param points what this factor contributed
     * @param outOf the most it could contribute
     * @param explanation in words, with the figures behind it
     */
    public record Reason(String factor, int points, int outOf, String explanation) {
    }
}
