package io.meridian.api.contacts;

/** Where a change came from, as the audit history records it. */
public enum Origin {
    /** the workbench's web pages */
    UI,
    /** a REST client other than the workbench pages */
    API,
    /** the Meridian shell or {@code bin/meridian run} */
    SHELL,
    /** a CRM or address-book import */
    IMPORT,
    /** the demo data loader */
    DEMO,
    /** Meridian itself, e.g. a recalculation */
    SYSTEM
}
