package io.meridian.api.contacts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How far the user trusts a person, on four criteria from 1 (low) to 5 (high): openness (they
 * share information freely), competence (they can deliver), respect (they honour your time and
 * position), and rapport (shared values). Every assessment is kept, so its trend shows.
 */
public record TrustAssessment(UUID id, UUID personId, int openness, int competence, int respect, int rapport,
                              String note, LocalDate assessedOn) {

    public TrustAssessment {
        for (int score : new int[]{openness, competence, respect, rapport}) {
            if (score < 1 || score > 5) throw new IllegalArgumentException("trust scores run from 1 to 5, not " + score);
        }
    }

    /** The mean of the four criteria, 1.0–5.0. */
    public double score() {
        return (openness + competence + respect + rapport) / 4.0;
    }
}
