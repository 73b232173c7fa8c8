package io.meridian.api.importing;

/** What an import does with a record that matches someone already in Meridian, and with one that does not. */
public enum ImportMode {
    /** create people not yet in Meridian; leave those who are as they are */
    CREATE_ONLY,
    /** create people not yet in Meridian; add what is new to those who are */
    CREATE_AND_UPDATE,
    /** add what is new to people already in Meridian; create no one */
    UPDATE_ONLY
}
