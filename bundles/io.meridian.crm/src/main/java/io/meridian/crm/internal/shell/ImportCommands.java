package io.meridian.crm.internal.shell;

import io.meridian.api.importing.ColumnPlan;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportMode;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportPreview;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportSource;
import io.meridian.api.importing.Importer;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.support.shell.CommandOptions;
import io.meridian.support.shell.Tables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code crm:import|preview|imports|report|errors|undo|cancel}: bring contacts in from other systems, and take them out again. */
@Component(service = ImportCommands.class, property = {
        ShellCommand.SCOPE + "=crm",
        ShellCommand.FUNCTION + "=import", ShellCommand.FUNCTION + "=preview", ShellCommand.FUNCTION + "=imports",
        ShellCommand.FUNCTION + "=report", ShellCommand.FUNCTION + "=errors", ShellCommand.FUNCTION + "=undo",
        ShellCommand.FUNCTION + "=cancel"})
public final class ImportCommands {

    private static final String OPTIONS =
            "  --format=ID                read it as csv, vcard or meridian-json; default: detected\n"
            + "  --mapping=FILE             a JSON mapping of columns to fields (see docs/import.md)\n"
            + "  --mode=MODE                create (only new people), update (only people already here), or\n"
            + "                             both (default)\n"
            + "  --system=NAME              the system the file's ids belong to; default: from its columns\n"
            + "  --country=CC               the country of rows that name none (for phone numbers)\n"
            + "  --merge-similar            merge rows into people with the same name at the same organisation\n"
            + "  --encoding=CHARSET         the file's encoding; default: detected\n"
            + "  --delimiter=C              the CSV delimiter; default: detected";
    private static final String[] IMPORT = ("crm:import - import contacts from a CRM or address-book export\n"
            + "Usage: crm:import FILE [--dry-run] [--mode MODE] [--mapping FILE] [options]\n"
            + "Reads CSV exports of Google Contacts, Outlook, Salesforce, HubSpot, Zoho and Pipedrive (recognised\n"
            + "by their columns), vCards and Meridian's JSON. People already in Meridian are matched by id, email\n"
            + "or phone and get what is new; a blank never overwrites. Every skipped row is reported.\n"
            + "  --dry-run                  report what would happen, and change nothing\n"
            + OPTIONS + "\n"
            + "  --background               start it and return; follow it with crm:imports\n"
            + "  -? --help                  show this help\n"
            + "Example:\n"
            + "  crm:import /home/me/hubspot-contacts.csv --dry-run").split("\n");
    private static final String[] PREVIEW = ("crm:preview - how a file would be read: format, columns, first rows\n"
            + "Usage: crm:preview FILE [options]\n" + OPTIONS + "\n"
            + "  -? --help                  show this help\n"
            + "Example:\n"
            + "  crm:preview /home/me/contacts.csv").split("\n");
    private static final String[] IMPORTS = ("crm:imports - the import history, newest first\n"
            + "Usage: crm:imports [--limit N]\n"
            + "  --limit=N                  show N imports, 1 to 500; default: 20\n"
            + "  -? --help                  show this help").split("\n");
    private static final String[] REPORT = ("crm:report - what happened to the rows of an import\n"
            + "Usage: crm:report ID [--kind KIND] [--limit N] [--offset N]\n"
            + "  --kind=KIND                only rejected, updated, unchanged, skipped, possible_duplicate,\n"
            + "                             merged_similar or warning\n"
            + "  --limit=N                  show N lines, 1 to 10000; default: 50\n"
            + "  --offset=N                 skip the first N lines\n"
            + "  -? --help                  show this help").split("\n");
    private static final String[] ERRORS = ("crm:errors - write the rows an import rejected as CSV, to fix and import again\n"
            + "Usage: crm:errors ID FILE [--force]\n"
            + "  -f --force                 replace FILE if it exists\n"
            + "  -? --help                  show this help").split("\n");
    private static final String[] UNDO = ("crm:undo - undo an import: remove whom it created, restore whom it updated\n"
            + "Usage: crm:undo ID\n"
            + "People changed since the import (edited, or with calls logged) are kept and listed.\n"
            + "  -? --help                  show this help").split("\n");
    private static final String[] CANCEL = ("crm:cancel - stop a running import after its current batch\n"
            + "Usage: crm:cancel ID\n"
            + "What it imported until then stays; crm:undo takes it back.\n"
            + "  -? --help                  show this help").split("\n");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Importer importer;

    @Activate
    public ImportCommands(@Reference Importer importer) {
        this.importer = importer;
    }

    public String preview(String... args) throws IOException {
        CommandOptions opt = CommandOptions.parse(PREVIEW, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "the FILE to preview");
        Path file = file(opt.operands().get(0));
        ImportPreview p = call(() -> importer.preview(ImportSource.of(file.getFileName().toString(), file), options(opt, false)));
        StringBuilder text = new StringBuilder();
        text.append(file.getFileName()).append(": ").append(p.formatName());
        if (p.encoding() != null) text.append(", ").append(p.encoding());
        text.append('\n').append(p.presetName() == null ? "Columns recognised by their names (no known export layout)."
                : "Recognised as: " + p.presetName() + ".").append('\n');
        List<List<String>> rows = new ArrayList<>();
        for (ColumnPlan c : p.columns()) {
            rows.add(List.of(Tables.truncate(c.column(), 32), c.target(), c.source(), Tables.truncate(oneLine(c.sample()), 40)));
        }
        if (!rows.isEmpty()) text.append(Tables.table(List.of("COLUMN", "GOES TO", "WHY", "FIRST VALUE"), rows));
        for (Map<String, String> sample : p.samples().subList(0, Math.min(3, p.samples().size()))) {
            text.append("Line ").append(sample.get("line")).append(" becomes: ");
            List<String> parts = new ArrayList<>();
            sample.forEach((k, v) -> {
                if (!k.equals("line")) parts.add(k + "=" + Tables.truncate(oneLine(v), 40));
            });
            text.append(String.join("; ", parts)).append('\n');
        }
        for (String problem : p.problems()) text.append("! ").append(problem).append('\n');
        return text.toString();
    }

    /** {@code crm:import}: Gogo finds a command named by a Java keyword under the name with an underscore before it. */
    public String _import(String... args) throws IOException {
        return doImport(args);
    }

    private String doImport(String... args) throws IOException {
        CommandOptions opt = CommandOptions.parse(IMPORT, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "the FILE to import");
        Path file = file(opt.operands().get(0));
        ImportOptions options = options(opt, opt.isSet("dry-run"));
        ImportRun run = call(() -> importer.start(ImportSource.of(file.getFileName().toString(), file), options));
        if (opt.isSet("background")) {
            return "Import " + run.id() + " started in the background" + (run.dryRun() ? " (dry run)" : "")
                    + ": crm:imports shows how it goes, crm:report " + run.id() + " what happened to each row.";
        }
        run = follow(run.id(), System.out);
        return summary(run);
    }

    /** Waits for the import to end, drawing its progress on one line. */
    private ImportRun follow(long id, PrintStream out) {
        ImportRun run = importer.run(id).orElseThrow();
        try {
            while (!run.finished() && run.state() != io.meridian.api.importing.ImportState.INTERRUPTED) {
                out.print("\r" + Progress.bar(run));
                out.flush();
                Thread.sleep(250);
                run = importer.run(id).orElseThrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println();
            return run;
        }
        out.print("\r" + Progress.bar(run) + "\n");
        out.flush();
        return run;
    }

    private String summary(ImportRun run) {
        StringBuilder text = new StringBuilder(Progress.summary(run)).append('\n');
        List<ImportEntry> problems = importer.report(run.id(), 0, 10_000).stream()
                .filter(e -> e.kind() != ImportEntry.Kind.UNCHANGED && e.kind() != ImportEntry.Kind.UPDATED).limit(10).toList();
        for (ImportEntry e : problems) text.append(Progress.line(e)).append('\n');
        text.append("crm:report ").append(run.id()).append(" lists every row");
        if (run.counts().rejected() > 0) text.append("; crm:errors ").append(run.id()).append(" FILE writes the rejected ones as CSV");
        if (run.dryRun()) text.append("; nothing was changed (dry run)");
        else if (run.counts().created() + run.counts().updated() > 0) text.append("; crm:undo ").append(run.id()).append(" takes it back");
        return text.append('.').toString();
    }

    public String imports(String... args) {
        CommandOptions opt = CommandOptions.parse(IMPORTS, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(0, 0, "nothing");
        List<ImportRun> runs = importer.runs(0, opt.number("limit", 1, 500, 20));
        if (runs.isEmpty()) return "No imports yet: crm:import FILE brings contacts in.";
        List<List<String>> rows = new ArrayList<>();
        for (ImportRun r : runs) {
            rows.add(List.of(Long.toString(r.id()), WHEN.format(r.startedAt().atZone(ZoneId.systemDefault())),
                    Tables.truncate(r.fileName(), 28), r.preset() != null ? r.preset() : String.valueOf(r.format()),
                    r.dryRun() ? "dry run" : r.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    r.state().name().toLowerCase(Locale.ROOT) + (r.finished() ? "" : " " + Math.round(r.progress() * 100) + "%"),
                    Long.toString(r.counts().records()), Long.toString(r.counts().created()), Long.toString(r.counts().updated()),
                    Long.toString(r.counts().skipped() + r.counts().rejected())));
        }
        return Tables.table(List.of("ID", "STARTED", "FILE", "LAYOUT", "MODE", "STATE", "ROWS", "NEW", "UPDATED", "SKIPPED"), rows);
    }

    public String report(String... args) {
        CommandOptions opt = CommandOptions.parse(REPORT, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "the import ID");
        long id = id(opt.operands().get(0));
        ImportEntry.Kind kind = null;
        if (opt.isSet("kind")) {
            try {
                kind = ImportEntry.Kind.valueOf(opt.text("kind").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandException("--kind " + opt.text("kind") + " is not a kind: use rejected, updated, unchanged, skipped,"
                        + " possible_duplicate, merged_similar or warning");
            }
        }
        int limit = opt.number("limit", 1, 10_000, 50);
        int offset = opt.number("offset", 0, Integer.MAX_VALUE, 0);
        ImportRun run = ask(() -> importer.run(id).orElseThrow(() -> new IllegalArgumentException("no import " + id + ": crm:imports lists them")));
        ImportEntry.Kind only = kind;
        List<ImportEntry> entries = ask(() -> importer.report(id, 0, Integer.MAX_VALUE)).stream()
                .filter(e -> only == null || e.kind() == only).skip(offset).limit(limit).toList();
        StringBuilder text = new StringBuilder(Progress.summary(run)).append('\n');
        for (ImportEntry e : entries) text.append(Progress.line(e)).append('\n');
        if (entries.isEmpty()) text.append(only == null ? "No row needed a word: every one was created." : "No such lines.").append('\n');
        return text.toString().stripTrailing();
    }

    public String errors(String... args) throws IOException {
        CommandOptions opt = CommandOptions.parse(ERRORS, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(2, 2, "the import ID and the FILE to write");
        long id = id(opt.operands().get(0));
        Path out = Path.of(opt.operands().get(1)).toAbsolutePath();
        if (Files.exists(out) && !opt.isSet("force")) throw new CommandException(out + " exists: name another file, or add --force");
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) throw new CommandException("no folder " + out.getParent());
        ImportRun run = ask(() -> importer.run(id).orElseThrow(() -> new IllegalArgumentException("no import " + id + ": crm:imports lists them")));
        try (OutputStream stream = Files.newOutputStream(out)) {
            importer.writeRejected(id, stream);
        }
        return "Wrote the " + run.counts().rejected() + " rejected rows of import " + id + " to " + out
                + ": fix them there and import that file.";
    }

    public String undo(String... args) {
        CommandOptions opt = CommandOptions.parse(UNDO, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "the import ID");
        long id = id(opt.operands().get(0));
        ImportRun run = ask(() -> importer.undo(id));
        return "Import " + id + " (" + run.fileName() + ") " + run.message() + ".";
    }

    public String cancel(String... args) {
        CommandOptions opt = CommandOptions.parse(CANCEL, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "the import ID");
        long id = id(opt.operands().get(0));
        ask(() -> importer.cancel(id));
        return "Import " + id + " stops after its current batch; crm:imports shows when it has.";
    }

    /** A value on one line of a table: its line breaks shown as " / ". */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\s*\\R\\s*", " / ");
    }

    private static ImportOptions options(CommandOptions opt, boolean dryRun) {
        MappingFile mapping = opt.isSet("mapping") ? MappingFile.read(Path.of(opt.text("mapping")).toAbsolutePath()) : null;
        ImportMode mode = ImportMode.CREATE_AND_UPDATE;
        if (opt.isSet("mode")) {
            mode = switch (opt.text("mode").toLowerCase(Locale.ROOT)) {
                case "create", "create-only" -> ImportMode.CREATE_ONLY;
                case "update", "update-only" -> ImportMode.UPDATE_ONLY;
                case "both", "create-update", "upsert" -> ImportMode.CREATE_AND_UPDATE;
                default -> throw new CommandException("--mode " + opt.text("mode") + " is not a mode: use create, update or both");
            };
        }
        String system = opt.isSet("system") ? opt.text("system") : mapping == null ? null : mapping.system();
        String country = opt.isSet("country") ? opt.text("country") : mapping == null ? null : mapping.defaultCountry();
        return new ImportOptions(opt.isSet("format") ? opt.text("format") : null, mapping == null ? Map.of() : mapping.columns(),
                system, country, mode, dryRun, opt.isSet("merge-similar"), opt.isSet("encoding") ? opt.text("encoding") : null,
                opt.isSet("delimiter") ? opt.text("delimiter") : null);
    }

    private static Path file(String name) {
        Path file = Path.of(name).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new CommandException("no file " + file + ": check the path (the workbench reads it, so give an absolute path)");
        }
        return file;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandException("\"" + text + "\" is not an import number: crm:imports lists them");
        }
    }

    /** Work whose bad-input exceptions become command errors with their message. */
    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> work) throws IOException {
        try {
            return work.run();
        } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static <T> T ask(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
