package io.meridian.itest.bundles;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of a test plugin that fails to start, as a broken third-party bundle would. */
public final class FailingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("region database missing: cannot open regions.db");
    }

    @Override
    public void stop(BundleContext context) {
    }
}
