package io.meridian.crm.internal.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.contacts.BulkLoad;
import io.meridian.api.contacts.ChangeBatch;
import io.meridian.api.contacts.ChangeOutcome;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.PersonChange;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportEntry.Kind;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportMode;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSink;
import io.meridian.api.importing.ImportState;
import io.meridian.crm.internal.mapping.Mapping;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One import from start (or checkpoint) to end: reads the file with its format, maps and
 * normalises each record, matches a batch at a time and stores it as one change batch of the
 * import's change set, then writes the batch's report lines and progress. A dry run does all
 * of it but the storing, and remembers the keys it met so that it reports a record repeating
 * an earlier one as the real run would merge it.
 */
final class ImportJob {

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

    private final Map<List<String>, Mapping> mappings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, Mapping> eldest) {
            return size() > 256;
        }
    };
    private final List<Normalised> batch = new ArrayList<>();
    private final List<Incoming> organisations = new ArrayList<>();
    private final Set<String> batchKeys = new HashSet<>();
    private final List<ImportJournal.Entry> pending = new ArrayList<>();
    private final SeenKeys seen = new SeenKeys();
    private Counts counts;
    private long position;
    private long lastLine;
    private long skipRecords;
    private String preset;
    private long progressWritten;
    /** Records the format has handed over so far, the ones a resumed run passes over included. */
    private long received;
    /** Opened at the first batch stored, when the size of the file says how many people are coming. */
    private BulkLoad bulkLoad;
    private List<String> lastColumns;
    private Mapping lastMapping;

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
                finishBulkLoad(e);
                throw e;
            }
            Stopped stopped = (Stopped) e;
            ImportState state = stop.get();
            // A workbench that stops leaves the list indexes to be built at its next start, not now.
            if (state == ImportState.CANCELLED) finishBulkLoad(stopped);
            String message = state == ImportState.CANCELLED
                    ? "cancelled after line " + lastLine + "; what was imported until then stays, and can be undone"
                    : "interrupted after line " + lastLine + " as the workbench stopped; it resumes there when the workbench starts again";
            journal.progress(id, state, format.id(), preset, source.bytesRead(), counts.snapshot(), message,
                    state == ImportState.CANCELLED ? clock.instant() : null);
            return state;
        }
        finishBulkLoad(null);
        journal.progress(id, ImportState.DONE, format.id(), preset, source.bytesRead(), counts.snapshot(), null, clock.instant());
        return ImportState.DONE;
    }

    /**
     * Gives the book its list indexes back if it set them aside for this import, saying so in the
     * progress, as building them takes a while on a large book. A failure to do so is added to
     * the failure that ends the run, if there is one: the indexes are then built at a later check.
     */
    private void finishBulkLoad(Exception failure) {
        if (bulkLoad == null) return;
        try {
            if (bulkLoad.indexesSetAside()) {
                journal.progress(id, ImportState.RUNNING, format.id(), preset, source.bytesRead(), counts.snapshot(),
                        "every record is read; the people lists' indexes are being built again", null);
            }
            bulkLoad.finish();
        } catch (RuntimeException e) {
            if (failure == null) throw e;
            failure.addSuppressed(e);
        }
    }

    /** A record after the work done on it in parallel, or a rejection of the format's, in file order. */
    private sealed interface Prepared permits Normalised, Refused {
    }

    /**
     * A record normalised, with the keys that tie it to other records: one that shares a key
     * with the batch waits for that batch to be stored first.
     *
     * @param similarGiven organisation, family and given name folded, or null when the record lacks
     *        an organisation or a family name
     */
    private record Normalised(Incoming in, Mapping mapping, Set<String> keys, String similarGiven) implements Prepared {
    }

    private record Refused(long line, String column, String reason) implements Prepared {
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
            Mapping mapping = mapping(record);
            stage.add(() -> prepare(record, mapping));
        }

        @Override
        public void reject(long line, String column, String reason) {
            if (skipped()) return;
            stage.add(() -> new Refused(line, column, reason));
        }

        private boolean skipped() {
            if (received++ >= skipRecords) return false;
            position++;
            return true;
        }
    }

    /** The work done on a record in parallel: nothing here may touch the job's own state. */
    private Prepared prepare(ImportRecord record, Mapping mapping) {
        Incoming in = normaliser.normalise(record, mapping, options.defaultCountry());
        if (in.organisationCard() != null || in.rejected()) return new Normalised(in, mapping, Set.of(), null);
        String similar = similarKey(in);
        String similarGiven = similar == null ? null : similar + "|" + Matcher.fold(in.draft().givenName());
        return new Normalised(in, mapping, keys(in, mapping.system(), similar), similarGiven);
    }

    /**
     * Takes the records in file order. A record counts as taken (position, counts, last line)
     * only once it is in the batch or the report: a batch stored before it, because it repeats
     * a key of that batch, must not have its checkpoint cover it.
     */
    private void take(Prepared prepared) {
        if (prepared instanceof Refused refused) {
            note(new ImportEntry(refused.line(), refused.column(), Kind.REJECTED, refused.reason(), null), null);
            taken(refused.line());
            return;
        }
        Normalised record = (Normalised) prepared;
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

    /** The mapping of a record's columns; a CSV file's records all have the header's, a vCard's vary. */
    private Mapping mapping(ImportRecord record) {
        if (lastMapping != null && sameColumns(record.fields().keySet(), lastColumns)) return lastMapping;
        List<String> columns = List.copyOf(record.fields().keySet());
        lastMapping = mappings.computeIfAbsent(columns, c -> {
            Mapping m = Mapping.of(c, options.mapping(), null, options.system());
            if (preset == null) preset = m.preset().map(p -> p.id()).orElse(null);
            return m;
        });
        lastColumns = columns;
        return lastMapping;
    }

    private static boolean sameColumns(Set<String> columns, List<String> known) {
        if (columns.size() != known.size()) return false;
        int i = 0;
        for (String column : columns) {
            if (!column.equals(known.get(i++))) return false;
        }
        return true;
    }

    private static Set<String> keys(Incoming in, String system, String similar) {
        Set<String> keys = new HashSet<>();
        if (in.externalId() != null) keys.add("id:" + system.toLowerCase(Locale.ROOT) + ":" + in.externalId());
        for (ContactPoint e : in.draft().emails()) keys.add("email:" + e.value().toLowerCase(Locale.ROOT));
        for (ContactPoint p : in.draft().phones()) keys.add("phone:" + p.value());
        // The same family name at the same organisation may be the same person: it waits for the
        // batch before it to be stored, so that the lookup of likely duplicates can see it.
        if (similar != null) keys.add(similar);
        return keys;
    }

    /** Organisation and family name without case or accents; null when the record lacks either. */
    private static String similarKey(Incoming in) {
        if (in.organisationName() == null || in.draft().familyName() == null) return null;
        return "similar:" + Matcher.fold(in.organisationName()) + "|" + Matcher.fold(in.draft().familyName());
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
                : matcher.match(batch.stream().map(Normalised::in).toList(), system);
        List<PersonChange> changes = new ArrayList<>();
        List<Normalised> changed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i).in();
            in.notes().forEach(n -> note(n, null));
            PersonChange change = decide(in, matches.get(i));
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
                if (exists) note(entry(card, Kind.UNCHANGED, "the organisation " + card.organisationCard().name()
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
            journal.progress(id, ImportState.RUNNING, format.id(), preset, source.bytesRead(), counts.snapshot(), null, null);
            progressWritten = System.nanoTime();
        }
    }

    /** What to do with one record, as the mode and its match say; null for nothing to store. */
    private PersonChange decide(Incoming in, Matcher.Match match) {
        ImportMode mode = options.mode();
        if (match != null && (match.by() != Matcher.By.SIMILAR || options.mergeSimilar())) {
            String who = match.person().displayName() + " (matched by " + match.by().words + " " + match.value() + ")";
            if (mode == ImportMode.CREATE_ONLY) {
                note(entry(in, Kind.SKIPPED, "already in Meridian as " + who + ": left as it is (create-only)", match.person().id()), null);
                return null;
            }
            boolean own = match.by() == Matcher.By.EXTERNAL_ID || match.by() == Matcher.By.MERIDIAN_ID;
            Merge.Result merged = Merge.of(match.person(), in.draft(), in.organisationName(), own);
            if (!merged.changes()) {
                note(entry(in, Kind.UNCHANGED, who + ": nothing new", match.person().id()), null);
                return null;
            }
            Kind kind = match.by() == Matcher.By.SIMILAR ? Kind.MERGED_SIMILAR : Kind.UPDATED;
            note(entry(in, kind, who + ": " + String.join(", ", merged.changed()) + " updated", match.person().id()), null);
            return PersonChange.update(match.person(), merged.draft(), merged.organisationName());
        }
        if (mode == ImportMode.UPDATE_ONLY) {
            note(entry(in, Kind.SKIPPED, "no one in Meridian matches it: not created (update-only)", null), null);
            return null;
        }
        if (match != null) {
            note(entry(in, Kind.POSSIBLE_DUPLICATE, "resembles " + match.person().displayName() + " (same name at "
                    + in.organisationName() + ", no email, phone or id in common): created as a new person. Merge them by"
                    + " hand, or import with merging of similar people", match.person().id()), null);
        }
        return PersonChange.create(in.draft(), in.organisationName());
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

    private static ImportEntry entry(Incoming in, Kind kind, String message, UUID person) {
        return new ImportEntry(in.line(), null, kind, message, person);
    }

    /** A dry run stores nothing: it counts the creations and remembers their keys for the records after. */
    private void dryRunKeys(List<PersonChange> changes, List<Normalised> changed) {
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
                note(entry(in, Kind.UPDATED, "repeats the record on line " + earlier + " (same email, phone or id): would be"
                        + " merged into the person that record creates", null), null);
                continue;
            }
            counts.created++;
            String similarGiven = changed.get(i).similarGiven();
            if (similarGiven == null) continue;
            long resembles = seen.firstLine(similarGiven, in.line());
            if (resembles != 0) {
                note(entry(in, Kind.POSSIBLE_DUPLICATE, "resembles the record on line " + resembles + " (same name at "
                        + in.organisationName() + ", no email, phone or id in common): would be created as a new person", null), null);
            }
        }
    }

    private void afterApply(List<ChangeOutcome> outcomes, List<Normalised> changed) {
        for (ChangeOutcome outcome : outcomes) {
            Incoming in = changed.get(outcome.index()).in();
            if (outcome.applied()) continue;
            Map.Entry<String, String> first = outcome.problems().entrySet().iterator().next();
            String all = String.join("; ", outcome.problems().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
            if (outcome.created()) counts.created--;
            else counts.updated--;
            note(new ImportEntry(in.line(), first.getKey(), Kind.REJECTED, "not stored: " + all, null), in.raw());
        }
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
                note(entry(card, Kind.UNCHANGED, "the organisation " + outcome.organisation().name() + " is in Meridian already;"
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
