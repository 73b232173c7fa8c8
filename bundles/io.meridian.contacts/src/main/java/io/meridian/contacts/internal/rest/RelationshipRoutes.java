package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.IntroductionPath;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.rest.ApiException;
import io.meridian.support.rest.QueryParameters;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What happens with one person, below {@code /api/v1/contacts/{id}/}: interactions,
 * commitments, trust, introductions, health and the introduction path. The person was found
 * before; these routes only read and record.
 */
final class RelationshipRoutes {

    private final RelationshipService relationships;
    private final RelationshipHealth health;

    RelationshipRoutes(RelationshipService relationships, RelationshipHealth health) {
        this.relationships = relationships;
        this.health = health;
    }

    void get(Exchange ex, Person person) throws IOException {
        UUID id = person.id();
        if (ex.is("*", "interactions")) {
            QueryParameters query = ex.query("limit");
            int limit = query.integer("limit", 100, 1, 1000);
            query.check();
            ex.ok(relationships.interactions(id, limit));
        } else if (ex.is("*", "commitments")) {
            ex.ok(relationships.commitments(id));
        } else if (ex.is("*", "trust")) {
            ex.ok(relationships.trustHistory(id).stream().map(RelationshipJson::trust).toList());
        } else if (ex.is("*", "introductions")) {
            ex.ok(relationships.introductions(id));
        } else if (ex.is("*", "health")) {
            ex.ok(health.health(id));
        } else if (ex.is("*", "path")) {
            ex.ok(path(ex, relationships, id, person.displayName()));
        } else {
            throw ex.noRoute();
        }
    }

    void post(Exchange ex, Person person) throws IOException {
        UUID id = person.id();
        if (ex.is("*", "interactions")) {
            ex.created(relationships.logInteraction(id, RelationshipJson.interaction(ex.body(), zone(person)), ex.origin()));
        } else if (ex.is("*", "commitments")) {
            ex.created(relationships.promise(id, RelationshipJson.commitment(ex.body()), ex.origin()));
        } else if (ex.is("*", "commitments", "*")) {
            ex.ok(changeCommitment(ex, person));
        } else if (ex.is("*", "trust")) {
            RelationshipJson.TrustInput t = RelationshipJson.trustInput(ex.body());
            ex.created(RelationshipJson.trust(relationships.assessTrust(id, t.openness(), t.competence(), t.respect(),
                    t.rapport(), t.note(), t.on(), ex.origin())));
        } else if (ex.is("*", "introductions")) {
            RelationshipJson.IntroductionInput i = RelationshipJson.introduction(ex.body());
            ex.created(relationships.recordIntroduction(i.introducerId(), id, i.toId(), i.on(), i.note(), ex.origin()));
        } else {
            throw ex.noRoute();
        }
    }

    /**
     * The best warm-introduction path to a person or an organisation, {@code ?minTrust=} (1–5,
     * default 1: anyone whose trust was ever assessed may be asked).
     */
    static IntroductionPath path(Exchange ex, RelationshipService relationships, UUID target, String name) {
        QueryParameters query = ex.query("minTrust");
        double minTrust = query.decimal("minTrust", 1.0, 1.0, 5.0);
        query.check();
        return relationships.pathTo(target, minTrust).orElseThrow(() -> new ApiException(404, "no_path",
                "no warm introduction path to " + name + " through people you trust at least " + minTrust
                        + ": record who introduced whom (POST /api/v1/contacts/{id}/introductions), assess the trust of "
                        + "the people between (POST /api/v1/contacts/{id}/trust), or lower minTrust"));
    }

    private Object changeCommitment(Exchange ex, Person person) throws IOException {
        UUID commitment = ex.id(2);
        // The URL names the person too: a commitment of someone else must not change through it.
        if (relationships.commitments(person.id()).stream().noneMatch(c -> c.id().equals(commitment))) {
            throw new ApiException(404, "not_found", "no commitment " + commitment + " with " + person.displayName()
                    + "; GET /api/v1/contacts/" + person.id() + "/commitments lists theirs");
        }
        ObjectNode body = ex.body();
        long version = ex.expectedVersion(body);
        CommitmentChange change = RelationshipJson.change(body, LocalDate.now());
        return relationships.changeCommitment(commitment, version, change, ex.origin());
    }

    /** Where a bare date of an interaction is placed: the person's own zone, else UTC. */
    private static ZoneId zone(Person person) {
        String zone = person.fields().timeZone();
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
