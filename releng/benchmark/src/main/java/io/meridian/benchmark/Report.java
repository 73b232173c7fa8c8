package io.meridian.benchmark;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The Markdown report: the figures, the ratios to the floor, and the verdict on each target of
 * the start-up requirement. Targets are checked against medians.
 */
final class Report {

    static final double WARM_MAX_MILLIS = 1500;
    static final double WARM_MAX_RATIO = 1.3;
    static final double COLD_MAX_MILLIS = 3000;
    static final double RSS_MAX_MB = 250;

    private final Machine machine;
    private final BenchmarkOptions options;
    private final List<String> jvmFlags;
    private final Results meridian;
    private final Results floor;
    private final ZonedDateTime date;
    private final String loadBefore;
    private final String loadAfter;

    /**
     * @param loadBefore load average before the first start
     * @param loadAfter load average after the last stop
     */
    Report(Machine machine, BenchmarkOptions options, List<String> jvmFlags, Results meridian, Results floor, ZonedDateTime date,
           String loadBefore, String loadAfter) {
        this.machine = machine;
        this.options = options;
        this.jvmFlags = jvmFlags;
        this.meridian = meridian;
        this.floor = floor;
        this.date = date;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    boolean allTargetsMet() {
        return warmMet() && warmRatioMet() && coldMet() && rssMet(meridian.coldRss()) && rssMet(meridian.warmRss());
    }

    private boolean warmMet() {
        return meridian.warmMillis().median() <= WARM_MAX_MILLIS;
    }

    private double warmRatio() {
        return meridian.warmMillis().median() / floor.warmMillis().median();
    }

    private boolean warmRatioMet() {
        return warmRatio() <= WARM_MAX_RATIO;
    }

    private boolean coldMet() {
        return meridian.coldMillis().median() <= COLD_MAX_MILLIS;
    }

    private static boolean rssMet(Summary rss) {
        return rss.median() <= RSS_MAX_MB;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append(": ")
                .append(count(options.rounds(), "round")).append(" after ").append(count(options.warmupRounds(), "discarded warm-up round"))
                .append(", each a cold and a warm start of both; median (min–max) over the measured starts.\n\n");
        md.append("| | Meridian | Floor (bare Felix) | Meridian / floor |\n");
        md.append("|---|---:|---:|---:|\n");
        row(md, "Cold start to ready (ms)", meridian.coldMillis(), floor.coldMillis(), "%.0f");
        row(md, "Warm start to ready (ms)", meridian.warmMillis(), floor.warmMillis(), "%.0f");
        row(md, "RSS after cold start (MB)", meridian.coldRss(), floor.coldRss(), "%.1f");
        row(md, "RSS after warm start (MB)", meridian.warmRss(), floor.warmRss(), "%.1f");

        md.append("\n| Target | Meridian (median) | Result |\n|---|---:|---|\n");
        target(md, "Warm start ≤ 1.5 s", fmt("%.0f ms", meridian.warmMillis().median()), warmMet(),
                over(meridian.warmMillis().median(), WARM_MAX_MILLIS, "ms"));
        target(md, "Warm start ≤ 1.3 × floor", fmt("%.2f ×", warmRatio()), warmRatioMet(),
                over(warmRatio(), WARM_MAX_RATIO, "×"));
        target(md, "Cold start ≤ 3 s", fmt("%.0f ms", meridian.coldMillis().median()), coldMet(),
                over(meridian.coldMillis().median(), COLD_MAX_MILLIS, "ms"));
        target(md, "RSS after cold start ≤ 250 MB", fmt("%.1f MB", meridian.coldRss().median()), rssMet(meridian.coldRss()),
                over(meridian.coldRss().median(), RSS_MAX_MB, "MB"));
        target(md, "RSS after warm start ≤ 250 MB", fmt("%.1f MB", meridian.warmRss().median()), rssMet(meridian.warmRss()),
                over(meridian.warmRss().median(), RSS_MAX_MB, "MB"));

        md.append("\nEvery start, in round order:\n\n");
        samples(md, "Meridian cold", meridian.cold());
        samples(md, "Meridian warm", meridian.warm());
        samples(md, "Floor cold", floor.cold());
        samples(md, "Floor warm", floor.warm());

        md.append("\nMachine: ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
                .append(machine.memory()).append(" memory, Linux ").append(machine.kernel()).append(".  \n");
        md.append("Java: ").append(machine.javaVersion().lines().collect(Collectors.joining("; "))).append(".  \n");
        md.append("CPU time used by other processes (or stolen by the hypervisor) during the measured starts: ")
                .append(fmt("%.0f ms", meridian.otherCpuMillis() + floor.otherCpuMillis()))
                .append(" (during Meridian's ").append(fmt("%.0f ms", meridian.otherCpuMillis()))
                .append(", during the floor's ").append(fmt("%.0f ms", floor.otherCpuMillis())).append(").  \n");
        md.append("Load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(loadAfter).append(" after.  \n");
        md.append("JVM flags of both processes: `").append(String.join(" ", jvmFlags)).append("`.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String label, Summary m, Summary f, String format) {
        md.append("| ").append(label)
                .append(" | ").append(range(m, format))
                .append(" | ").append(range(f, format))
                .append(" | ").append(fmt("%.2f", m.median() / f.median())).append(" |\n");
    }

    private static String range(Summary s, String format) {
        return fmt(format, s.median()) + " (" + fmt(format, s.min()) + "–" + fmt(format, s.max()) + ")";
    }

    private static void target(StringBuilder md, String target, String measured, boolean met, String miss) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ")
                .append(met ? "PASS" : "**FAIL**, " + miss).append(" |\n");
    }

    /** How far over its limit a figure is, absolutely and relatively. */
    private static String over(double value, double limit, String unit) {
        String by = unit.equals("×") ? fmt("%.2f", value - limit) : fmt("%.0f " + unit, value - limit);
        return by + " (" + fmt("%.0f", (value / limit - 1) * 100) + " %) over";
    }

    private static void samples(StringBuilder md, String label, List<Sample> samples) {
        md.append("- ").append(label).append(": ")
                .append(join(samples, Sample::readyMillis, "%.0f")).append(" ms; RSS ")
                .append(join(samples, Sample::rssMegabytes, "%.1f")).append(" MB; others' CPU ")
                .append(join(samples, Sample::otherCpuMillis, "%.0f")).append(" ms\n");
    }

    private static String join(List<Sample> samples, ToDoubleFunction<Sample> figure, String format) {
        return samples.stream().map(s -> fmt(format, figure.applyAsDouble(s))).collect(Collectors.joining(", "));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
