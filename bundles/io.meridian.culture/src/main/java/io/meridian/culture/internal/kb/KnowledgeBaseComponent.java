package io.meridian.culture.internal.kb;

import io.meridian.api.culture.Comparison;
import io.meridian.api.culture.CountryBrief;
import io.meridian.api.culture.CultureContribution;
import io.meridian.api.culture.KnowledgeBase;
import io.meridian.api.culture.Note;
import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.api.culture.Suggestion;
import io.meridian.api.store.Database;
import io.meridian.culture.internal.index.Contribution;
import io.meridian.culture.internal.index.Fingerprint;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.ServiceTracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link KnowledgeBase} service of the workbench: the index under {@code <data>/index/culture},
 * every {@link CultureContribution} service (the whiteboard) and the content extender, and the
 * user's notes when the database is open.
 */
@Component(service = KnowledgeBase.class, immediate = true)
public final class KnowledgeBaseComponent implements KnowledgeBase {

    private static final Logger LOG = Logger.getLogger("io.meridian.culture");
    /** Sources the index holds whose bundle has not come back this long after start are deleted from it. */
    static final long FORGET_ABSENT_SECONDS = 60;

    private final BundleContext context;
    private final CultureEngine engine;
    private final ContentExtender extender;
    private final ServiceTracker<CultureContribution, String> contributions;
    private final ScheduledExecutorService timer;
    private volatile Database database;

    @Activate
    public KnowledgeBaseComponent(BundleContext context) throws IOException {
        this.context = context;
        String data = context.getProperty("meridian.data");
        Path root = data != null ? Path.of(data) : context.getDataFile("").toPath();
        this.engine = new CultureEngine(root.resolve("index").resolve("culture"), Clock.systemDefaultZone(), m -> LOG.warning(m));
        connectNotes();
        this.contributions = new ServiceTracker<>(context, CultureContribution.class, null) {
            @Override
            public String addingService(ServiceReference<CultureContribution> ref) {
                CultureContribution c = context.getService(ref);
                if (c == null) return null;
                String key = key(ref, c);
                try {
                    engine.put(new Contribution(key, ref.getBundle().getSymbolicName(), ref.getBundle().getVersion().toString(),
                            c.profiles(), c.articles(), Fingerprint.of(c.profiles(), c.articles())));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "culture contribution " + key + " from " + ref.getBundle().getSymbolicName()
                            + " could not be read and is left out: " + e, e);
                    context.ungetService(ref);
                    return null;
                }
                return key;
            }

            @Override
            public void removedService(ServiceReference<CultureContribution> ref, String key) {
                engine.remove(key);
                context.ungetService(ref);
            }
        };
        this.contributions.open(true);
        this.extender = new ContentExtender(context, (bundle, found) -> {
            engine.problems(bundle, found);
            found.forEach(p -> LOG.warning("culture content left out: " + p));
        });
        this.extender.open();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meridian-kb-forget");
            t.setDaemon(true);
            return t;
        });
        timer.schedule(engine::forgetAbsent, FORGET_ABSENT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * The key a service contribution is indexed under: the extender's key for content bundles,
     * else the bundle's symbolic name with the component name or implementation class.
     */
    private static String key(ServiceReference<CultureContribution> ref, CultureContribution c) {
        Object key = ref.getProperty(ContentExtender.KEY);
        if (key instanceof String s) return s;
        Object component = ref.getProperty("component.name");
        String name = component instanceof String s ? s : c.getClass().getName();
        return ref.getBundle().getSymbolicName() + "#" + name;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDatabase(Database db) {
        this.database = db;
        connectNotes();
    }

    void unbindDatabase(Database db) {
        if (database == db) {
            database = null;
            if (engine != null) engine.useNotes(null);
        }
    }

    private synchronized void connectNotes() {
        Database db = database;
        if (engine == null || db == null) return;
        try {
            db.migrate(context.getBundle(), NoteStore.MIGRATIONS);
            engine.useNotes(new NoteStore(db.dataSource(), Clock.systemDefaultZone()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "culture notes are unavailable: their table could not be prepared in " + db.location() + ": "
                    + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() throws IOException {
        timer.shutdownNow();
        extender.close();
        contributions.close();
        engine.close();
    }

    /** For the shell's {@code kb:reindex --wait} and tests. */
    public boolean awaitIndexed(long timeout, TimeUnit unit) throws InterruptedException {
        return engine.awaitIndexed(timeout, unit);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return engine.search(request);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return engine.suggest(prefix, limit);
    }

    @Override
    public List<SearchResults.Hit> moreLikeThis(String documentId, int limit) {
        return engine.moreLikeThis(documentId, limit);
    }

    @Override
    public List<CountrySummary> countries() {
        return engine.countries();
    }

    @Override
    public Optional<CountryView> country(String countryCode) {
        return engine.country(countryCode);
    }

    @Override
    public Comparison compare(List<String> countryCodes) {
        return engine.compare(countryCodes);
    }

    @Override
    public Optional<CountryBrief> brief(String countryCode, Optional<String> homeCountry) {
        return engine.brief(countryCode, homeCountry);
    }

    @Override
    public List<Note> notes(String countryCode) {
        return engine.notes(countryCode);
    }

    @Override
    public Note addNote(String countryCode, String text) {
        return engine.addNote(countryCode, text);
    }

    @Override
    public Note editNote(long id, long version, String text) {
        return engine.editNote(id, version, text);
    }

    @Override
    public boolean deleteNote(long id) {
        return engine.deleteNote(id);
    }

    @Override
    public Status status() {
        return engine.status();
    }

    @Override
    public void reindex() {
        engine.reindex();
    }
}
