package io.meridian.api.contacts;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scores each relationship against its cadence, promises and trust, and explains the score;
 * keeps the stay-in-touch cadence rules.
 */
@ProviderType
public interface RelationshipHealth {

    /** Today's health of one relationship. */
    Health health(UUID personId);

    /** Today's health of every relationship; also what the {@code HEALTH} sort order uses. */
    Map<UUID, Health> book();

    /** The default rule first, then by tag. */
    List<CadenceRule> cadenceRules();

    /** Adds or replaces the rule for its tag ({@link CadenceRule#DEFAULT} for everyone). */
    CadenceRule setCadenceRule(CadenceRule rule, Origin origin);

    /** Removes a tag's rule; the default rule cannot be removed. */
    void removeCadenceRule(String tag, Origin origin);
}
