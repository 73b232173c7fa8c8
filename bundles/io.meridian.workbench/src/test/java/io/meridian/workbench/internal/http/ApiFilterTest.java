package io.meridian.workbench.internal.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiFilterTest {

    @Test
    void onlyLoopbackNamesWithTheServerPortAreAllowedHosts() {
        assertTrue(ApiFilter.hostAllowed("127.0.0.1:8470", 8470));
        assertTrue(ApiFilter.hostAllowed("localhost:8470", 8470));
        assertTrue(ApiFilter.hostAllowed("[::1]:8470", 8470));
        assertTrue(ApiFilter.hostAllowed("LOCALHOST:8470", 8470));
        assertFalse(ApiFilter.hostAllowed("127.0.0.1:8471", 8470));
        assertFalse(ApiFilter.hostAllowed("attacker.example:8470", 8470));
        assertFalse(ApiFilter.hostAllowed("127.0.0.1.attacker.example:8470", 8470));
        assertFalse(ApiFilter.hostAllowed(null, 8470));
    }

    @Test
    void queryParameterIsDecodedAndAbsentWhenMissing() {
        assertEquals("a b", ApiFilter.queryParameter("x=1&token=a%20b", "token"));
        assertEquals("", ApiFilter.queryParameter("token", "token"));
        assertNull(ApiFilter.queryParameter("tokens=1", "token"));
        assertNull(ApiFilter.queryParameter(null, "token"));
    }
}
