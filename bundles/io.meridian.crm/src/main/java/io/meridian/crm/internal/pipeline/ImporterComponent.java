package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactService;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportPreview;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportSource;
import io.meridian.api.importing.Importer;
import io.meridian.api.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The import pipeline as an OSGi service: its tables migrated, every registered
 * {@link ImportFormat} offered each file (formats come and go with their bundles), one import
 * thread, and interrupted imports resumed at start.
 */
@Component(service = {Importer.class, CreatedPeople.class}, configurationPid = "io.meridian.crm", immediate = true)
@Designate(ocd = ImportSettings.class)
public final class ImporterComponent implements Importer, CreatedPeople {

    private final List<ImportFormat> formats = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meridian-import");
        t.setDaemon(true);
        return t;
    });
    private final Imports imports;

    @Activate
    public ImporterComponent(BundleContext context, ImportSettings settings, @Reference Database database,
                             @Reference ContactService contacts) {
        database.migrate(context.getBundle(), ImportJournal.MIGRATIONS);
        imports = new Imports(contacts, new ImportJournal(database.dataSource()), context.getDataFile("imports").toPath(),
                () -> List.copyOf(formats), executor, Clock.systemDefaultZone(), settings.maxFileMegabytes() * 1024L * 1024L);
        imports.resumeUnfinished();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(ImportFormat format) {
        formats.add(format);
    }

    void removeFormat(ImportFormat format) {
        formats.remove(format);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        imports.interruptAll();
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public ImportPreview preview(ImportSource source, ImportOptions options) throws IOException {
        return imports.preview(source, options);
    }

    @Override
    public ImportRun start(ImportSource source, ImportOptions options) throws IOException {
        return imports.start(source, options);
    }

    @Override
    public Optional<ImportRun> run(long id) {
        return imports.run(id);
    }

    @Override
    public List<ImportRun> runs(int offset, int limit) {
        return imports.runs(offset, limit);
    }

    @Override
    public List<ImportEntry> report(long id, int offset, int limit) {
        return imports.report(id, offset, limit);
    }

    @Override
    public void writeRejected(long id, OutputStream out) throws IOException {
        imports.writeRejected(id, out);
    }

    @Override
    public ImportRun cancel(long id) {
        return imports.cancel(id);
    }

    @Override
    public ImportRun undo(long id) {
        return imports.undo(id);
    }

    @Override
    public List<Created> created(long importId, int offset, int limit) {
        return imports.created(importId, offset, limit);
    }

    @Override
    public long createdCount(long importId) {
        return imports.createdCount(importId);
    }
}
