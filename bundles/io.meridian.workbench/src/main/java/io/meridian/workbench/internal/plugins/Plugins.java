package io.meridian.workbench.internal.plugins;

import io.meridian.api.rest.ApiException;
import io.meridian.workbench.internal.diag.BundleErrors;
import io.meridian.workbench.internal.diag.Diagnosis;
import io.meridian.workbench.internal.diag.Diagnostician;
import io.meridian.workbench.internal.features.FeatureInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/**
 * The bundles of the running workbench, as the plugin manager shows and changes them. Plugins
 * live as jars in {@code plugins/}, which the hot-deploy watcher mirrors into the framework;
 * an upload is written there, and removing a plugin deletes its jar.
 */
@Component(service = Plugins.class)
public final class Plugins {

    private final BundleContext context;
    private final FeatureInstaller features;
    private final Diagnostician diagnostician;
    private final BundleErrors errors;
    private final Path pluginsDir;

    @Activate
    public Plugins(BundleContext context, @Reference FeatureInstaller features, @Reference Diagnostician diagnostician,
            @Reference BundleErrors errors) {
        this.context = context;
        this.features = features;
        this.diagnostician = diagnostician;
        this.errors = errors;
        this.pluginsDir = Path.of(context.getProperty("meridian.plugins"));
    }

    /** Every bundle, with its state, origin and, when something is wrong, the explanation. */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) all.add(describe(bundle));
        return all;
    }

    public Map<String, Object> describe(Bundle bundle) {
        Diagnosis diagnosis = diagnostician.diagnose(bundle);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", bundle.getBundleId());
        json.put("symbolicName", bundle.getSymbolicName());
        json.put("version", bundle.getVersion().toString());
        json.put("name", bundle.getHeaders().get("Bundle-Name"));
        json.put("state", Diagnostician.stateName(bundle.getState()));
        json.put("origin", origin(bundle));
        json.put("features", features.featuresOf(bundle));
        json.put("healthy", diagnosis.healthy() || bundle.getBundleId() == 0);
        json.put("problems", diagnosis.problems());
        return json;
    }

    private String origin(Bundle bundle) {
        if (bundle.getBundleId() == 0) return "framework";
        if (features.artifactOf(bundle) != null) return "feature";
        if (pluginFile(bundle) != null) return "plugin";
        return "other";
    }

    /** The jar in plugins/ a bundle was hot-deployed from, or null. */
    private Path pluginFile(Bundle bundle) {
        String location = bundle.getLocation();
        if (!location.startsWith("file:")) return null;
        try {
            // FileInstall writes file:/a%20b/…, Path.toUri() file:///a%20b/…: compare paths, not strings.
            Path file = Path.of(java.net.URI.create(location)).toAbsolutePath().normalize();
            return pluginsDir.toAbsolutePath().normalize().equals(file.getParent()) ? file : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Bundle bundle(long id) {
        Bundle bundle = context.getBundle(id);
        if (bundle == null) throw new ApiException(404, "not_found", "no bundle with id " + id + "; GET /api/v1/plugins lists them");
        return bundle;
    }

    public Map<String, Object> start(long id) {
        Bundle bundle = bundle(id);
        try {
            bundle.start();
        } catch (BundleException e) {
            errors.record(id, e);
            throw new ApiException(409, "start_failed", "bundle " + id + " (" + bundle.getSymbolicName() + ") cannot start: "
                    + String.join(" ", diagnostician.diagnose(bundle).problems()));
        }
        return describe(bundle);
    }

    public Map<String, Object> stop(long id) {
        Bundle bundle = guardFramework(bundle(id));
        if (features.featuresOf(bundle).contains("core")) {
            throw new ApiException(409, "core_bundle", "bundle " + bundle.getSymbolicName() + " is part of the workbench itself "
                    + "(feature core); stopping it would take the workbench down. Use 'stop " + id + "' in the shell if you mean it");
        }
        try {
            bundle.stop();
        } catch (BundleException e) {
            throw new ApiException(409, "stop_failed", "bundle " + id + " cannot stop: " + e.getMessage());
        }
        return describe(bundle);
    }

    /** Uninstalls a plugin (deleting its jar from plugins/) or a bundle installed by hand. */
    public void uninstall(long id) {
        Bundle bundle = guardFramework(bundle(id));
        List<String> owners = features.featuresOf(bundle);
        if (!owners.isEmpty()) {
            throw new ApiException(409, "part_of_feature", "bundle " + bundle.getSymbolicName() + " belongs to feature "
                    + String.join(", ", owners) + (owners.contains("core") ? ", which cannot be uninstalled"
                    : "; uninstall the feature instead (DELETE /api/v1/features/" + owners.get(0) + ")"));
        }
        Path jar = pluginFile(bundle);
        try {
            if (jar != null) Files.deleteIfExists(jar);
            bundle.uninstall();
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
        } catch (IOException e) {
            throw new ApiException(500, "io_error", "cannot delete " + jar + ": " + e.getMessage());
        } catch (BundleException e) {
            throw new ApiException(409, "uninstall_failed", "bundle " + id + " cannot be uninstalled: " + e.getMessage());
        } catch (IllegalStateException e) {
            // already uninstalled by the hot-deploy watcher after the jar was deleted
        }
    }

    /**
     * Stores an uploaded bundle in plugins/, where the hot-deploy watcher installs and starts
     * it. The jar is checked first and written atomically, so the watcher never sees half a file.
     */
    public Map<String, Object> upload(byte[] jar, String fileName) {
        java.util.jar.Attributes main = bundleManifest(jar, fileName);
        String bsn = main.getValue("Bundle-SymbolicName").split(";", 2)[0].trim();
        String version = main.getValue("Bundle-Version");
        // A plugin of the same name already in plugins/ is replaced, so that it updates in place
        // instead of a second jar installing beside it (or being refused as a duplicate).
        Path target = existingPluginFile(bsn).orElse(pluginsDir.resolve(
                (bsn + (version == null ? "" : "-" + version.trim())).replaceAll("[^A-Za-z0-9._-]", "_") + ".jar"));
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(pluginsDir);
            Path temp = pluginsDir.resolve("." + name + ".part");
            Files.write(temp, jar);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ApiException(500, "io_error", "cannot write " + target + ": " + e.getMessage());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", target.toString());
        json.put("symbolicName", bsn);
        json.put("version", version);
        return json;
    }

    /**
     * The main manifest attributes of an uploaded jar, refused with a 400 naming the file when it
     * is not a jar or not a bundle (no Bundle-SymbolicName).
     */
    static java.util.jar.Attributes bundleManifest(byte[] jar, String fileName) {
        String named = "the file" + (fileName == null ? "" : " " + fileName);
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            manifest = in.getManifest();
        } catch (IOException e) {
            throw new ApiException(400, "not_a_jar", named + " is not a jar file: " + e.getMessage()
                    + ". Send the bundle's .jar, as built (target/*.jar)");
        }
        if (manifest == null || manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
            throw new ApiException(400, "not_a_bundle", named + " is not an OSGi bundle: its manifest has no "
                    + "Bundle-SymbolicName. Build it with bnd-maven-plugin");
        }
        return manifest.getMainAttributes();
    }

    private java.util.Optional<Path> existingPluginFile(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            Path file = pluginFile(bundle);
            if (file != null && symbolicName.equals(bundle.getSymbolicName())) return java.util.Optional.of(file);
        }
        return java.util.Optional.empty();
    }

    private static Bundle guardFramework(Bundle bundle) {
        if (bundle.getBundleId() == 0) {
            throw new ApiException(409, "framework", "bundle 0 is the framework itself; stop the workbench with 'shutdown'");
        }
        return bundle;
    }
}
