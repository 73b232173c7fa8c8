package io.meridian.workbench.internal.diag;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticianTest {

    @Test
    void packageRequirementFilterReadsAsNameAndRange() {
        String filter = "(&(osgi.wiring.package=com.example.absent)(version>=2.0.0)(!(version>=3.0.0)))";
        assertEquals("com.example.absent", Diagnostician.attribute(filter, "osgi.wiring.package"));
        assertEquals(" version [2.0.0,3.0.0)", Diagnostician.versionRange(filter));
    }

    @Test
    void openAndInclusiveRangesAreShownAsWritten() {
        assertEquals(" version 1.2.0 or later", Diagnostician.versionRange("(&(osgi.wiring.package=a)(version>=1.2.0))"));
        assertEquals(" version [1.0.0,1.5.0]", Diagnostician.versionRange("(&(osgi.wiring.package=a)(version>=1.0.0)(version<=1.5.0))"));
        assertEquals("", Diagnostician.versionRange("(osgi.wiring.package=a)"));
    }

    @Test
    void rootCauseIsTheDeepestExceptionWithItsPlace() {
        Exception wrapped = new RuntimeException("activator failed", new IllegalStateException("regions.db missing"));
        String cause = Diagnostician.rootCause(wrapped);
        assertTrue(cause.startsWith("java.lang.IllegalStateException: regions.db missing at "), cause);
    }

    @Test
    void headerClausesRespectQuotedCommas() {
        assertEquals(3, HeaderClauses.split("a;version=\"[1,2)\",b,c;uses:=\"x,y\"").size());
    }
}
