package io.meridian.itest.bundles;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of a well-behaved test plugin. */
public final class GreetingActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        context.registerService(Runnable.class, () -> { }, null);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
