package io.meridian.crm.internal.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalisingTest {

    @Test
    void resultsArriveInTheOrderTheWorkWasAddedWhateverTheThreadsFinishFirst() {
        List<Integer> received = new ArrayList<>();
        int pieces = Normalising.CHUNK * 9 + 17;
        try (Normalising<Integer> stage = new Normalising<>("test", 3, received::add)) {
            for (int i = 0; i < pieces; i++) {
                int n = i;
                stage.add(() -> {
                    if (ThreadLocalRandom.current().nextInt(50) == 0) sleep(2); // some chunks finish late
                    return n;
                });
            }
            stage.drain();
        }
        assertEquals(IntStream.range(0, pieces).boxed().toList(), received);
    }

    @Test
    void workWaitingForTheDownstreamStaysBounded() {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        int most = 0;
        try (Normalising<Integer> stage = new Normalising<>("test", 2, r -> received.incrementAndGet())) {
            for (int i = 0; i < Normalising.CHUNK * 40; i++) {
                stage.add(done::incrementAndGet);
                most = Math.max(most, done.get() - received.get());
            }
            stage.drain();
        }
        assertEquals(Normalising.CHUNK * 40, received.get());
        assertTrue(most <= Normalising.CHUNK * 6, "at most a few chunks wait, not the whole file: " + most);
    }

    @Test
    void aFailureOfTheWorkReachesTheThreadThatAddsItUnwrapped() {
        IllegalStateException bug = new IllegalStateException("a bug in a normaliser");
        try (Normalising<Integer> stage = new Normalising<>("test", 2, r -> { })) {
            stage.add(() -> {
                throw bug;
            });
            IllegalStateException thrown = assertThrows(IllegalStateException.class, stage::drain);
            assertSame(bug, thrown);
        }
    }

    @Test
    void aFailureOfTheDownstreamStopsTheStageAndCloseEndsItsThreads() {
        AtomicInteger done = new AtomicInteger();
        int pieces = Normalising.CHUNK * 20;
        Normalising<Integer> stage = new Normalising<>("test-stop", 2, r -> {
            throw new IllegalArgumentException("cancelled");
        });
        assertThrows(IllegalArgumentException.class, () -> {
            for (int i = 0; i < pieces; i++) stage.add(done::incrementAndGet);
        });
        stage.close();
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("test-stop-")).toList();
        assertTrue(workers.stream().allMatch(NormalisingTest::waitForEnd), "the workers end once the stage is closed");
        assertTrue(done.get() < pieces, "the rest of the file is not worked on: " + done.get() + " of " + pieces);
    }

    private static boolean waitForEnd(Thread thread) {
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
