package io.meridian.api.contacts;

/** No person, organisation or record with that id; for an erased person the message says when they were erased. */
public class ContactNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContactNotFoundException(String message) {
        super(message);
    }
}
