package io.meridian.benchmark.calendar;

import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.Interaction;
import io.meridian.api.contacts.Introduction;
import io.meridian.api.contacts.IntroductionPath;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.RelationshipFacts;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.TrustAssessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The contacts bundle's relationship service, passed through, noting what the agenda asked of
 * it when it read the whole book: the parameters (so that the floor reads exactly those rows)
 * and what came back (so that the harness can check the floor reads as many). Costs one counter
 * per person read.
 */
final class RecordedRelationships implements RelationshipService {

    /** The last read of the whole book: its parameters and what it gave. */
    record WholeBook(Instant interactionsSince, LocalDate commitmentsDueBy, long people, long openCommitments, long recentPeople) {
    }

    private final RelationshipService relationships;
    private volatile WholeBook last;

    RecordedRelationships(RelationshipService relationships) {
        this.relationships = relationships;
    }

    /** The last read of the whole book, or empty if none happened yet. */
    Optional<WholeBook> lastWholeBook() {
        return Optional.ofNullable(last);
    }

    @Override
    public void relationships(Instant interactionsSince, LocalDate commitmentsDueBy, Consumer<RelationshipFacts> each) {
        long[] seen = new long[3];
        relationships.relationships(interactionsSince, commitmentsDueBy, f -> {
            seen[0]++;
            seen[1] += f.openCommitments().size();
            if (f.lastInteraction() != null) seen[2]++;
            each.accept(f);
        });
        last = new WholeBook(interactionsSince, commitmentsDueBy, seen[0], seen[1], seen[2]);
    }

    @Override
    public void relationships(Collection<UUID> people, Instant interactionsSince, LocalDate commitmentsDueBy, Consumer<RelationshipFacts> each) {
        relationships.relationships(people, interactionsSince, commitmentsDueBy, each);
    }

    @Override
    public Interaction logInteraction(UUID personId, NewInteraction interaction, Origin origin) {
        return relationships.logInteraction(personId, interaction, origin);
    }

    @Override
    public List<Interaction> interactions(UUID personId, int limit) {
        return relationships.interactions(personId, limit);
    }

    @Override
    public Commitment promise(UUID personId, NewCommitment commitment, Origin origin) {
        return relationships.promise(personId, commitment, origin);
    }

    @Override
    public Commitment changeCommitment(UUID commitmentId, long expectedVersion, CommitmentChange change, Origin origin) {
        return relationships.changeCommitment(commitmentId, expectedVersion, change, origin);
    }

    @Override
    public List<Commitment> commitments(UUID personId) {
        return relationships.commitments(personId);
    }

    @Override
    public TrustAssessment assessTrust(UUID personId, int openness, int competence, int respect, int rapport, String note, LocalDate on,
                                       Origin origin) {
        return relationships.assessTrust(personId, openness, competence, respect, rapport, note, on, origin);
    }

    @Override
    public List<TrustAssessment> trustHistory(UUID personId) {
        return relationships.trustHistory(personId);
    }

    @Override
    public Introduction recordIntroduction(UUID introducerId, UUID introducedId, UUID toId, LocalDate on, String note, Origin origin) {
        return relationships.recordIntroduction(introducerId, introducedId, toId, on, note, origin);
    }

    @Override
    public List<Introduction> introductions(UUID personId) {
        return relationships.introductions(personId);
    }

    @Override
    public Optional<IntroductionPath> pathTo(UUID targetId, double minTrust) {
        return relationships.pathTo(targetId, minTrust);
    }
}
