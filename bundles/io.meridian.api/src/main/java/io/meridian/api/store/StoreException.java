package io.meridian.api.store;

/**
 * The database refused or failed an operation. The message says what, where and how to fix it;
 * the cause keeps the driver's own exception.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
