package io.meridian.api.contacts;

import org.osgi.annotation.versioning.ProviderType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What happens between the user and their contacts: interactions, promises, trust, introductions. */
@ProviderType
public interface RelationshipService {

    Interaction logInteraction(UUID personId, NewInteraction interaction, Origin origin);

    /** Newest first. */
    List<Interaction> interactions(UUID personId, int limit);

    Commitment promise(UUID personId, NewCommitment commitment, Origin origin);

    /** @throws StaleEditException when the commitment changed since {@code expectedVersion} */
    Commitment changeCommitment(UUID commitmentId, long expectedVersion, CommitmentChange change, Origin origin);

    /** By due date. */
    List<Commitment> commitments(UUID personId);

    TrustAssessment assessTrust(UUID personId, int openness, int competence, int respect, int rapport, String note,
                                LocalDate on, Origin origin);

    /** Oldest first, so the trend reads left to right. */
    List<TrustAssessment> trustHistory(UUID personId);

    /**
     * Records that {@code introducerId} introduced {@code introducedId} to {@code toId} (null: to the user).
     */
    Introduction recordIntroduction(UUID introducerId, UUID introducedId, UUID toId, LocalDate on, String note,
                                    Origin origin);

    /** The introductions the person took part in, in any role. */
    List<Introduction> introductions(UUID personId);

    /**
     * The best warm-introduction path to a person, or to anyone at an organisation: the fewest
     * introductions, and among those the one whose least trusted intermediary is trusted most.
     * Only people whose latest trust score is at least {@code minTrust} are asked to introduce.
     *
     * @param targetId a person or an organisation id
     * @param minTrust 1.0–5.0
     * @return empty when no such path exists
     */
    Optional<IntroductionPath> pathTo(UUID targetId, double minTrust);

    /**
     * Every person's relationship as the agenda needs it, in one pass over the book, handed to
     * {@code each} in no particular order: cadence dues, birthday, zone and hours, the latest
     * interaction since {@code interactionsSince}, and the open commitments due on or before
     * {@code commitmentsDueBy}.
     *
     * @since 1.2
     */
    void relationships(Instant interactionsSince, LocalDate commitmentsDueBy, java.util.function.Consumer<RelationshipFacts> each);

    /**
     * The same, for some people only: those of {@code people} that exist (an erased or unknown
     * id is left out). For a reader that keeps the book in memory and refreshes the people whose
     * events it saw.
     *
     * @since 1.2
     */
    void relationships(java.util.Collection<UUID> people, Instant interactionsSince, LocalDate commitmentsDueBy,
                       java.util.function.Consumer<RelationshipFacts> each);
}
