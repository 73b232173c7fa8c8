package io.meridian.crm.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.contacts.BulkLoad;
import io.meridian.api.contacts.ChangeBatch;
import io.meridian.api.contacts.ChangeOutcome;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.PersonChange;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportEntry.Kind;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSink;
import io.meridian.api.importing.ImportState;
import io.meridian.crm.internal.mapping.Mapping;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One import from start (or checkpoint) to end: reads the file with its format, maps and
 * normalises each record, matches a batch at a time and stores it as one change batch of the
 * import's change set, then writes the batch's report lines and progress. A dry run does all
 * of it but the storing, and remembers the keys it met so that it reports a record repeating
 * an earlier one as the real run would merge it.
 */
final class ImportJob {

    private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());
    static final int BATCH = 500;
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long id;
    private final StoredFile source;
    private final ImportOptions options;
    private final ImportFormat format;
    private final ContactService contacts;
    private final ImportJournal journal;
    private final RecordNormaliser normaliser;
    private final Clock clock;
    private final AtomicReference<ImportState> stop;
    private final Matcher matcher;
    private final String changeSet;

    private final Mappings mappings;
    private final Decisions decisions;
    private final List<Prepared.Normalised> batch = new ArrayList<>();
    private final List<Incoming> organisations = new ArrayList<>();
    private final Set<String> batchKeys = new HashSet<>();
    private final List<ImportJournal.Entry> pending = new ArrayList<>();
    private final SeenKeys seen = new SeenKeys();
    private Counts counts;
    private long position;
    private long lastLine;
    private long skipRecords;
    private long progressWritten;
    /** Records the format has handed over so far, the ones a resumed run passes over included. */
    private long received;
    /** Opened at the first batch stored, when the size of the file says how many people are coming. */
    private BulkLoad bulkLoad;

    ImportJob(long id, StoredFile source, ImportOptions options, ImportFormat format,
              ContactService contacts, ImportJournal journal, RecordNormaliser normaliser, Clock clock, AtomicReference<ImportState> stop) {
        this.id = id;
        this.source = source;
        this.options = options;
        this.format = format;
        this.contacts = contacts;
        this.journal = journal;
        this.normaliser = normaliser;
        this.clock = clock;
        this.stop = stop;
        this.matcher = new Matcher(contacts);
        this.mappings = new Mappings(options);
        this.decisions = new Decisions(options);
        this.changeSet = changeSet(id);
    }

    static String changeSet(long id) {
        return "import:" + id;
    }

    /** Thrown out of the format's read when the user cancels or the workbench stops; the batches stored so far stay. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Runs the import to its end, and returns how it ended. */
    ImportState run() throws IOException {
        Checkpoint start = options.dryRun() ? Checkpoint.START
                : contacts.checkpoint(changeSet).map(Checkpoint::read).orElse(Checkpoint.START);
        journal.dropEntriesAfter(id, start.line());
        counts = new Counts(start.counts());
        skipRecords = start.records();
        lastLine = start.line();
        journal.progress(id, ImportState.RUNNING, format.id(), null, 0, counts.snapshot(), null, null);
        try (Normalising<Prepared> stage = new Normalising<>("meridian-import-" + id, Normalising.threads(), this::take)) {
            format.read(source, new Sink(stage));
            stage.drain();
            flush();
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof Stopped)) {
                finishBulkLoad(false);
                throw e;
            }
            ImportState state = stop.get();
            // A workbench that stops leaves the list indexes to be built at its next start, not now.
            String indexes = state == ImportState.CANCELLED ? finishBulkLoad(false) : null;
            String message = state == ImportState.CANCELLED && options.dryRun()
                    ? "cancelled after line " + lastLine + "; a test run changes nothing"
                    : state == ImportState.CANCELLED
                    ? "cancelled after line " + lastLine + "; what was imported until then stays, and can be undone"
                    + (indexes == null ? "" : "; " + indexes)
                    : "interrupted after line " + lastLine + " as the workbench stopped; it resumes there when the workbench starts again";
            journal.progress(id, state, format.id(), mappings.preset(), source.bytesRead(), counts.snapshot(), message,
                    state == ImportState.CANCELLED ? clock.instant() : null);
            return state;
        }
        String indexes = finishBulkLoad(true);
        journal.progress(id, ImportState.DONE, format.id(), mappings.preset(), source.bytesRead(), counts.snapshot(), indexes, clock.instant());
        return ImportState.DONE;
    }

    /**
     * Gives the book its list indexes back if it set them aside for this import; when the import
     * is done, the progress says so first, as building them takes a while on a large book. A
     * failure to build them does not undo the import, whose records are stored: it is logged and
     * returned as a sentence for the run's message, and a health check builds them later.
     *
     * @return null, or what went wrong and what follows from it
     */
    private String finishBulkLoad(boolean done) {
        if (bulkLoad == null) return null;
        try {
            if (done && bulkLoad.indexesSetAside()) {
                journal.progress(id, ImportState.RUNNING, format.id(), mappings.preset(), source.bytesRead(), counts.snapshot(),
                        "every record is stored; the people lists' indexes are being built again", null);
            }
            bulkLoad.finish();
            return null;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "import " + id + ": the people lists' indexes could not be built again", e);
            return "the people lists' indexes could not be built again (" + e.getMessage() + "); the lists work, more slowly,"
                    + " until the contacts bundle's next health check builds them, within five minutes";
        }
    }

    /**
     * Receives the format's records and rejections, in file order, and passes them to the
     * normalising workers; records a resumed import took before its checkpoint are passed over.
     */
    private final class Sink implements ImportSink {
        private final Normalising<Prepared> stage;

        Sink(Normalising<Prepared> stage) {
            this.stage = stage;
        }

        @Override
        public void accept(ImportRecord record) {
            if (skipped()) return;
            Mapping mapping = mappings.of(record);
            stage.add(() -> Prepared.of(record, mapping, normaliser, options.defaultCountry()));
        }

        @Override
        public void reject(long line, String column, String reason) {
            if (skipped()) return;
            stage.add(() -> new Prepared.Refused(line, column, reason));
        }

        private boolean skipped() {
            if (received++ >= skipRecords) return false;
            position++;
            return true;
        }
    }

    /**
     * Takes the records in file order. A record counts as taken (position, counts, last line)
     * only once it is in the batch or the report: a batch stored before it, because it repeats
     * a key of that batch, must not have its checkpoint cover it.
     */
    private void take(Prepared prepared) {
        if (prepared instanceof Prepared.Refused refused) {
            note(new ImportEntry(refused.line(), refused.column(), Kind.REJECTED, refused.reason(), null), null);
            taken(refused.line());
            return;
        }
        Prepared.Normalised record = (Prepared.Normalised) prepared;
        Incoming in = record.in();
        if (in.organisationCard() != null) {
            organisations.add(in);
            taken(in.line());
            if (organisations.size() >= BATCH) flush();
            return;
        }
        if (in.rejected()) {
            note(in.rejection(), in.raw());
            taken(in.line());
            return;
        }
        if (record.keys().stream().anyMatch(batchKeys::contains)) flush();
        batch.add(record);
        batchKeys.addAll(record.keys());
        taken(in.line());
        if (batch.size() >= BATCH) flush();
    }

    private void taken(long line) {
        position++;
        counts.records++;
        lastLine = Math.max(lastLine, line);
    }

    private void note(ImportEntry entry, Map<String, String> raw) {
        counts.add(entry.kind());
        pending.add(new ImportJournal.Entry(entry, raw == null ? null : json(raw)));
    }

    /** Matches, stores and reports the batch gathered so far. */
    private void flush() {
        if (stop.get() != null) throw new Stopped();
        if (batch.isEmpty() && pending.isEmpty() && organisations.isEmpty()) return;
        String system = batch.isEmpty() ? "" : batch.get(0).mapping().system();
        Map<Integer, Matcher.Match> matches = batch.isEmpty() ? Map.of()
                : matcher.match(batch.stream().map(Prepared.Normalised::in).toList(), system);
        List<PersonChange> changes = new ArrayList<>();
        List<Prepared.Normalised> changed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i).in();
            in.notes().forEach(n -> note(n, null));
            Decisions.Decision decision = decisions.decide(in, matches.get(i));
            if (decision.entry() != null) note(decision.entry(), null);
            PersonChange change = decision.change();
            if (change != null) {
                changes.add(change);
                changed.add(batch.get(i));
            }
        }
        List<OrganisationDraft> cards = organisations.stream().map(Incoming::organisationCard).toList();
        if (options.dryRun()) {
            dryRunKeys(changes, changed);
            for (Incoming card : organisations) {
                boolean exists = contacts.findOrganisationByName(card.organisationCard().name()).isPresent();
                if (exists) note(Decisions.entry(card, Kind.UNCHANGED, "the organisation " + card.organisationCard().name()
                        + " is in Meridian already: what it lacks would be filled in", null), null);
                else counts.created++;
            }
        } else {
            journal.entries(id, List.copyOf(pending));
            pending.clear();
            if (bulkLoad == null) bulkLoad = contacts.bulkLoad(expectedRecords());
            counts.created += changes.stream().filter(PersonChange::creates).count();
            Checkpoint checkpoint = new Checkpoint(position, lastLine, counts.snapshot());
            List<ChangeOutcome> outcomes = contacts.apply(new ChangeBatch(changeSet, checkpoint.write(), changes, cards), Origin.IMPORT);
            afterApply(outcomes.subList(0, changes.size()), changed);
            afterOrganisations(outcomes.subList(changes.size(), outcomes.size()));
        }
        organisations.clear();
        journal.entries(id, List.copyOf(pending));
        pending.clear();
        batch.clear();
        batchKeys.clear();
        // Progress is for people watching: a few times a second is enough, and a write per batch is not free.
        if (System.nanoTime() - progressWritten >= PROGRESS_EVERY_NANOS) {
            journal.progress(id, ImportState.RUNNING, format.id(), mappings.preset(), source.bytesRead(), counts.snapshot(), null, null);
            progressWritten = System.nanoTime();
        }
    }

    /** How many records the whole file holds, judged by the bytes the records handed over so far took. */
    private long expectedRecords() {
        long read = source.bytesRead();
        try {
            return read <= 0 ? received : Math.max(received, (long) ((double) source.size() * received / read));
        } catch (IOException e) {
            return received;
        }
    }

    /** A dry run stores nothing: it counts the creations and remembers their keys for the records after. */
    private void dryRunKeys(List<PersonChange> changes, List<Prepared.Normalised> changed) {
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).creates()) continue;
            Incoming in = changed.get(i).in();
            long earlier = 0;
            for (String key : changed.get(i).keys()) {
                if (key.startsWith("similar:")) continue;
                long first = seen.firstLine(key, in.line());
                if (first != 0 && earlier == 0) earlier = first;
            }
            if (earlier != 0) {
                note(Decisions.entry(in, Kind.UPDATED, "repeats the record on line " + earlier + " (same email, phone or id): would be"
                        + " merged into the person that record creates", null), null);
                continue;
            }
            counts.created++;
            String similarGiven = changed.get(i).similarGiven();
            if (similarGiven == null) continue;
            long resembles = seen.firstLine(similarGiven, in.line());
            if (resembles != 0) {
                note(Decisions.entry(in, Kind.POSSIBLE_DUPLICATE, "resembles the record on line " + resembles + " (same name at "
                        + in.organisationName() + ", no email, phone or id in common): would be created as a new person", null), null);
            }
        }
    }

    /**
     * Reports the changes the contact service refused, and lists the people it created for the
     * report's links. The list is written after the batch's own transaction: a crash in between
     * loses links, never people, and undo reads the change set, not the list.
     */
    private void afterApply(List<ChangeOutcome> outcomes, List<Prepared.Normalised> changed) {
        List<ImportJournal.Created> created = new ArrayList<>();
        for (ChangeOutcome outcome : outcomes) {
            Incoming in = changed.get(outcome.index()).in();
            if (outcome.applied()) {
                if (outcome.created()) created.add(new ImportJournal.Created(in.line(), outcome.person().id()));
                continue;
            }
            Map.Entry<String, String> first = outcome.problems().entrySet().iterator().next();
            String all = String.join("; ", outcome.problems().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
            if (outcome.created()) counts.created--;
            else counts.updated--;
            note(new ImportEntry(in.line(), first.getKey(), Kind.REJECTED, "not stored: " + all, null), in.raw());
        }
        journal.created(id, created);
    }

    /** Counts the organisations' cards, and reports those that changed nothing or were refused. */
    private void afterOrganisations(List<ChangeOutcome> outcomes) {
        for (ChangeOutcome outcome : outcomes) {
            Incoming card = organisations.get(outcome.index());
            if (!outcome.applied()) {
                note(new ImportEntry(card.line(), "ORG", Kind.REJECTED, "organisation not stored: " + String.join("; ",
                        outcome.problems().values()), null), card.raw());
            } else if (outcome.created()) {
                counts.created++;
            } else {
                note(Decisions.entry(card, Kind.UNCHANGED, "the organisation " + outcome.organisation().name() + " is in Meridian already;"
                        + " what it lacked was filled in", null), null);
            }
        }
    }

    private static String json(Map<String, String> raw) {
        try {
            return JSON.writeValueAsString(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record's values cannot be written as JSON", e);
        }
    }
}
