package io.meridian.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The measured durations of one operation, in milliseconds, and their percentiles by the
 * nearest-rank method: the p95 of 200 runs is the 190th fastest, a run that really happened.
 */
public final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    /** All durations of several operations together. */
    public static Latencies pooled(List<Latencies> parts) {
        Latencies all = new Latencies();
        parts.forEach(p -> all.millis.addAll(p.millis));
        return all;
    }

    public void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    public int count() {
        return millis.size();
    }

    public double percentile(double p) {
        if (millis.isEmpty()) throw new IllegalStateException("no durations measured");
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double p99() {
        return percentile(99);
    }

    public double min() {
        return percentile(0);
    }

    public double max() {
        return percentile(100);
    }

    /** In measuring order, for the report. */
    public List<Double> all() {
        return List.copyOf(millis);
    }
}
