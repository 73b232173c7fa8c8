package io.meridian.crm.internal.shell;

import io.meridian.api.importing.ImportCounts;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportRun;

import java.util.Locale;

/** An import's progress bar, its summary, and its report lines, as the shell prints them. */
final class Progress {

    private static final int WIDTH = 30;

    private Progress() {
    }

    static String bar(ImportRun run) {
        int filled = (int) Math.round(run.progress() * WIDTH);
        ImportCounts c = run.counts();
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format(Locale.ROOT, "%3d%%", Math.round(run.progress() * 100))
                + "  " + String.format(Locale.ROOT, "%,d", c.records()) + " rows, " + String.format(Locale.ROOT, "%,d", c.created())
                + " new, " + String.format(Locale.ROOT, "%,d", c.updated()) + " updated, "
                + String.format(Locale.ROOT, "%,d", c.rejected()) + " rejected";
    }

    static String summary(ImportRun run) {
        ImportCounts c = run.counts();
        String verb = run.dryRun() ? "would be " : "";
        StringBuilder text = new StringBuilder("Import " + run.id() + " of " + run.fileName()
                + (run.preset() != null ? " (" + run.preset() + ")" : run.format() != null ? " (" + run.format() + ")" : "")
                + (run.dryRun() ? ", dry run" : "") + ": " + run.state().name().toLowerCase(Locale.ROOT) + ". ");
        text.append(String.format(Locale.ROOT, "%,d rows: %,d %screated, %,d %supdated, %,d unchanged, %,d skipped, %,d rejected",
                c.records(), c.created(), verb, c.updated(), verb, c.unchanged(), c.skipped(), c.rejected()));
        if (c.possibleDuplicates() > 0) text.append(String.format(Locale.ROOT, ", %,d possible duplicates", c.possibleDuplicates()));
        if (c.warnings() > 0) text.append(String.format(Locale.ROOT, ", %,d warnings", c.warnings()));
        text.append('.');
        if (run.message() != null) text.append(' ').append(run.message());
        return text.toString();
    }

    static String line(ImportEntry e) {
        return "  line " + e.line() + (e.column() == null ? "" : " [" + e.column() + "]") + " "
                + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + e.message();
    }
}
