package io.meridian.api.contacts;

/**
 * Where a promise stands. {@link #LATE} is never stored: an open commitment past its due date
 * (or its revised date, when a delay was communicated) reads as late.
 */
public enum CommitmentStatus {
    OPEN, DONE, LATE, CANCELLED
}
