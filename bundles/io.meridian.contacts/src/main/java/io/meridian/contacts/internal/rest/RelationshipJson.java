package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.TrustAssessment;
import io.meridian.support.rest.InvalidFields;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bodies that record what happens with a person: interactions, commitments and their
 * changes, trust assessments, introductions. Each reader reports every bad field at once.
 */
final class RelationshipJson {

    private RelationshipJson() {
    }

    /** A trust assessment to record; {@code on} null means today, as the service reckons it. */
    record TrustInput(int openness, int competence, int respect, int rapport, String note, LocalDate on) {
    }

    /** An introduction of the person in the URL; {@code toId} null means to the user, {@code on} null today. */
    record IntroductionInput(UUID introducerId, UUID toId, LocalDate on, String note) {
    }

    /**
     * @param zone the person's time zone: a bare date ({@code "2026-11-20"}) means noon there, so
     *        that the day stays the same wherever the workbench runs
     */
    static NewInteraction interaction(ObjectNode json, ZoneId zone) {
        InvalidFields errors = new InvalidFields();
        JsonFields in = new JsonFields(json, "", "an interaction", List.of("channel", "at", "direction", "summary"), Set.of(), errors);
        in.require("channel", "required: one of " + JsonFields.names(Channel.class));
        in.require("at", "required: when it happened, like 2026-11-20T14:30:00Z, or a date like 2026-11-20");
        in.require("direction", "required: outbound (you reached out) or inbound (they did)");
        Channel channel = in.choice("channel", Channel.class);
        Instant at = in.parsed("at", text -> instant(text, zone));
        Direction direction = in.choice("direction", Direction.class);
        String summary = in.text("summary");
        errors.throwIfAny();
        return new NewInteraction(channel, at, direction, summary);
    }

    static NewCommitment commitment(ObjectNode json) {
        InvalidFields errors = new InvalidFields();
        JsonFields in = new JsonFields(json, "", "a commitment", List.of("what", "owedBy", "due"), Set.of(), errors);
        in.require("what", "required: what was promised, like \"send the proposal\"");
        in.require("owedBy", "required: me (you promised) or them (they did)");
        in.require("due", "required: the date promised, like 2026-11-20");
        String what = in.text("what");
        Party owedBy = in.choice("owedBy", Party.class);
        LocalDate due = in.date("due");
        errors.throwIfAny();
        return new NewCommitment(what, owedBy, due);
    }

    /**
     * {@code {"action": "done"|"cancel"|"delay", "on", "newDue"}}; the version was taken out before.
     *
     * @param today what {@code on} means when it is left out
     */
    static CommitmentChange change(ObjectNode json, LocalDate today) {
        InvalidFields errors = new InvalidFields();
        JsonFields in = new JsonFields(json, "", "a commitment change", List.of("version", "action", "on", "newDue"), Set.of(), errors);
        in.require("action", "required: done, cancel or delay");
        String action = in.text("action");
        LocalDate on = in.date("on");
        LocalDate newDue = in.date("newDue");
        CommitmentChange change = null;
        if (action != null) {
            switch (action.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "done" -> change = new CommitmentChange.Done(on == null ? today : on);
                case "cancel" -> change = new CommitmentChange.Cancelled();
                case "delay" -> {
                    if (in.require("newDue", "required for a delay: the new date you told them, like 2026-12-01") && newDue != null) {
                        change = new CommitmentChange.DelayCommunicated(on == null ? today : on, newDue);
                    }
                }
                default -> errors.add("action", "\"" + action + "\" is not an action: use done, cancel or delay");
            }
        }
        errors.throwIfAny();
        return change;
    }

    static TrustInput trustInput(ObjectNode json) {
        InvalidFields errors = new InvalidFields();
        JsonFields in = new JsonFields(json, "", "a trust assessment",
                List.of("openness", "competence", "respect", "rapport", "note", "on"), Set.of(), errors);
        Integer openness = in.integer("openness", 1, 5);
        Integer competence = in.integer("competence", 1, 5);
        Integer respect = in.integer("respect", 1, 5);
        Integer rapport = in.integer("rapport", 1, 5);
        String note = in.text("note");
        LocalDate on = in.date("on");
        errors.throwIfAny();
        return new TrustInput(openness, competence, respect, rapport, note, on);
    }

    static IntroductionInput introduction(ObjectNode json) {
        InvalidFields errors = new InvalidFields();
        JsonFields in = new JsonFields(json, "", "an introduction", List.of("introducerId", "toId", "on", "note"), Set.of(), errors);
        in.require("introducerId", "required: the id of the contact who made the introduction");
        UUID introducer = in.uuid("introducerId");
        UUID to = in.uuid("toId");
        LocalDate on = in.date("on");
        String note = in.text("note");
        errors.throwIfAny();
        return new IntroductionInput(introducer, to, on, note);
    }

    /** A trust assessment with its mean score, which the record computes but does not hold. */
    static Map<String, Object> trust(TrustAssessment t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("personId", t.personId());
        json.put("openness", t.openness());
        json.put("competence", t.competence());
        json.put("respect", t.respect());
        json.put("rapport", t.rapport());
        json.put("score", t.score());
        json.put("note", t.note());
        json.put("assessedOn", t.assessedOn());
        return json;
    }

    private static Instant instant(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notAnInstant) {
            try {
                return LocalDate.parse(text).atTime(LocalTime.NOON).atZone(zone).toInstant();
            } catch (DateTimeException notADate) {
                throw new IllegalArgumentException("\"" + text + "\" is not a time: write an ISO-8601 instant like "
                        + "2026-11-20T14:30:00Z (or with an offset, +01:00), or a date like 2026-11-20");
            }
        }
    }
}
