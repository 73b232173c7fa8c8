package io.meridian.launcher;

/**
 * The launcher cannot go on. The message is printed alone, so it says what went wrong, where,
 * and how to fix it; {@link #exitCode()} becomes the process exit code.
 */
final class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Bad command line: exit code 2, as most Unix tools do. */
    static final int USAGE = 2;
    /** Could not start or run: exit code 1. */
    static final int FAILURE = 1;

    private final int exitCode;

    LaunchException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    LaunchException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
