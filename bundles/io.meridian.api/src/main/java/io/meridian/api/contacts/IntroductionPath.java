package io.meridian.api.contacts;

import java.util.List;
import java.util.UUID;

/**
 * A chain of warm introductions from the user to a target: the first step is someone the user
 * knows directly, each next step someone the previous one knows, the last the target (or, for an
 * organisation, someone who works there).
 *
 * @param weakestTrust the lowest trust score among the people asked to make an introduction
 */
public record IntroductionPath(List<Step> steps, double weakestTrust) {

    public IntroductionPath {
        steps = List.copyOf(steps);
    }

    /**
     * One person on the path.
     *
     * @param how how the previous step (or the user) knows them, in words
     * @param trust their latest trust score, null if never assessed
     */
    public record Step(UUID personId, String displayName, String how, Double trust) {
    }
}
