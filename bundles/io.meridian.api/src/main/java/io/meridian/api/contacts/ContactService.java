package io.meridian.api.contacts;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * People and organisations: keep, find, audit, export and erase. Every write is one
 * transaction, recorded in the audit history with its {@link Origin}, and posted as an event.
 */
@ProviderType
public interface ContactService {

    /** @throws InvalidContactException naming every invalid field */
    Person create(PersonDraft draft, Origin origin);

    /**
     * Replaces the editable fields of a person.
     *
     * @param expectedVersion the version the caller read
     * @throws StaleEditException when someone changed it since
     */
    Person update(UUID id, long expectedVersion, PersonDraft draft, Origin origin);

    Optional<Person> find(UUID id);

    /** @throws ContactNotFoundException naming the id, or when it was erased */
    Person get(UUID id);

    /** The person another system knows under {@code externalId}. */
    Optional<Person> findByExternalId(String system, String externalId);

    Page<ContactSummary> search(ContactQuery query);

    Organisation createOrganisation(OrganisationDraft draft, Origin origin);

    Organisation updateOrganisation(UUID id, long expectedVersion, OrganisationDraft draft, Origin origin);

    Optional<Organisation> findOrganisation(UUID id);

    /** The organisation of that name, ignoring case. */
    Optional<Organisation> findOrganisationByName(String name);

    /** Organisations whose name contains {@code text} (all when null), by name. */
    Page<Organisation> organisations(String text, int offset, int limit);

    /** Every change to the person and their records, newest first. */
    List<AuditEntry> history(UUID personId);

    /** Everything held about the person. */
    ContactExport export(UUID personId);

    /**
     * Deletes the person and their personal data everywhere it is held: interactions,
     * commitments, trust, introductions they were introduced in, and their audit history. An
     * introduction they made to others stays, without them. Leaves a {@link Tombstone} and posts
     * {@link ContactEvents#PERSON_ERASED} so that other bundles drop what they derived.
     */
    Tombstone erase(UUID personId, Origin origin);

    Optional<Tombstone> tombstone(UUID personId);
}
