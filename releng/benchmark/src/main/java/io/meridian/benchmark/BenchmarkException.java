package io.meridian.benchmark;

/**
 * The benchmark cannot go on. The message is printed alone, so it says what went wrong, where,
 * and how to fix it.
 */
final class BenchmarkException extends Exception {

    private static final long serialVersionUID = 1L;

    BenchmarkException(String message) {
        super(message);
    }

    BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
