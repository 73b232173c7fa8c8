package io.meridian.api.contacts;

import java.util.UUID;

/**
 * Which contacts to list, in what order, which page.
 *
 * @param text matches names, organisation, emails and tags, ignoring case and accents; null for all
 * @param country ISO code, or null
 * @param tag a tag, or null
 * @param overdue true for only those past a cadence (any or in person), null for all
 * @param owner relationship owner, or null
 * @param organisationId only people of this organisation, or null
 * @param sort the order; ties are broken by name
 * @param descending reverse the order
 * @param offset how many to skip
 * @param limit page size, 1–500
 */
public record ContactQuery(String text, String country, String tag, Boolean overdue, String owner, UUID organisationId,
                           Sort sort, boolean descending, int offset, int limit) {

    public ContactQuery {
        if (sort == null) sort = Sort.NAME;
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        if (limit < 1 || limit > 500) throw new IllegalArgumentException("limit must be 1–500, not " + limit);
    }

    /** Everyone, by name, first page of 50. */
    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null, null, null, Sort.NAME, false, 0, 50);
    }

    /** Sort orders. */
    public enum Sort {
        /** by display name */
        NAME,
        /** weakest relationship first */
        HEALTH,
        /** longest since last contact first (never contacted first of all) */
        LAST_CONTACT,
        /** soonest (or most overdue) next contact first */
        DUE
    }
}
