package io.meridian.crm.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.RevertReport;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportPreview;
import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportSink;
import io.meridian.api.importing.ImportSource;
import io.meridian.api.importing.ImportState;
import io.meridian.api.importing.Importer;
import io.meridian.crm.internal.mapping.Mapping;
import io.meridian.crm.internal.mapping.Preset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link Importer}: keeps a copy of each file, runs one import at a time on its own thread,
 * and answers for the history, reports, cancelling and undo. Plain Java, so that tests run it
 * without a framework; {@code ImporterComponent} wires it into OSGi.
 */
public final class Imports implements Importer, CreatedPeople {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PREVIEW_RECORDS = 20;

    private final ContactService contacts;
    private final ImportJournal journal;
    private final Path directory;
    private final Supplier<Collection<ImportFormat>> formats;
    private final ExecutorService executor;
    private final Clock clock;
    private final long maxFileBytes;
    private final RecordNormaliser normaliser = new RecordNormaliser();
    private final Map<Long, AtomicReference<ImportState>> stops = new ConcurrentHashMap<>();
    private final Map<Long, StoredFile> running = new ConcurrentHashMap<>();

    public Imports(ContactService contacts, ImportJournal journal, Path directory, Supplier<Collection<ImportFormat>> formats,
                   ExecutorService executor, Clock clock, long maxFileBytes) {
        this.contacts = contacts;
        this.journal = journal;
        this.directory = directory;
        this.formats = formats;
        this.executor = executor;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public ImportPreview preview(ImportSource source, ImportOptions options) throws IOException {
        ImportSource withOptions = withOptions(source, options);
        ImportFormat format = Formats.choose(formats.get(), withOptions, options.format());
        List<ImportRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            format.read(withOptions, new ImportSink() {
                @Override
                public void accept(ImportRecord record) {
                    records.add(record);
                    if (records.size() >= PREVIEW_RECORDS) throw new EnoughForAPreview();
                }

                @Override
                public void reject(long line, String column, String reason) {
                    problems.add("line " + line + (column == null ? "" : ", " + column) + ": " + reason);
                    if (problems.size() >= PREVIEW_RECORDS) throw new EnoughForAPreview();
                }
            });
        } catch (EnoughForAPreview e) {
            // the preview has what it shows
        }
        if (records.isEmpty()) {
            return new ImportPreview(format.id(), format.displayName(), null, null, encoding(format, withOptions), List.of(), List.of(), problems);
        }
        Mapping mapping = Mapping.of(List.copyOf(records.get(0).fields().keySet()), options.mapping(), null, options.system());
        List<Map<String, String>> raw = records.stream().map(ImportRecord::fields).toList();
        List<Map<String, String>> samples = new ArrayList<>();
        for (ImportRecord r : records) {
            Incoming in = normaliser.normalise(r, mapping, options.defaultCountry());
            if (in.rejected()) {
                problems.add("line " + r.line() + ": " + in.rejection().message());
                continue;
            }
            samples.add(PreviewFields.of(in));
            in.notes().forEach(n -> problems.add("line " + n.line() + (n.column() == null ? "" : ", " + n.column()) + ": " + n.message()));
        }
        Optional<Preset> preset = mapping.preset();
        return new ImportPreview(format.id(), format.displayName(), preset.map(Preset::id).orElse(null),
                preset.map(Preset::name).orElse(null), encoding(format, withOptions), mapping.plan(raw), samples, problems);
    }

    private static String encoding(ImportFormat format, ImportSource source) throws IOException {
        return format.id().equals("csv") ? io.meridian.crm.internal.formats.CsvFormat.describe(source) : null;
    }

    /** Stops a preview's reading once it has enough records. */
    private static final class EnoughForAPreview extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughForAPreview() {
            super(null, null, false, false);
        }
    }

    @Override
    public ImportRun start(ImportSource source, ImportOptions options) throws IOException {
        preview(source, options);  // fails now, with its reason, on a file or mapping that cannot work
        String optionsJson = JSON.writeValueAsString(options);
        ImportRun run = journal.create(source.name(), "", optionsJson, options.mode(), options.dryRun(), 0, clock.instant());
        Path dir = directory.resolve(Long.toString(run.id()));
        Path file = dir.resolve("source");
        try {
            Files.createDirectories(dir);
            copy(source, file);
        } catch (IOException | RuntimeException e) {
            journal.state(run.id(), ImportState.FAILED, e.getMessage(), clock.instant());
            throw e;
        }
        journal.stored(run.id(), file.toString(), Files.size(file));
        submit(run.id());
        return journal.run(run.id()).orElseThrow();
    }

    private void copy(ImportSource source, Path file) throws IOException {
        Path partial = file.resolveSibling("source.partial");
        try (InputStream in = source.open(); OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxFileBytes) {
                    throw new IllegalArgumentException(source.name() + " is larger than " + maxFileBytes / (1024 * 1024)
                            + " MiB, the most one import takes: split the file, or raise maxFileMegabytes in etc/io.meridian.crm.cfg");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Queues a run (new, or interrupted and resuming) on the import thread. */
    public void submit(long id) {
        AtomicReference<ImportState> stop = new AtomicReference<>();
        stops.put(id, stop);
        executor.execute(() -> runNow(id, stop));
    }

    private void runNow(long id, AtomicReference<ImportState> stop) {
        try {
            if (stop.get() == ImportState.CANCELLED) {
                journal.state(id, ImportState.CANCELLED, "cancelled before it started", clock.instant());
                return;
            }
            String[] stored = journal.source(id).orElseThrow();
            ImportOptions options = JSON.readValue(stored[1], ImportOptions.class);
            ImportRun run = journal.run(id).orElseThrow();
            StoredFile file = new StoredFile(Path.of(stored[0]), run.fileName(), sourceOptions(options));
            running.put(id, file);
            ImportFormat format = Formats.choose(formats.get(), file, options.format());
            new ImportJob(id, file, options, format, contacts, journal, normaliser, clock, stop).run();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "import " + id + " failed", e);
            journal.state(id, ImportState.FAILED, e.getMessage() == null ? e.toString() : e.getMessage(), clock.instant());
        } finally {
            running.remove(id);
            stops.remove(id);
        }
    }

    /** Asks every running import to stop after its batch, to resume at the next start. */
    public void interruptAll() {
        stops.values().forEach(s -> s.compareAndSet(null, ImportState.INTERRUPTED));
    }

    /** Resumes the imports a shutdown or crash left unfinished. */
    public void resumeUnfinished() {
        for (long id : journal.unfinished()) {
            journal.state(id, ImportState.QUEUED, "resuming after a restart", null);
            submit(id);
        }
    }

    @Override
    public Optional<ImportRun> run(long id) {
        Optional<ImportRun> run = journal.run(id);
        StoredFile file = running.get(id);
        if (run.isEmpty() || file == null) return run;
        ImportRun r = run.get();
        return Optional.of(new ImportRun(r.id(), r.fileName(), r.format(), r.preset(), r.mode(), r.dryRun(), r.state(), r.startedAt(),
                r.finishedAt(), Math.max(r.bytesRead(), file.bytesRead()), r.totalBytes(), r.counts(), r.message()));
    }

    @Override
    public List<ImportRun> runs(int offset, int limit) {
        return journal.runs(offset, limit);
    }

    @Override
    public List<ImportEntry> report(long id, int offset, int limit) {
        requireRun(id);
        return journal.report(id, offset, limit, null);
    }

    @Override
    public List<Created> created(long importId, int offset, int limit) {
        requireRun(importId);
        List<ImportJournal.Created> listed = journal.created(importId, offset, limit);
        Map<java.util.UUID, Person> now = contacts.findAll(listed.stream().map(ImportJournal.Created::personId).toList());
        return listed.stream().map(c -> {
            Person p = now.get(c.personId());
            return new Created(c.line(), c.personId(), p == null ? null : p.displayName(), p == null ? null : p.organisationName());
        }).toList();
    }

    @Override
    public long createdCount(long importId) {
        requireRun(importId);
        return journal.createdCount(importId);
    }

    @Override
    public void writeRejected(long id, OutputStream out) throws IOException {
        requireRun(id);
        RejectedCsv.write(journal, id, out);
    }

    @Override
    public ImportRun cancel(long id) {
        ImportRun run = requireRun(id);
        AtomicReference<ImportState> stop = stops.get(id);
        if (stop == null) {
            throw new IllegalStateException("import " + id + " is " + run.state().name().toLowerCase() + ", not running: nothing to cancel");
        }
        stop.compareAndSet(null, ImportState.CANCELLED);
        return run;
    }

    @Override
    public ImportRun undo(long id) {
        ImportRun run = requireRun(id);
        if (run.dryRun()) throw new IllegalStateException("import " + id + " was a dry run: it stored nothing to undo");
        if (stops.containsKey(id)) throw new IllegalStateException("import " + id + " is still running: cancel it first, then undo it");
        if (run.state() == ImportState.UNDONE) throw new IllegalStateException("import " + id + " was undone already");
        RevertReport report = contacts.revert(ImportJob.changeSet(id), Origin.IMPORT);
        journal.state(id, ImportState.UNDONE, UndoMessage.of(report), clock.instant());
        return journal.run(id).orElseThrow();
    }

    private ImportRun requireRun(long id) {
        return journal.run(id).orElseThrow(() -> new IllegalArgumentException("no import " + id + ": crm:imports lists them"));
    }

    private static ImportSource withOptions(ImportSource source, ImportOptions options) {
        Map<String, String> given = sourceOptions(options);
        return new ImportSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public InputStream open() throws IOException {
                return source.open();
            }

            @Override
            public String option(String name) {
                return given.getOrDefault(name, source.option(name));
            }
        };
    }

    private static Map<String, String> sourceOptions(ImportOptions options) {
        Map<String, String> given = new LinkedHashMap<>();
        if (options.encoding() != null) given.put("encoding", options.encoding());
        if (options.delimiter() != null) given.put("delimiter", options.delimiter());
        return given;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
