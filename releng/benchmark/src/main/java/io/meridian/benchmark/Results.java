package io.meridian.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The measured (not warm-up) samples of one variant, in round order. */
final class Results {

    private final List<Sample> cold = new ArrayList<>();
    private final List<Sample> warm = new ArrayList<>();

    void add(Sample coldStart, Sample warmStart) {
        cold.add(coldStart);
        warm.add(warmStart);
    }

    List<Sample> cold() {
        return List.copyOf(cold);
    }

    List<Sample> warm() {
        return List.copyOf(warm);
    }

    Summary coldMillis() {
        return Summary.of(cold.stream().map(Sample::readyMillis).toList());
    }

    Summary warmMillis() {
        return Summary.of(warm.stream().map(Sample::readyMillis).toList());
    }

    Summary coldRss() {
        return Summary.of(cold.stream().map(Sample::rssMegabytes).toList());
    }

    /** CPU time other processes used during this variant's measured starts; NaN if unknown. */
    double otherCpuMillis() {
        return Stream.concat(cold.stream(), warm.stream()).mapToDouble(Sample::otherCpuMillis).sum();
    }

    Summary warmRss() {
        return Summary.of(warm.stream().map(Sample::rssMegabytes).toList());
    }
}
