package io.meridian.culture.internal.kb;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.Comparison;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.culture.CountryBrief;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.CultureContribution;
import io.meridian.api.culture.KnowledgeBase;
import io.meridian.api.culture.Note;
import io.meridian.api.culture.SearchRequest;
import io.meridian.api.culture.SearchResults;
import io.meridian.api.culture.Suggestion;
import io.meridian.api.store.Database;
import io.meridian.culture.internal.index.Contribution;
import io.meridian.culture.internal.index.Fingerprint;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link KnowledgeBase} service of the workbench: the index under {@code <data>/index/culture},
 * every {@link CultureContribution} service (the whiteboard) and the content extender, and the
 * user's notes when the database is open. It also lends this bundle's routes the articles whole
 * ({@link ArticleLibrary}).
 */
@Component(service = {KnowledgeBase.class, ArticleLibrary.class}, immediate = true)
public final class KnowledgeBaseComponent implements KnowledgeBase, ArticleLibrary {

    private static final Logger LOG = Logger.getLogger("io.meridian.culture");
    /** Sources the index holds whose bundle has not come back this long after start are deleted from it. */
    static final long FORGET_ABSENT_SECONDS = 60;

    /** A tracked contribution: its key, and whether its content could not be read (then nothing of it is indexed). */
    private record Tracked(String key, boolean broken) {
    }

    /** How long a call made while the index is still opening waits for it. */
    static final long OPEN_WAIT_SECONDS = 30;

    private final BundleContext context;
    private final Path indexPath;
    private final ScheduledExecutorService timer;
    private final CompletableFuture<CultureEngine> opened = new CompletableFuture<>();
    private final FrameworkListener onStarted;
    private volatile CultureEngine engine;
    private volatile Database database;
    private ContentExtender extender;
    private ServiceTracker<CultureContribution, Tracked> contributions;
    private boolean closed;

    /**
     * Registers the service at once and opens the index in the background once the framework
     * has started: Lucene's classes and the content of every region bundle are not read while the
     * workbench is starting. A call that comes first waits for the index (at most
     * {@link #OPEN_WAIT_SECONDS} seconds).
     */
    @Activate
    public KnowledgeBaseComponent(BundleContext context) {
        this.context = context;
        String data = context.getProperty("meridian.data");
        Path root = data != null ? Path.of(data) : context.getDataFile("").toPath();
        this.indexPath = root.resolve("index").resolve("culture");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meridian-kb-start");
            t.setDaemon(true);
            return t;
        });
        this.onStarted = event -> {
            if (event.getType() == FrameworkEvent.STARTED) timer.execute(this::open);
        };
        context.addFrameworkListener(onStarted);
        if (context.getBundle(0).getState() == Bundle.ACTIVE) timer.execute(this::open);
    }

    /** Opens the index and starts following the contributions; runs once, on the start thread. */
    private synchronized void open() {
        if (closed || opened.isDone()) return;
        context.removeFrameworkListener(onStarted);
        try {
            engine = new CultureEngine(indexPath, Clock.systemDefaultZone(), m -> LOG.warning(m));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "the culture index at " + indexPath + " cannot be opened: " + e.getMessage()
                    + "; check that the folder is writable and that no other Meridian uses this data folder", e);
            opened.completeExceptionally(e);
            return;
        }
        try {
            follow(engine);
            opened.complete(engine);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the knowledge base could not start following the region bundles: " + e.getMessage(), e);
            opened.completeExceptionally(e);
        }
    }

    /** Connects the notes, the contribution whiteboard, the extender and the uninstall listener to the open engine. */
    private void follow(CultureEngine kb) {
        connectNotes();
        Set<String> keys = ConcurrentHashMap.newKeySet();
        contributions = new ServiceTracker<>(context, CultureContribution.class, null) {
            @Override
            public Tracked addingService(ServiceReference<CultureContribution> ref) {
                String bundle = ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName();
                String key = bundle + "#?";
                try {
                    CultureContribution c = context.getService(ref);
                    if (c == null) return null;
                    key = key(ref, c, keys);
                    List<CountryProfile> profiles = c.profiles();
                    List<Article> articles = c.articles();
                    kb.put(new Contribution(key, bundle, ref.getBundle().getVersion().toString(), profiles, articles,
                            Fingerprint.of(profiles, articles)));
                    keys.add(key);
                    return new Tracked(key, false);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "culture contribution " + key + " from " + bundle + " could not be read and is left out: " + e, e);
                    kb.problems(key, List.of(new ContentProblem(bundle, "CultureContribution " + key.substring(key.indexOf('#') + 1), 0, "",
                            "its profiles() or articles() failed (" + e + "); its content is left out until the bundle is updated")));
                    keys.add(key);
                    return new Tracked(key, true);
                }
            }

            @Override
            public void removedService(ServiceReference<CultureContribution> ref, Tracked tracked) {
                keys.remove(tracked.key());
                if (tracked.broken()) kb.problems(tracked.key(), List.of());
                // stopped, not necessarily gone: kept in the index until its bundle is uninstalled (see below)
                else kb.hide(tracked.key());
                context.ungetService(ref);
            }
        };
        contributions.open();
        extender = new ContentExtender(context, (bundle, found) -> {
            kb.problems(bundle, found);
            found.forEach(p -> LOG.warning("culture content left out: " + p));
        });
        extender.open();
        context.addBundleListener(onUninstalled);
        timer.schedule(kb::forgetAbsent, FORGET_ABSENT_SECONDS, TimeUnit.SECONDS);
    }

    /** A bundle uninstalled takes its content out of the index; one merely stopped (or the workbench stopping) does not. */
    private final BundleListener onUninstalled = event -> {
        CultureEngine kb = engine;
        if (event.getType() == BundleEvent.UNINSTALLED && kb != null && event.getBundle().getSymbolicName() != null) {
            kb.sourcesOf(event.getBundle().getSymbolicName()).forEach(kb::remove);
        }
    };

    /** The open engine, waiting for it while it opens. */
    private CultureEngine engine() {
        try {
            return opened.get(OPEN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the knowledge base is still opening its index; try again in a moment");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the culture index at " + indexPath + " cannot be opened: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the knowledge base opened its index");
        }
    }

    /** Service property naming a contribution within its bundle, when a bundle registers several of one class. */
    public static final String NAME = "meridian.contribution.name";

    /**
     * The key a service contribution is indexed under: the extender's key for content bundles,
     * else the bundle's symbolic name with {@value #NAME}, the component name or the
     * implementation class; with the service id as well when that key is taken already.
     */
    private static String key(ServiceReference<CultureContribution> ref, CultureContribution c, Set<String> taken) {
        Object key = ref.getProperty(ContentExtender.KEY);
        if (key instanceof String s) return s;
        Object named = ref.getProperty(NAME);
        Object component = ref.getProperty("component.name");
        String name = named instanceof String s ? s : component instanceof String s ? s : c.getClass().getName();
        String k = ref.getBundle().getSymbolicName() + "#" + name;
        return taken.contains(k) ? k + "#" + ref.getProperty(Constants.SERVICE_ID) : k;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindDatabase(Database db) {
        this.database = db;
        connectNotes();
    }

    synchronized void unbindDatabase(Database db) {
        if (database == db) {
            database = null;
            CultureEngine kb = engine;
            if (kb != null) kb.useNotes(null);
        }
    }

    private synchronized void connectNotes() {
        Database db = database;
        CultureEngine kb = engine;
        if (kb == null || db == null) return;
        try {
            db.migrate(context.getBundle(), NoteStore.MIGRATIONS);
            kb.useNotes(new NoteStore(db.dataSource(), Clock.systemDefaultZone()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "culture notes are unavailable: their table could not be prepared in " + db.location() + ": "
                    + e.getMessage(), e);
        }
    }

    @Deactivate
    synchronized void deactivate() throws IOException {
        closed = true;
        context.removeFrameworkListener(onStarted);
        context.removeBundleListener(onUninstalled);
        timer.shutdownNow();
        if (extender != null) extender.close();
        if (contributions != null) contributions.close();
        if (engine != null) engine.close();
        opened.completeExceptionally(new IllegalStateException("the knowledge base stopped"));
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return engine().search(request);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return engine().suggest(prefix, limit);
    }

    @Override
    public List<SearchResults.Hit> moreLikeThis(String documentId, int limit) {
        return engine().moreLikeThis(documentId, limit);
    }

    @Override
    public List<CountrySummary> countries() {
        return engine().countries();
    }

    @Override
    public Optional<CountryView> country(String countryCode) {
        return engine().country(countryCode);
    }

    @Override
    public Comparison compare(List<String> countryCodes) {
        return engine().compare(countryCodes);
    }

    @Override
    public Optional<CountryBrief> brief(String countryCode, Optional<String> homeCountry) {
        return engine().brief(countryCode, homeCountry);
    }

    @Override
    public Optional<Note> note(long id) {
        return engine().note(id);
    }

    @Override
    public List<Note> notes(String countryCode) {
        return engine().notes(countryCode);
    }

    @Override
    public Note addNote(String countryCode, String text) {
        return engine().addNote(countryCode, text);
    }

    @Override
    public Note editNote(long id, long version, String text) {
        return engine().editNote(id, version, text);
    }

    @Override
    public boolean deleteNote(long id) {
        return engine().deleteNote(id);
    }

    @Override
    public List<ArticleView> articles() {
        return engine().articles();
    }

    @Override
    public Optional<ArticleView> article(String id) {
        return engine().article(id);
    }

    @Override
    public Status status() {
        return engine().status();
    }

    @Override
    public void reindex() {
        engine().reindex();
    }
}
