package io.meridian.api.contacts;

import java.util.Optional;

/**
 * No person, organisation or record with that id. For an erased person the message says when
 * they were erased, and {@link #erased()} holds the tombstone.
 */
public class ContactNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Tombstone erased;

    public ContactNotFoundException(String message) {
        this(message, null);
    }

    public ContactNotFoundException(String message, Tombstone erased) {
        super(message);
        this.erased = erased;
    }

    /** The tombstone, when what is missing is a person who was erased. */
    public Optional<Tombstone> erased() {
        return Optional.ofNullable(erased);
    }
}
