package io.meridian.api.contacts;

/**
 * EventAdmin topics posted after a change is committed. Every event carries {@link #PERSON_ID}
 * (when a person is concerned) and {@link #ORIGIN}; subscribe to {@code io/meridian/contacts/*}.
 */
public final class ContactEvents {

    public static final String PERSON_CREATED = "io/meridian/contacts/PERSON_CREATED";
    public static final String PERSON_UPDATED = "io/meridian/contacts/PERSON_UPDATED";
    /** The person and their personal data are gone; drop anything derived from them (indexes, caches). */
    public static final String PERSON_ERASED = "io/meridian/contacts/PERSON_ERASED";
    public static final String ORGANISATION_CHANGED = "io/meridian/contacts/ORGANISATION_CHANGED";
    public static final String INTERACTION_LOGGED = "io/meridian/contacts/INTERACTION_LOGGED";
    public static final String COMMITMENT_CHANGED = "io/meridian/contacts/COMMITMENT_CHANGED";
    public static final String TRUST_ASSESSED = "io/meridian/contacts/TRUST_ASSESSED";
    public static final String INTRODUCTION_RECORDED = "io/meridian/contacts/INTRODUCTION_RECORDED";
    /**
     * A batch of changes was applied, or a change set reverted: many people may have changed at
     * once. Carries {@link #CHANGE_SET} and {@link #COUNT}, no person id.
     */
    public static final String BATCH_APPLIED = "io/meridian/contacts/BATCH_APPLIED";

    /** Event property: the person's id, as a String. */
    public static final String PERSON_ID = "personId";
    /** Event property: the id of the organisation, interaction, commitment… the event is about, as a String. */
    public static final String ENTITY_ID = "entityId";
    /** Event property: the change set of a {@link #BATCH_APPLIED} event. */
    public static final String CHANGE_SET = "changeSet";
    /** Event property: how many people a {@link #BATCH_APPLIED} event concerns, as an Integer. */
    public static final String COUNT = "count";
    /** Event property: the {@link Origin} name. */
    public static final String ORIGIN = "origin";

    private ContactEvents() {
    }
}
