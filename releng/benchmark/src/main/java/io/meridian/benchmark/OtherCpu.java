package io.meridian.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time that processes other than the harness and the starts it ran used on the machine, or
 * that the hypervisor stole from it: on two cores, a build running alongside slows every start,
 * so the report says how much else ran rather than leaving the figures unexplained.
 *
 * <p>Measured as busy time of all CPUs ({@code /proc/stat}) minus the harness's own time and
 * that of its reaped children ({@code /proc/self/stat}); so a window must end after the process
 * started in it has been waited for. Resolution is a clock tick (10 ms) per counter.
 */
public final class OtherCpu {

    /** USER_HZ: fixed at 100 on Linux for the user-space interface, whatever the kernel's HZ. */
    private static final double MILLIS_PER_TICK = 10;
    /** Below this share of one core, other processes count as quiet. */
    static final double QUIET_SHARE = 0.1;

    /** Counters at one moment; both in clock ticks, -1 when /proc cannot be read. */
    public record Snapshot(long busyTicks, long ownTicks) {
    }

    private OtherCpu() {
    }

    public static Snapshot now() {
        try {
            return new Snapshot(busyTicks(), ownTicks());
        } catch (IOException | RuntimeException e) {
            return new Snapshot(-1, -1);
        }
    }

    /** Others' CPU time between two snapshots, in milliseconds; NaN if unknown. */
    public static double millisBetween(Snapshot from, Snapshot to) {
        if (from.busyTicks() < 0 || to.busyTicks() < 0) return Double.NaN;
        long others = (to.busyTicks() - from.busyTicks()) - (to.ownTicks() - from.ownTicks());
        return Math.max(0, others) * MILLIS_PER_TICK;
    }

    /**
     * Waits until other processes use less than {@value #QUIET_SHARE} of one core for a whole
     * second, so that a start does not begin in the middle of someone else's build. It cannot
     * keep others from starting during the measurement; {@link Sample#otherCpuMillis()} shows that.
     *
     * @return true if the machine went quiet, false if it stayed busy for {@code maxSeconds}
     */
    public static boolean awaitQuiet(int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        do {
            Snapshot before = now();
            Thread.sleep(1000);
            double others = millisBetween(before, now());
            if (Double.isNaN(others) || others < QUIET_SHARE * 1000) return true;
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal guest guest_nice". */
    private static long busyTicks() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII).get(0);
        String[] f = cpu.trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) busy += Long.parseLong(f[i]);
        return busy;
    }

    /** utime, stime, cutime, cstime of /proc/self/stat: fields 14 to 17, counted after the ")" closing the name. */
    private static long ownTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state), so field n is f[n - 3].
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }
}
