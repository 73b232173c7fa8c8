package io.meridian.api.contacts;

/**
 * Where a promise stands. {@link #LATE} is never stored: an open commitment past its due date
 * reads as late — or past its revised date, when the delay was communicated by the due date.
 * A delay told after the date had passed is no notice: the commitment stays late.
 */
public enum CommitmentStatus {
    OPEN, DONE, LATE, CANCELLED
}
