package io.meridian.api.contacts;

/** Who reached out: the user ({@link #OUTBOUND}) or the person ({@link #INBOUND}). */
public enum Direction {
    INBOUND, OUTBOUND
}
