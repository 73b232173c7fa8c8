package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.importing.ImportEntry;

import java.util.List;
import java.util.Map;

/**
 * One record, normalised: the person it describes, or why it cannot be imported.
 *
 * @param line where the record starts in the file
 * @param draft the person's fields, normalised; null when rejected
 * @param organisationName the organisation named in the record, or null
 * @param externalId the record's id in the system it came from, or null
 * @param meridianId the person's id in Meridian, when the file is Meridian's own export, or null
 * @param notes what the normaliser noticed (values kept as custom fields, time zones inferred)
 * @param rejection why it cannot be imported, or null
 * @param raw the record's own values, for the error CSV
 * @param organisationCard the organisation the record describes, when it is an organisation's card (vCard KIND:org), or null
 */
record Incoming(long line, PersonDraft draft, String organisationName, String externalId, String meridianId, List<ImportEntry> notes,
                ImportEntry rejection, Map<String, String> raw, OrganisationDraft organisationCard) {

    Incoming(long line, PersonDraft draft, String organisationName, String externalId, String meridianId, List<ImportEntry> notes,
             ImportEntry rejection, Map<String, String> raw) {
        this(line, draft, organisationName, externalId, meridianId, notes, rejection, raw, null);
    }

    boolean rejected() {
        return rejection != null;
    }
}
