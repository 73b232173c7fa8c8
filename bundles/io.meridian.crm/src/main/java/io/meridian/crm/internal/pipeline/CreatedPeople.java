package io.meridian.crm.internal.pipeline;

import java.util.List;
import java.util.UUID;

/**
 * The people an import created, for its report to link to them. The import bundle's own
 * service beside {@link io.meridian.api.importing.Importer}, whose report lists only the
 * records that did not simply create someone.
 */
public interface CreatedPeople {

    /**
     * One person an import created.
     *
     * @param line the line of the record that created them
     * @param personId their id
     * @param displayName their name now, or null when they are no longer in Meridian (the import was undone, or they were erased)
     * @param organisationName their organisation now, or null
     */
    record Created(long line, UUID personId, String displayName, String organisationName) {
    }

    /**
     * The people the import created, in file order.
     *
     * @throws IllegalArgumentException when there is no such import
     */
    List<Created> created(long importId, int offset, int limit);

    /** How many people the import created (none for a dry run). */
    long createdCount(long importId);
}
