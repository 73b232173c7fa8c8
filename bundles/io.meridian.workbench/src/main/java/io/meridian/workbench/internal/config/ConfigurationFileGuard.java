package io.meridian.workbench.internal.config;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Stands in front of the configuration watcher for {@code etc/*.cfg}: each file is checked
 * before it reaches ConfigAdmin. A file that parses is handed to the watcher's own installer
 * (Felix FileInstall's, found as a service); one that does not is reported once, with its
 * line and a fix, and kept out of ConfigAdmin, so the component it configures keeps its last
 * good configuration until the file is fixed.
 *
 * <p>It ranks above FileInstall's installer, so FileInstall offers it every {@code .cfg} of
 * etc/ first, and keeps offering it the changes of the files it took.
 */
@Component(service = {ArtifactInstaller.class, ConfigurationFileGuard.class}, property = Constants.SERVICE_RANKING + ":Integer=100")
public final class ConfigurationFileGuard implements ArtifactInstaller {

    private static final Logger LOG = Logger.getLogger("io.meridian.workbench");
    private static final String FILE_INSTALL = "org.apache.felix.fileinstall";

    private final Path etcDir;
    private final Map<String, String> reasons = new ConcurrentHashMap<>();
    private final ServiceTracker<ArtifactInstaller, ArtifactInstaller> installers;

    @Activate
    public ConfigurationFileGuard(BundleContext context) {
        this.etcDir = Path.of(context.getProperty("meridian.etc")).toAbsolutePath().normalize();
        this.installers = new ServiceTracker<>(context, ArtifactInstaller.class, null) {
            @Override
            public ArtifactInstaller addingService(ServiceReference<ArtifactInstaller> reference) {
                // Only FileInstall's own installers: getting any other (this one among them) would
                // activate it, and this one is being activated right now.
                return FILE_INSTALL.equals(reference.getBundle().getSymbolicName()) ? super.addingService(reference) : null;
            }
        };
        this.installers.open();
    }

    @Deactivate
    void deactivate() {
        installers.close();
    }

    /** Why each rejected file in etc/ is not loaded, by file name. */
    public Map<String, String> reasons() {
        return new TreeMap<>(reasons);
    }

    @Override
    public boolean canHandle(File artifact) {
        Path file = artifact.toPath().toAbsolutePath().normalize();
        return etcDir.equals(file.getParent()) && file.getFileName().toString().endsWith(".cfg");
    }

    @Override
    public void install(File artifact) throws Exception {
        if (checked(artifact)) configInstaller().install(artifact);
    }

    @Override
    public void update(File artifact) throws Exception {
        if (checked(artifact)) configInstaller().update(artifact);
    }

    @Override
    public void uninstall(File artifact) throws Exception {
        reasons.remove(artifact.getName());
        configInstaller().uninstall(artifact);
    }

    /** True if the file may go on to ConfigAdmin; otherwise reports why not. */
    private boolean checked(File artifact) {
        Optional<String> problem = problem(artifact.toPath());
        if (problem.isEmpty()) {
            reasons.remove(artifact.getName());
            return true;
        }
        if (!problem.get().equals(reasons.put(artifact.getName(), problem.get()))) LOG.severe(problem.get());
        return false;
    }

    /** FileInstall's own configuration installer, which this one guards. */
    private ArtifactInstaller configInstaller() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            ArtifactInstaller installer = installers.getService();
            if (installer != null) return installer;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the configuration watcher (" + FILE_INSTALL + ") is not running: "
                        + "run 'diag " + FILE_INSTALL + "'");
            }
            Thread.sleep(50);
        }
    }

    /** What is wrong with a .cfg file, naming the line and the fix; empty if it parses. */
    static Optional<String> problem(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return Optional.of("etc/" + file.getFileName() + " is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            return Optional.of("etc/" + file.getFileName() + " cannot be read: " + e.getMessage());
        }
        StringBuilder logical = new StringBuilder();
        int firstLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (logical.isEmpty()) firstLine = i + 1;
            logical.append(line).append('\n');
            if (endsWithContinuation(line)) continue;
            try {
                new Properties().load(new StringReader(logical.toString()));
            } catch (IllegalArgumentException | IOException e) {
                return Optional.of("etc/" + file.getFileName() + " line " + firstLine + ": " + e.getMessage()
                        + " A backslash starts an escape such as \\n or \\u00e9: write \\\\ for a backslash, "
                        + "or give the character itself (the file is read as UTF-8). Until it is fixed, the previous "
                        + "configuration stays in use");
            }
            logical.setLength(0);
        }
        return Optional.empty();
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
