package io.meridian.api.contacts;

/** Who owes a commitment: the user ({@link #ME}) or the person ({@link #THEM}). */
public enum Party {
    ME, THEM
}
