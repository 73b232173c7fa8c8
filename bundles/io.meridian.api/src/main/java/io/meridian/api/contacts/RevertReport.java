package io.meridian.api.contacts;

import java.util.List;
import java.util.UUID;

/**
 * What reverting a change set did.
 *
 * @param changeSet the change set
 * @param removed people it had created, now deleted
 * @param restored people it had updated, now back as they were before
 * @param organisationsRemoved organisations it had created that nobody works for any more, now deleted
 * @param kept people left as they are because they changed after the change set, each with the reason
 * @param alreadyReverted whether the change set had been reverted before (nothing was done this time)
 */
public record RevertReport(String changeSet, int removed, int restored, int organisationsRemoved, List<Kept> kept,
                           boolean alreadyReverted) {

    public RevertReport {
        kept = List.copyOf(kept);
    }

    /** A person the revert did not touch, and why. */
    public record Kept(UUID personId, String displayName, String reason) {
    }
}
