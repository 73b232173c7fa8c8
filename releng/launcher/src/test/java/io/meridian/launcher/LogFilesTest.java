package io.meridian.launcher;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFilesTest {

    /** Stands in for the API's exception, which the launcher cannot see: only the name matters. */
    static final class ApiException extends RuntimeException {
        ApiException(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return "io.meridian.api.rest.ApiException: " + getMessage();
        }
    }

    @Test
    void routeRefusalIsNotAFault() {
        LogRecord refusal = new LogRecord(Level.SEVERE, "Exception while processing request to /api/v1/shell");
        refusal.setThrown(new ApiException("the request body is not valid JSON"));
        assertFalse(LogFiles.isFault(refusal));
    }

    @Test
    void anyOtherFailureOfARouteIsAFault() {
        LogRecord failure = new LogRecord(Level.SEVERE, "Exception while processing request to /api/v1/shell");
        failure.setThrown(new IllegalStateException("database closed"));
        assertTrue(LogFiles.isFault(failure));
        assertTrue(LogFiles.isFault(new LogRecord(Level.SEVERE, "bundle x cannot start")));
    }
}
