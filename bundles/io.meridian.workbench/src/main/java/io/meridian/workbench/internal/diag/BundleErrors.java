package io.meridian.workbench.internal.diag;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last error the framework reported for each bundle (an activator that threw, a
 * bundle that could not resolve at its start level), so that {@code diag} and the health API
 * can explain a failure after the fact. Forgotten when the bundle starts or is uninstalled.
 */
@Component(service = BundleErrors.class, immediate = true)
public final class BundleErrors implements FrameworkListener, SynchronousBundleListener {

    private final BundleContext context;
    private final Map<Long, Throwable> lastError = new ConcurrentHashMap<>();

    @Activate
    public BundleErrors(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        context.removeBundleListener(this);
    }

    /** Records a failure seen elsewhere (a start attempted by the plugin or feature manager). */
    public void record(long bundleId, Throwable error) {
        lastError.put(bundleId, error);
    }

    public Optional<Throwable> lastError(long bundleId) {
        return Optional.ofNullable(lastError.get(bundleId));
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null && event.getThrowable() != null) {
            lastError.put(event.getBundle().getBundleId(), event.getThrowable());
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.UNINSTALLED
                || event.getType() == BundleEvent.UPDATED) {
            lastError.remove(event.getBundle().getBundleId());
        }
    }
}
