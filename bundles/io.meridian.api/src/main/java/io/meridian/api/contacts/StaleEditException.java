package io.meridian.api.contacts;

/** Someone else changed the record since it was read: reload it, reapply the change, and save again. */
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public StaleEditException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    /** The version now stored. */
    public long currentVersion() {
        return currentVersion;
    }
}
