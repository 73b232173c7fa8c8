package io.meridian.launcher;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One running Felix framework with Meridian's configuration: persistent bundle cache under the
 * data directory, the core feature provisioned, hot deploy from {@code plugins/} and
 * configuration from {@code etc/}, HTTP on 127.0.0.1.
 */
final class Workbench {

    private static final Logger LOG = Logger.getLogger("io.meridian.launcher");

    /** The start level every core bundle is below; plugins start at {@link #PLUGIN_START_LEVEL}. */
    static final int ACTIVE_START_LEVEL = 100;
    static final int PLUGIN_START_LEVEL = 80;
    static final String SHELL_BUNDLE = "org.apache.felix.gogo.jline";
    static final String JLINE_BUNDLE = "org.jline";
    static final String HTTP_RUNTIME = "org.osgi.service.servlet.runtime.HttpServiceRuntime";
    static final String EXECUTOR_FILTER = "(&(objectClass=java.util.function.Function)(meridian.shell=executor))";

    private final Framework framework;
    private final DataDirectory data;

    private Workbench(Framework framework, DataDirectory data) {
        this.framework = framework;
        this.data = data;
    }

    /**
     * Creates and initialises the framework, provisioning the core feature into its cache,
     * without starting any bundle yet: the caller can arrange for a clean stop first.
     *
     * @param port the HTTP port, or -1 for no HTTP server (a short-lived run)
     */
    static Workbench create(Installation installation, DataDirectory data, int port, String token) throws LaunchException {
        Path coreFile = installation.features().resolve("core.json");
        Provisioner provisioner = new Provisioner(data.resolve("cache/meridian-core.stamp"), coreFile, installation.system());
        Framework framework = new Felix(properties(installation, data.root(), port, token, provisioner.movedFrom()));
        try {
            framework.init();
            if (provisioner.needed()) {
                provisioner.provision(framework.getBundleContext(), CoreFeature.read(coreFile, installation.system()));
            }
            return new Workbench(framework, data);
        } catch (BundleException e) {
            throw new LaunchException(LaunchException.FAILURE, "the OSGi framework cannot start: " + e.getMessage()
                    + ". If the bundle cache is damaged, delete " + data.resolve("cache") + " and start again", e);
        }
    }

    /** Starts every bundle and waits until each has started, or failed to. */
    void start() throws LaunchException {
        CountDownLatch started = new CountDownLatch(1);
        FrameworkListener listener = event -> {
            if (event.getType() == FrameworkEvent.STARTED) started.countDown();
        };
        try {
            framework.getBundleContext().addFrameworkListener(listener);
            framework.start();
            if (!started.await(60, TimeUnit.SECONDS)) {
                throw new LaunchException(LaunchException.FAILURE, "the framework did not finish starting within 60 s; see "
                        + data.resolve("log") + " for the bundle that hangs");
            }
            framework.getBundleContext().removeFrameworkListener(listener);
        } catch (BundleException e) {
            throw new LaunchException(LaunchException.FAILURE, "the OSGi framework cannot start: " + e.getMessage()
                    + ". If the bundle cache is damaged, delete " + data.resolve("cache") + " and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchException.FAILURE, "interrupted while starting");
        }
    }

    private static Map<String, Object> properties(Installation installation, Path data, int port, String token,
            Optional<Path> movedFrom) {
        Map<String, Object> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, data.resolve("cache").toString());
        // The cache refers to the bundles by their place in system/: if the installation moved
        // (or a new one uses this data), start from an empty cache rather than a broken one.
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, movedFrom.isPresent() ? Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT : "none");
        movedFrom.ifPresent(old -> LOG.info("the bundle cache was made for the installation at " + old
                + "; rebuilding it for " + installation.home()));
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(ACTIVE_START_LEVEL));
        p.put("felix.startlevel.bundle", Integer.toString(PLUGIN_START_LEVEL));
        // Lucene reaches sun.misc.Unsafe to unmap index files.
        p.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.misc");
        p.put("felix.log.logger", new FrameworkLog());
        p.put("felix.log.level", "2");
        // EventAdmin warns on stderr at every stop that pending events were dropped: expected then.
        p.put("org.apache.felix.eventadmin.LogLevel", "1");

        p.put("meridian.home", installation.home().toString());
        p.put("meridian.data", data.toString());
        p.put("meridian.etc", installation.etc().toString());
        p.put("meridian.plugins", installation.plugins().toString());
        p.put("meridian.features", installation.features().toString());
        p.put("meridian.system", installation.system().toString());
        p.put("meridian.log", data.resolve("log").toString());

        // etc/ feeds ConfigAdmin; a configuration in etc/ declares the plugins/ watcher.
        p.put("felix.fileinstall.dir", installation.etc().toString());
        p.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.log.level", "2");
        // etc/ is the user's: File Install reads it but never writes it. Its write-back truncates a
        // file and then writes it (a stop at that moment leaves it empty), and nothing in Meridian
        // changes a configuration through ConfigAdmin that would need saving.
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.start.level", Integer.toString(PLUGIN_START_LEVEL));

        p.put("gosh.home", installation.home().toString());
        p.put("org.apache.felix.http.host", "127.0.0.1");
        p.put("org.apache.felix.https.enable", "false");
        p.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        if (port < 0) {
            p.put("org.apache.felix.http.enable", "false");
        } else {
            p.put("org.apache.felix.http.enable", "true");
            p.put("org.osgi.service.http.port", Integer.toString(port));
            p.put("meridian.http.token", token);
        }
        return p;
    }

    /**
     * The HTTP endpoint once the server answers, or empty after {@code timeoutMillis}. Waits on
     * service events rather than polling, so the ready line follows the server at once.
     */
    Optional<String> awaitHttpEndpoint(long timeoutMillis) throws InterruptedException {
        BundleContext context = framework.getBundleContext();
        java.util.concurrent.Semaphore changed = new java.util.concurrent.Semaphore(0);
        ServiceListener listener = event -> changed.release();
        try {
            context.addServiceListener(listener, "(objectClass=" + HTTP_RUNTIME + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (true) {
                Optional<String> endpoint = endpoint(context);
                long left = deadline - System.nanoTime();
                if (endpoint.isPresent() || left <= 0) return endpoint;
                // The endpoint property may be set after registration, so look again on every event.
                if (changed.tryAcquire(Math.min(left, TimeUnit.MILLISECONDS.toNanos(250)), TimeUnit.NANOSECONDS)) {
                    changed.drainPermits();
                }
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }

    private static Optional<String> endpoint(BundleContext context) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(HTTP_RUNTIME, null);
            if (refs == null) return Optional.empty();
            for (ServiceReference<?> ref : refs) {
                Object endpoint = ref.getProperty("osgi.http.endpoint");
                String first = endpoint instanceof String[] list && list.length > 0 ? list[0]
                        : endpoint instanceof java.util.Collection<?> c && !c.isEmpty() ? String.valueOf(c.iterator().next())
                        : endpoint instanceof String text ? text : null;
                if (first != null) return Optional.of(first);
            }
            return Optional.empty();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Symbolic names of the bundles that should be active but are not. */
    java.util.List<String> inactiveBundles() {
        java.util.List<String> inactive = new java.util.ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getBundleId() == 0 || fragment || SHELL_BUNDLE.equals(bundle.getSymbolicName())) continue;
            if (bundle.getState() != Bundle.ACTIVE) inactive.add(bundle.getSymbolicName());
        }
        return inactive;
    }

    /**
     * Starts the interactive Gogo shell, for this run only. JLine finds its terminal
     * implementations through the thread's context class loader, which here would be the
     * launcher's and know none of them (leaving a terminal without line editing, history
     * keys or completion), so the shell starts with JLine's own class loader as context.
     */
    void startShell() throws LaunchException {
        Bundle shell = null;
        ClassLoader jline = null;
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (SHELL_BUNDLE.equals(bundle.getSymbolicName())) shell = bundle;
            if (JLINE_BUNDLE.equals(bundle.getSymbolicName()) && bundle.adapt(BundleWiring.class) != null) {
                jline = bundle.adapt(BundleWiring.class).getClassLoader();
            }
        }
        if (shell != null) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try {
                if (jline != null) thread.setContextClassLoader(jline);
                shell.start(Bundle.START_TRANSIENT);
                return;
            } catch (BundleException e) {
                throw new LaunchException(LaunchException.FAILURE, "the interactive shell cannot start: " + e.getMessage()
                        + ". Start with --headless and use meridian run 'COMMAND' instead", e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        throw new LaunchException(LaunchException.FAILURE, "the interactive shell bundle " + SHELL_BUNDLE
                + " is not installed. Start with --headless, or unpack the distribution again");
    }

    /** Runs one command through the shell executor service registered by the workbench bundle. */
    @SuppressWarnings("unchecked")
    Map<String, Object> execute(String command, long timeoutMillis) throws LaunchException, InterruptedException {
        BundleContext context = framework.getBundleContext();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            try {
                ServiceReference<?>[] refs = context.getAllServiceReferences(null, EXECUTOR_FILTER);
                if (refs != null) {
                    Object service = context.getService(refs[0]);
                    try {
                        return ((java.util.function.Function<String, Map<String, Object>>) service).apply(command);
                    } finally {
                        context.ungetService(refs[0]);
                    }
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new LaunchException(LaunchException.FAILURE, "the shell is not available: the io.meridian.workbench "
                        + "bundle did not start. Start the workbench and run 'diag io.meridian.workbench' for the reason");
            }
            Thread.sleep(20);
        }
    }

    /** Stops the framework and waits for every bundle to stop. */
    void stop() {
        try {
            if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException e) {
            LOG.warning("framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until the framework stops, for whatever reason. */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }
}
