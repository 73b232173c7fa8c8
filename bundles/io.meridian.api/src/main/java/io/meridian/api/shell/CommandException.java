package io.meridian.api.shell;

/**
 * A command failed for a reason the user can act on. The shell prints the message alone,
 * without a stack trace, so it must say what went wrong, where, and how to fix it.
 */
public class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
