package io.meridian.libphonenumber.probe;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.Callable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Offers the {@link GermanNumbersProbe} to the test that installed this bundle.
 *
 * <p>The service is registered as a {@link Callable}, a JDK type both sides of the framework
 * boundary share, so the test can run the probe without seeing a single libphonenumber class.
 */
public final class ProbeActivator implements BundleActivator {

    /** Service property that tells the probe apart from any other {@link Callable}. */
    public static final String PROBE_PROPERTY = "meridian.probe";

    /** Value of {@link #PROBE_PROPERTY} for this probe. */
    public static final String PROBE_NAME = "libphonenumber-metadata";

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(PROBE_PROPERTY, PROBE_NAME);
        context.registerService(Callable.class.getName(), new GermanNumbersProbe(), properties);
    }

    @Override
    public void stop(BundleContext context) {
        // The framework unregisters the service when the bundle stops.
    }
}
