package io.meridian.benchmark;

/**
 * One start.
 *
 * @param readyMillis from spawning the process to reading its ready line
 * @param rssKb VmRSS of the JVM right after the ready line, in KiB
 * @param otherCpuMillis CPU time other processes used from spawn to exit, NaN if unknown (see {@link OtherCpu})
 */
record Sample(double readyMillis, long rssKb, double otherCpuMillis) {

    /** Decimal megabytes (10^6 bytes), the unit of the target; stricter than MiB. */
    double rssMegabytes() {
        return rssKb * 1024.0 / 1_000_000.0;
    }
}
