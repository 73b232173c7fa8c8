package io.meridian.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code bin/meridian}: starts the workbench, or runs one shell command. */
public final class Main {

    private static final Logger LOG = Logger.getLogger("io.meridian.launcher");

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        int exit;
        try {
            exit = run(args, out, err);
        } catch (LaunchException e) {
            err.println("meridian: " + e.getMessage());
            exit = e.exitCode();
        }
        System.exit(exit);
    }

    /** Returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) throws LaunchException {
        Installation installation = Installation.locate();
        LaunchOptions options = LaunchOptions.parse(Arrays.asList(args), installation.defaultData());
        return switch (options.action()) {
            case HELP -> {
                out.print(LaunchOptions.USAGE);
                yield 0;
            }
            case VERSION -> {
                out.println("Meridian " + Optional.ofNullable(Main.class.getPackage().getImplementationVersion()).orElse("(development)"));
                yield 0;
            }
            case RUN -> ShellCommandRunner.run(installation, options, out, err);
            case START -> start(installation, options, out, err);
        };
    }

    private static int start(Installation installation, LaunchOptions options, PrintStream out, PrintStream err)
            throws LaunchException {
        DataDirectory data = DataDirectory.open(options.dataDir());
        preloadJson();
        int port = freePort(options.port());
        LogFiles.configure(data.resolve("log"), err);
        String token = newToken();
        Workbench workbench = Workbench.create(installation, data, port, token);
        // Registered before any bundle starts, so that Ctrl-C or SIGTERM during start-up stops cleanly too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.stop();
            WorkbenchFile.delete(data.root());
            data.close();
        }, "meridian-shutdown"));
        try {
            workbench.start();
            String endpoint = workbench.awaitHttpEndpoint(30_000).orElseThrow(() -> new LaunchException(LaunchException.FAILURE,
                    "the HTTP server did not start on 127.0.0.1:" + port + " within 30 s; see "
                            + data.resolve("log") + " for the reason, or try another --port"));
            String url = endpoint.endsWith("/") ? endpoint : endpoint + "/";
            new WorkbenchFile(url, port, token, ProcessHandle.current().pid()).write(data.root());
            for (String bundle : workbench.inactiveBundles()) {
                LOG.severe("bundle " + bundle + " did not start; run 'diag " + bundle + "' to see why");
            }
            out.println("Meridian is ready at " + url + "?token=" + token);
            out.flush();
            if (options.demo()) loadDemo(workbench, out, err);
            if (!options.headless()) workbench.startShell();
            workbench.awaitStop();
            return 0;
        } catch (IOException e) {
            workbench.stop();
            throw new LaunchException(LaunchException.FAILURE, "cannot write " + data.resolve(WorkbenchFile.NAME) + ": "
                    + e.getMessage() + ". Check the permissions of the data directory", e);
        } catch (LaunchException e) {
            LOG.log(Level.SEVERE, e.getMessage(), e);
            workbench.stop();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Runs {@code contacts:demo}; a failure is reported and the workbench goes on without the demo. */
    private static void loadDemo(Workbench workbench, PrintStream out, PrintStream err) throws LaunchException, InterruptedException {
        Map<String, Object> result = workbench.execute("contacts:demo", 120_000);
        if (result.get("output") instanceof String text && !text.isBlank()) out.println(text.strip());
        if (result.get("error") instanceof String text && !text.isBlank()) {
            err.println("--demo: " + text.strip() + " (is the contacts feature installed? 'feature:install contacts')");
        }
        out.flush();
    }

    /**
     * Loads the JSON writer of workbench.json on the second core while the framework starts on
     * the first, instead of after it, when the user is waiting for the ready line.
     */
    private static void preloadJson() {
        Thread preload = new Thread(() -> {
            try {
                com.fasterxml.jackson.jr.ob.JSON.std.asString(Map.of("url", "", "port", 0));
            } catch (IOException e) {
                // only a warm-up; the real write reports its own errors
            }
        }, "meridian-json-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /**
     * Checks the port is free on 127.0.0.1, or picks a free one for port 0. Checked before the
     * framework starts so that a busy port fails at once with a clear message.
     */
    static int freePort(int requested) throws LaunchException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requested));
            return socket.getLocalPort();
        } catch (BindException e) {
            throw new LaunchException(LaunchException.FAILURE, "port " + requested + " on 127.0.0.1 is already in use"
                    + " (is another Meridian running?). Start with --port N for another port, or --port 0 to pick a free one");
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILURE, "cannot listen on 127.0.0.1:" + requested + ": " + e.getMessage());
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
