package io.meridian.calendar.internal.service;

/** A contact is named, and the contacts feature is not installed or not running: the request can be answered later, or without the contact. */
public final class ContactsUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContactsUnavailable(String message) {
        super(message);
    }
}
