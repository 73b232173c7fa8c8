package io.meridian.contacts.internal;

import io.meridian.api.contacts.Health;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static HealthInputs inputs(Integer lastContact, Integer lastVisit) {
        return new HealthInputs(UUID.randomUUID(), daysAgo(400), lastContact == null ? null : daysAgo(lastContact),
                lastVisit == null ? null : daysAgo(lastVisit), 30, 365);
    }

    private static Health.Reason reason(Health h, String factor) {
        return h.reasons().stream().filter(r -> r.factor().equals(factor)).findFirst().orElseThrow();
    }

    @Test
    void trustIsWrittenWithTwoDecimalsInAnyLocale() {
        assertEquals("3.25", HealthCalculator.twoDecimals(3.25));
        assertEquals("4.00", HealthCalculator.twoDecimals(4));
        assertEquals("1.05", HealthCalculator.twoDecimals(1.05));
        assertEquals("5.00", HealthCalculator.twoDecimals(4.999));
    }

    @Test
    void recencyIsFullWithinTheCadenceAndFallsToNothingAtTwiceIt() {
        assertEquals(40, reason(HealthCalculator.compute(inputs(30, null), TODAY, ZoneOffset.UTC), "recency").points());
        assertEquals(20, reason(HealthCalculator.compute(inputs(45, null), TODAY, ZoneOffset.UTC), "recency").points());
        assertEquals(0, reason(HealthCalculator.compute(inputs(60, null), TODAY, ZoneOffset.UTC), "recency").points());
        assertEquals(0, reason(HealthCalculator.compute(inputs(900, null), TODAY, ZoneOffset.UTC), "recency").points());
        Health.Reason visit = reason(HealthCalculator.compute(inputs(1, 400), TODAY, ZoneOffset.UTC), "in_person");
        assertTrue(visit.explanation().contains("400 days ago, 35 days past the 365-day cadence"), visit.explanation());
    }

    @Test
    void aWellKeptRelationshipScoresGoodAndANeglectedOneAtRisk() {
        HealthInputs kept = inputs(3, 20);
        kept.trust.add(4.5);
        kept.promises.add(new HealthInputs.Promise("DONE", TODAY.minusDays(10), TODAY.minusDays(12), null, null));
        Health good = HealthCalculator.compute(kept, TODAY, ZoneOffset.UTC);
        assertEquals(40 + 20 + 25 + 13, good.score());
        assertEquals(Health.Band.GOOD, good.band());

        HealthInputs neglected = inputs(70, null);
        neglected.trust.add(4.0);
        neglected.trust.add(3.0);
        neglected.promises.add(new HealthInputs.Promise("OPEN", TODAY.minusDays(5), null, null, null));
        neglected.promises.add(new HealthInputs.Promise("DONE", TODAY.minusDays(30), TODAY.minusDays(20), null, null));
        Health poor = HealthCalculator.compute(neglected, TODAY, ZoneOffset.UTC);
        assertEquals(Health.Band.AT_RISK, poor.band());
        assertEquals(25 - 10 - 4, reason(poor, "commitments").points());
        assertTrue(reason(poor, "trust").explanation().contains("falling from 4.00"));
        assertEquals(poor.reasons().stream().mapToInt(Health.Reason::points).sum(), poor.score());
    }

    @Test
    void aDelayAnnouncedBeforeTheDueDateCostsLessThanSilence() {
        HealthInputs told = inputs(1, 1);
        told.promises.add(new HealthInputs.Promise("OPEN", TODAY.minusDays(2), null, TODAY.minusDays(4), TODAY.plusDays(5)));
        HealthInputs silent = inputs(1, 1);
        silent.promises.add(new HealthInputs.Promise("OPEN", TODAY.minusDays(2), null, null, null));
        HealthInputs tooLate = inputs(1, 1);
        tooLate.promises.add(new HealthInputs.Promise("OPEN", TODAY.minusDays(2), null, TODAY.minusDays(1), TODAY.plusDays(5)));
        assertEquals(23, reason(HealthCalculator.compute(told, TODAY, ZoneOffset.UTC), "commitments").points());
        assertEquals(15, reason(HealthCalculator.compute(silent, TODAY, ZoneOffset.UTC), "commitments").points());
        assertEquals(15, reason(HealthCalculator.compute(tooLate, TODAY, ZoneOffset.UTC), "commitments").points(),
                "a delay announced after the due date is no notice");
    }
}
