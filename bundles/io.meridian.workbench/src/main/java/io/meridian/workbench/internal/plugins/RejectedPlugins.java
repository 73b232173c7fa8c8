package io.meridian.workbench.internal.plugins;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.logging.Logger;

/**
 * Claims the files in {@code plugins/} that the hot-deploy watcher cannot install as bundles
 * (a jar without OSGi headers, a damaged file), so that each is reported once, clearly, and
 * shown by the health API, instead of being ignored in silence.
 */
@Component(service = {ArtifactInstaller.class, RejectedPlugins.class})
public final class RejectedPlugins implements ArtifactInstaller {

    private static final Logger LOG = Logger.getLogger("io.meridian.workbench");

    private final Path pluginsDir;
    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    @Activate
    public RejectedPlugins(BundleContext context) {
        this.pluginsDir = Path.of(context.getProperty("meridian.plugins")).toAbsolutePath().normalize();
    }

    /** Why each rejected file in plugins/ is not installed, by file name. */
    public Map<String, String> reasons() {
        return new TreeMap<>(reasons);
    }

    /**
     * Claims an existing jar in plugins/ that is not a bundle. A file that is gone is never
     * claimed: FileInstall asks for a handler of a deleted file when the bundle it installed
     * from that file was installed in an earlier run, and the bundle must then be uninstalled
     * by FileInstall itself, not passed here (where it would only clear a rejection).
     */
    @Override
    public boolean canHandle(File artifact) {
        Path file = artifact.toPath().toAbsolutePath().normalize();
        return pluginsDir.equals(file.getParent()) && file.getFileName().toString().endsWith(".jar")
                && Files.exists(file) && reason(artifact) != null;
    }

    @Override
    public void install(File artifact) {
        String reason = reason(artifact);
        if (reason == null) return;
        reasons.put(artifact.getName(), reason);
        LOG.severe("plugins/" + artifact.getName() + " is not installed: " + reason);
    }

    @Override
    public void update(File artifact) {
        install(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        reasons.remove(artifact.getName());
    }

    /** Why the file cannot be a bundle, or null if it can. */
    static String reason(File artifact) {
        try (JarFile jar = new JarFile(artifact)) {
            var manifest = jar.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "it is a jar but not an OSGi bundle (its manifest has no Bundle-SymbolicName). Build it with "
                        + "bnd-maven-plugin so it gets OSGi headers, or remove it from plugins/";
            }
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            if (version != null) {
                try {
                    org.osgi.framework.Version.parseVersion(version.trim());
                } catch (IllegalArgumentException e) {
                    return "its Bundle-Version '" + version + "' is not an OSGi version (major.minor.micro.qualifier, "
                            + "e.g. 1.2.0). Fix the manifest, or remove it from plugins/";
                }
            }
            return null;
        } catch (IOException e) {
            return "it is not a readable jar file (" + e.getMessage() + "). Copy it again, or remove it from plugins/";
        }
    }
}
