package io.meridian.benchmark;

import java.util.Collection;

/**
 * Median and range of one figure over the measured rounds. The median, not the mean, is what
 * targets are checked against: one start disturbed by the machine should not decide the verdict.
 */
record Summary(double median, double min, double max) {

    static Summary of(Collection<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("no values to summarise");
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Summary(median, sorted[0], sorted[n - 1]);
    }
}
