package io.meridian.benchmark;

/**
 * The benchmark cannot go on. The message is printed alone, so it says what went wrong, where,
 * and how to fix it.
 */
public final class BenchmarkException extends Exception {

    private static final long serialVersionUID = 1L;

    public BenchmarkException(String message) {
        super(message);
    }

    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
