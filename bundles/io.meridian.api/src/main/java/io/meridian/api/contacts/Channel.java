package io.meridian.api.contacts;

/** How the user and a person were in touch. An in-person visit is its own channel, because cadences count it apart. */
public enum Channel {
    EMAIL, CALL, VIDEO, MESSAGE, MEETING, IN_PERSON;

    /** True for the channels that count as meeting in person. */
    public boolean inPerson() {
        return this == IN_PERSON;
    }
}
