package io.meridian.support.content;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content is read off the framework's thread, registered when read, and never left behind by a bundle that went. */
class ContentBundleTrackerTest {

    /** A framework holding the given bundles, all active; the tracker's listener is kept to send it events. */
    private static final class Framework {
        final List<BundleListener> listeners = new CopyOnWriteArrayList<>();
        final Bundle[] bundles;
        final BundleContext context;

        Framework(Bundle... bundles) {
            this.bundles = bundles;
            this.context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{BundleContext.class}, (p, m, a) -> switch (m.getName()) {
                case "addBundleListener" -> {
                    listeners.add((BundleListener) a[0]);
                    yield null;
                }
                case "removeBundleListener" -> {
                    listeners.remove((BundleListener) a[0]);
                    yield null;
                }
                case "getBundles" -> this.bundles;
                default -> throw new UnsupportedOperationException(m.getName());
            });
        }

        void stop(Bundle bundle) {
            for (BundleListener l : listeners) l.bundleChanged(new BundleEvent(BundleEvent.STOPPED, bundle));
        }
    }

    private static Bundle bundle(String name, int[] state) {
        return (Bundle) Proxy.newProxyInstance(ContentBundleTrackerTest.class.getClassLoader(), new Class<?>[]{Bundle.class}, (p, m, a) -> switch (m.getName()) {
            case "getState" -> state[0];
            case "getSymbolicName" -> name;
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == a[0];
            case "toString" -> name;
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    /** Records what it loaded and unloaded; a read waits for {@code release}. */
    private static final class Recording extends ContentBundleTracker<String> {
        final List<String> loaded = new CopyOnWriteArrayList<>();
        final List<String> unloaded = new CopyOnWriteArrayList<>();
        final CountDownLatch reading = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Recording(BundleContext context) {
            super(context, "test-content");
        }

        @Override
        protected boolean hasContent(Bundle bundle) {
            return bundle.getSymbolicName().startsWith("region.");
        }

        @Override
        protected String load(Bundle bundle) {
            reading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loaded.add(bundle.getSymbolicName());
            return bundle.getSymbolicName() + " services";
        }

        @Override
        protected void unload(Bundle bundle, String what) {
            unloaded.add(what);
        }
    }

    @Test
    void openingDoesNotWaitForTheReadAndWhatItGaveIsTakenBackWhenTheBundleGoes() throws Exception {
        int[] state = {Bundle.ACTIVE};
        Bundle pack = bundle("region.europe", state);
        Framework framework = new Framework(pack, bundle("other.bundle", new int[]{Bundle.ACTIVE}));
        Recording tracker = new Recording(framework.context);
        tracker.open(); // returns although the read is blocked: the framework's thread is not held up
        assertTrue(tracker.reading.await(10, TimeUnit.SECONDS), "the read runs on the tracker's own thread");
        assertEquals(List.of(), tracker.loaded);
        tracker.release.countDown();
        assertTrue(tracker.awaitReads(10, TimeUnit.SECONDS));
        assertEquals(List.of("region.europe"), tracker.loaded, "only bundles with content are read");

        state[0] = Bundle.RESOLVED;
        framework.stop(pack);
        assertEquals(List.of("region.europe services"), tracker.unloaded);
        tracker.close();
    }

    @Test
    void aBundleThatGoesBeforeItsReadRunsIsNeverLoaded() throws Exception {
        int[] first = {Bundle.ACTIVE};
        int[] second = {Bundle.ACTIVE};
        Bundle slow = bundle("region.slow", first);
        Bundle gone = bundle("region.gone", second);
        Framework framework = new Framework(slow, gone);
        Recording tracker = new Recording(framework.context);
        tracker.open();
        assertTrue(tracker.reading.await(10, TimeUnit.SECONDS)); // the first read holds the thread; the second waits behind it
        second[0] = Bundle.RESOLVED;
        framework.stop(gone);
        tracker.release.countDown();
        assertTrue(tracker.awaitReads(10, TimeUnit.SECONDS));
        assertEquals(List.of("region.slow"), tracker.loaded, "reads run in the order the bundles were found");
        assertEquals(List.of(), tracker.unloaded, "nothing was registered for the bundle that went, so nothing is taken back");

        tracker.close();
        assertEquals(List.of("region.slow services"), tracker.unloaded, "closing takes back what was registered");
    }
}
