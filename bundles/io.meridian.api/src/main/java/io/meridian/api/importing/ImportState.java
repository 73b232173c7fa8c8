package io.meridian.api.importing;

/** Where an import stands. */
public enum ImportState {
    /** waiting for another import to finish */
    QUEUED,
    RUNNING,
    /** stopped by a shutdown or a crash before the end; resumes after the last stored batch when the workbench starts again */
    INTERRUPTED,
    /** every record read and dealt with (some may have been skipped: see the report) */
    DONE,
    /** stopped by an error that concerns the whole file (unreadable, too large); what was stored stays and can be undone */
    FAILED,
    /** stopped by the user; what was stored stays and can be undone */
    CANCELLED,
    /** undone: what it created is gone, what it updated is back as it was */
    UNDONE
}
