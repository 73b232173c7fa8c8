package io.meridian.benchmark;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The floor: a plain Felix framework running the third-party bundles of the core feature and
 * nothing of Meridian's, with HTTP on 127.0.0.1. Whatever Meridian needs beyond this is what
 * Meridian itself costs.
 *
 * <p>It does what the launcher does to the framework, and no more: persistent cache in
 * {@code DATA/cache}, bundles installed by reference from {@code system/} with the core's start
 * levels (cold start only), start level raised to {@value #ACTIVE_START_LEVEL}, wait for
 * STARTED, then wait for the HTTP server to answer and print {@value #READY} followed by the URL.
 *
 * <p>Usage: {@code java -cp meridian-benchmark.jar:felix.jar:jackson-jr-objects.jar:jackson-core.jar
 * io.meridian.benchmark.BareFelix --home MERIDIAN_HOME --data DIR [--port N]}. SIGTERM stops it.
 */
public final class BareFelix {

    static final String READY = "Bare Felix is ready at ";
    /** As the launcher's, so both frameworks walk the same start levels. */
    static final int ACTIVE_START_LEVEL = 100;
    private static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long HTTP_TIMEOUT_MILLIS = 30_000;

    private BareFelix() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (BenchmarkException e) {
            System.err.println("bare-felix: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws BenchmarkException, InterruptedException {
        Map<String, String> options = options(args);
        Path home = Path.of(options.get("--home")).toAbsolutePath().normalize();
        Path data = Path.of(options.get("--data")).toAbsolutePath().normalize();
        int port = freePort(parsePort(options.getOrDefault("--port", "0")));

        Framework framework = new Felix(properties(data, port));
        try {
            framework.init();
            BundleContext system = framework.getBundleContext();
            if (system.getBundles().length == 1) {
                install(system, ThirdPartyBundles.of(home));
            }
            CountDownLatch started = new CountDownLatch(1);
            FrameworkListener listener = event -> {
                if (event.getType() == FrameworkEvent.STARTED) started.countDown();
            };
            system.addFrameworkListener(listener);
            framework.start();
            if (!started.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new BenchmarkException("the framework did not finish starting within " + START_TIMEOUT_SECONDS
                        + " s; the bundle that hangs is in a thread dump (jstack " + ProcessHandle.current().pid() + ")");
            }
            system.removeFrameworkListener(listener);
            requireAllActive(system);
        } catch (BundleException e) {
            throw new BenchmarkException("the framework cannot start: " + e.getMessage() + ". If the bundle cache is "
                    + "damaged, delete " + data.resolve("cache") + " and start again", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "bare-felix-shutdown"));
        awaitHttp(port);
        System.out.println(READY + "http://" + HOST + ":" + port + "/");
        System.out.flush();
        framework.waitForStop(0);
    }

    private static Map<String, String> properties(Path data, int port) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, data.resolve("cache").toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, "none");
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(ACTIVE_START_LEVEL));
        // File Install would otherwise watch ./load in whatever directory the process runs in.
        p.put("felix.fileinstall.dir", data.resolve("load").toString());
        p.put("org.apache.felix.http.host", HOST);
        p.put("org.osgi.service.http.port", Integer.toString(port));
        p.put("org.apache.felix.https.enable", "false");
        p.put("org.apache.felix.http.enable", "true");
        return p;
    }

    /**
     * Installs the bundles with their start levels and marks them for start; only on a cold
     * start (empty cache). On a warm start the cache already holds all of that, so the floor
     * reads nothing else, not even core.json: the least any launcher has to do.
     */
    private static void install(BundleContext system, List<ThirdPartyBundles.Entry> bundles) throws BenchmarkException {
        for (ThirdPartyBundles.Entry entry : bundles) {
            try {
                Bundle bundle = system.installBundle("reference:" + entry.jar().toUri());
                bundle.adapt(BundleStartLevel.class).setStartLevel(entry.startLevel());
                // Before framework start this only records the wish to start, as the launcher does.
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) bundle.start();
            } catch (BundleException e) {
                throw new BenchmarkException("bundle " + entry.jar() + " cannot be installed: " + e.getMessage()
                        + ". Rebuild the distribution with ./mvnw -B -q package -DskipTests", e);
            }
        }
    }

    /**
     * A floor with a bundle that failed to start would be too low and flatter Meridian; the
     * launcher logs such bundles, the floor refuses to report ready.
     */
    private static void requireAllActive(BundleContext system) throws BenchmarkException {
        for (Bundle bundle : system.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getBundleId() != 0 && !fragment && bundle.getState() != Bundle.ACTIVE) {
                throw new BenchmarkException("bundle " + bundle.getSymbolicName() + " is not ACTIVE after start (state "
                        + bundle.getState() + "); its error is above in this log. Fix the distribution before benchmarking");
            }
        }
    }

    /** Waits until the HTTP server gives any HTTP response (404 included). */
    private static void awaitHttp(int port) throws BenchmarkException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HTTP_TIMEOUT_MILLIS);
        while (HttpProbe.status(HOST, port, "/", 1000) < 0) {
            if (System.nanoTime() > deadline) {
                throw new BenchmarkException("the HTTP server did not answer on " + HOST + ":" + port + " within "
                        + HTTP_TIMEOUT_MILLIS / 1000 + " s; check that org.apache.felix.http.jetty12 started (see stderr)");
            }
            Thread.sleep(20);
        }
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException e) {
            System.err.println("bare-felix: the framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks the port is free on 127.0.0.1, or picks a free one for 0, as the launcher does. */
    private static int freePort(int requested) throws BenchmarkException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requested));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BenchmarkException("cannot listen on " + HOST + ":" + requested + ": " + e.getMessage()
                    + ". Use --port 0 to pick a free port");
        }
    }

    private static int parsePort(String value) throws BenchmarkException {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            throw new BenchmarkException("--port " + value + ": expected a port number from 0 to 65535 (0 picks a free one)");
        }
    }

    private static Map<String, String> options(String[] args) throws BenchmarkException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--home", "--data", "--port").contains(args[i]) || i + 1 >= args.length) {
                throw new BenchmarkException("unexpected argument '" + args[i] + "'. Usage: BareFelix --home MERIDIAN_HOME "
                        + "--data DIR [--port N]");
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--home", "--data")) {
            if (!options.containsKey(required)) {
                throw new BenchmarkException("missing " + required + ". Usage: BareFelix --home MERIDIAN_HOME --data DIR [--port N]");
            }
        }
        if (!Files.isDirectory(Path.of(options.get("--home")).resolve("system"))) {
            throw new BenchmarkException(options.get("--home") + " is not an unpacked Meridian distribution (no system/); "
                    + "build it with ./mvnw -B -q package -DskipTests and pass releng/distribution/target/meridian");
        }
        return options;
    }
}
