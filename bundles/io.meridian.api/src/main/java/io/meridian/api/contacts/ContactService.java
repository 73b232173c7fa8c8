package io.meridian.api.contacts;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * Everyone, a page at a time, in the order of their ids: the people after {@code after}
     * (null for the first page), at most {@code limit} (1–1000). For exports, which read every
     * person once however many there are.
     */
    List<Person> peopleAfter(UUID after, int limit);

    /** People by id, for many at once; ids of no one are left out. */
    Map<UUID, Person> findAll(Collection<UUID> ids);

    /**
     * Who holds each of these email addresses, compared ignoring case: for each address someone
     * holds, in lower case, the ids of the people holding it.
     */
    Map<String, List<UUID>> findByEmails(Collection<String> emails);

    /** Who holds each of these phone numbers, written in E.164: for each number someone holds, their ids. */
    Map<String, List<UUID>> findByPhones(Collection<String> phones);

    /** Who another system knows under each of these ids: for each id known, the person. */
    Map<String, UUID> findByExternalIds(String system, Collection<String> externalIds);

    /**
     * The people at each of these organisations (by name, ignoring case) whose family name is the
     * same ignoring case and accents: the candidates for a likely duplicate, by name only, so that
     * a caller comparing given names reads in full, with {@link #findAll}, only the people it
     * keeps. Keys are the organisation name and family name as given, joined by
     * {@code "\u001f"}; names nobody matches are left out.
     */
    Map<String, List<PersonName>> namesAtOrganisations(Collection<String> familyNames, Collection<String> organisationNames);

    /**
     * Applies a batch of changes in one transaction, for imports and other bulk writes. Each
     * change is validated on its own: a refused one is returned with its problems and the others
     * still apply. Every change is recorded in the audit history under the batch's change set,
     * and the checkpoint is stored with them; one {@link ContactEvents#BATCH_APPLIED} event
     * follows the commit.
     *
     * @return one outcome per change, in the batch's order
     */
    List<ChangeOutcome> apply(ChangeBatch batch, Origin origin);

    /**
     * Prepares the book for about {@code people} new people arriving in many batches, as a large
     * import brings them. On the embedded database, the indexes the people lists are read by are
     * set aside when the load is large beside the book, and built again in one pass when it
     * finishes: updating them person by person costs many times more, in time and in file size.
     * Lists keep working meanwhile, more slowly. On PostgreSQL, or for a small load, nothing
     * changes. A load left unfinished (the workbench stopped) has its indexes rebuilt once no
     * load runs, within minutes of the next start.
     */
    BulkLoad bulkLoad(long people);

    /** The checkpoint stored with the last batch of the change set, if any batch of it is in. */
    Optional<String> checkpoint(String changeSet);

    /**
     * Takes back what a change set did, as far as nothing changed since: people it created are
     * deleted, people it updated get back their fields from before, and organisations it
     * created that nobody works for are deleted. A person edited after the change set, or with
     * interactions, commitments, trust or introductions recorded since, is kept as is and listed
     * in the report. Reverting twice does nothing the second time.
     */
    RevertReport revert(String changeSet, Origin origin);
}
