package io.meridian.benchmark.calendar;

import io.meridian.benchmark.Latencies;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a comparison, Meridian or its floor: how long each run took and how much it
 * allocated on the heap (the harness thread's allocation counter; the planner and the agenda,
 * H2 included, run on the calling thread).
 */
final class Side {

    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One run; returns something derived from its answer (see {@link #answers}). */
    @FunctionalInterface
    interface Run {
        long run() throws Exception;
    }

    final String name;
    final Latencies latencies = new Latencies();
    private final List<Long> allocated = new ArrayList<>();
    /** What the runs returned, summed: the answers are used, so the JIT cannot drop any of the work that made them. */
    private long answers;

    Side(String name) {
        this.name = name;
    }

    /** Runs once; records the time and the allocation if {@code measure}. */
    void run(Run run, boolean measure) throws Exception {
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        long answer = run.run();
        long nanos = System.nanoTime() - start;
        bytes = THREADS.getCurrentThreadAllocatedBytes() - bytes;
        answers += answer;
        if (measure) {
            latencies.add(nanos);
            allocated.add(bytes);
        }
    }

    /** The median allocation of a measured run, in decimal megabytes. */
    double allocatedMegabytes() {
        List<Long> sorted = new ArrayList<>(allocated);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
