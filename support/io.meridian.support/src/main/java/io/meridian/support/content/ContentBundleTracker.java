package io.meridian.support.content;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tracks the started bundles that carry content and reads each one on a thread of its own, not
 * on the framework's: a start with many region packs is not held up while their files are
 * parsed. What the content gives is registered when its read is done, unless the bundle has
 * gone by then; a bundle that goes after that has it taken back. Reads run one at a time, in
 * the order the bundles started.
 *
 * @param <R> what one bundle's content gave: its registrations
 */
public abstract class ContentBundleTracker<R> extends BundleTracker<ContentBundleTracker.Loading<R>> {

    private static final Logger LOG = Logger.getLogger(ContentBundleTracker.class.getName());

    /** One tracked bundle: what its read gave, once done, and whether the bundle has gone. */
    public static final class Loading<R> {
        private R loaded;
        private boolean gone;
    }

    private final ExecutorService reader;

    /** Tracks starting and active bundles; {@code thread} names the reading thread. */
    protected ContentBundleTracker(BundleContext context, String thread) {
        super(context, Bundle.ACTIVE | Bundle.STARTING, null);
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether the bundle carries content for this tracker; a bundle without is not tracked. Runs on the framework's thread: look at headers only. */
    protected abstract boolean hasContent(Bundle bundle);

    /** Reads the bundle's content, reports its problems and registers what it gives. Runs on the reading thread. */
    protected abstract R load(Bundle bundle);

    /** Takes back what {@link #load} registered and clears the bundle's problems. */
    protected abstract void unload(Bundle bundle, R loaded);

    @Override
    public final Loading<R> addingBundle(Bundle bundle, BundleEvent event) {
        if (!hasContent(bundle)) return null;
        Loading<R> loading = new Loading<>();
        try {
            reader.execute(() -> {
                synchronized (loading) {
                    if (loading.gone) return;
                    try {
                        loading.loaded = load(bundle);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "the content of " + bundle.getSymbolicName() + " could not be read", e);
                    }
                }
            });
        } catch (RejectedExecutionException closing) {
            return null;
        }
        return loading;
    }

    @Override
    public final void removedBundle(Bundle bundle, BundleEvent event, Loading<R> loading) {
        synchronized (loading) {
            loading.gone = true;
            if (loading.loaded != null) unload(bundle, loading.loaded);
        }
    }

    /** Stops tracking, taking back what was registered; a read still waiting is dropped. */
    @Override
    public void close() {
        reader.shutdown();
        super.close();
        try {
            if (!reader.awaitTermination(10, TimeUnit.SECONDS)) reader.shutdownNow();
        } catch (InterruptedException e) {
            reader.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every read begun so far is done: for tests. */
    public boolean awaitReads(long timeout, TimeUnit unit) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        reader.execute(done::countDown);
        return done.await(timeout, unit);
    }
}
