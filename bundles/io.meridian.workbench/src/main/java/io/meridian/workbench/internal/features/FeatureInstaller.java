package io.meridian.workbench.internal.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.api.shell.CommandException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Installs and uninstalls features. The core feature is the launcher's; this installer owns the
 * others. The user's selection lives in {@code etc/io.meridian.features.cfg}, so it survives
 * restarts and can be edited by hand (the etc/ watcher delivers the change as a configuration
 * update, and the installer applies it).
 */
@Component(service = FeatureInstaller.class, configurationPid = FeatureInstaller.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public final class FeatureInstaller {

    static final String PID = "io.meridian.features";
    static final String SELECTION_KEY = "features";
    private static final Logger LOG = Logger.getLogger("io.meridian.workbench");
    private static final String LOCATION_PREFIX = "reference:";

    private final BundleContext context;
    private final Path featuresDir;
    private final Path systemDir;
    private final Path selectionFile;
    /** Created on first use: most starts never read the feature files (see applyIfChanged). */
    private ObjectMapper json;
    private List<String> lastSelection = List.of();
    private FeatureRepository repository;
    private String repositoryStamp;

    @Activate
    public FeatureInstaller(BundleContext context) {
        this.context = context;
        this.featuresDir = Path.of(property(context, "meridian.features"));
        this.systemDir = Path.of(property(context, "meridian.system"));
        this.selectionFile = Path.of(property(context, "meridian.etc")).resolve(PID + ".cfg");
        applyIfChanged();
    }

    private static String property(BundleContext context, String key) {
        String value = context.getProperty(key);
        if (value == null) throw new IllegalStateException("framework property " + key + " is not set: start Meridian with bin/meridian");
        return value;
    }

    /** The selection file changed (through the etc/ watcher): make the framework match it. */
    @Modified
    void modified() {
        apply();
    }

    /** Every known feature, and the problems met reading the feature files. */
    public synchronized FeatureRepository repository() {
        String files = featureFilesStamp();
        if (repository == null || !files.equals(repositoryStamp)) {
            if (json == null) json = new ObjectMapper();
            repository = FeatureRepository.load(featuresDir, systemDir, json);
            repositoryStamp = files;
        }
        return repository;
    }

    /** Names, sizes and modification times of the feature files: what the repository was read from. */
    private String featureFilesStamp() {
        StringBuilder stamp = new StringBuilder();
        try (var files = Files.list(featuresDir)) {
            files.sorted().forEach(file -> stamp.append(describe(file)).append('\n'));
        } catch (IOException e) {
            stamp.append("features unreadable\n");
        }
        return stamp.toString();
    }

    /**
     * The features the user selected, in the order they were selected. If the selection file
     * cannot be read, the last selection read from it stays in force (the configuration guard
     * reports the file's problem with its line).
     */
    public synchronized List<String> selected() {
        if (!Files.exists(selectionFile)) return lastSelection = List.of();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(selectionFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("cannot read the feature selection " + selectionFile + " (" + e.getMessage()
                    + "); keeping the last one read: " + lastSelection);
            return lastSelection;
        }
        return lastSelection = Arrays.stream(properties.getProperty(SELECTION_KEY, "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Core, the selected features, and everything they require. */
    public synchronized Set<String> installed() {
        return closure(repository(), withCore(selected()), null);
    }

    public synchronized FeaturePlan install(String id, boolean dryRun) {
        FeatureRepository repository = repository();
        Feature feature = find(repository, id);
        requireCore(repository);
        if (Feature.CORE.equals(feature.id())) throw new CommandException("feature 'core' is always installed");
        List<String> selection = new ArrayList<>(selected());
        Set<String> before = closure(repository, withCore(selection), null);
        if (before.contains(feature.id()) && selection.contains(feature.id())) {
            throw new CommandException("feature '" + id + "' is already installed");
        }
        selection.add(feature.id());
        FeaturePlan plan = plan(repository, before, closure(repository, withCore(selection), null));
        if (!dryRun) {
            writeSelection(selection);
            apply();
        }
        return plan;
    }

    public synchronized FeaturePlan uninstall(String id, boolean dryRun) {
        FeatureRepository repository = repository();
        Feature feature = find(repository, id);
        if (Feature.CORE.equals(feature.id())) {
            throw new CommandException("feature 'core' is the workbench itself and cannot be uninstalled");
        }
        requireCore(repository);
        List<String> selection = new ArrayList<>(selected());
        Set<String> before = closure(repository, withCore(selection), null);
        if (!before.contains(feature.id())) throw new CommandException("feature '" + id + "' is not installed");
        selection.remove(feature.id());
        List<String> dependents = selection.stream()
                .filter(other -> closure(repository, List.of(other), null).contains(feature.id()))
                .toList();
        if (!dependents.isEmpty()) {
            throw new CommandException("feature '" + id + "' is required by installed feature"
                    + (dependents.size() > 1 ? "s " : " ") + String.join(", ", dependents)
                    + "; uninstall " + (dependents.size() > 1 ? "them" : "it") + " first");
        }
        FeaturePlan plan = plan(repository, before, closure(repository, withCore(selection), null));
        if (!dryRun) {
            writeSelection(selection);
            apply();
        }
        return plan;
    }

    private static void requireCore(FeatureRepository repository) {
        if (!repository.features().containsKey(Feature.CORE)) {
            throw new CommandException("features/core.json cannot be used, so features cannot be changed: "
                    + repository.problems().stream().map(FeatureRepository.Problem::message).findFirst().orElse("it is missing"));
        }
    }

    private static List<String> withCore(List<String> selection) {
        List<String> all = new ArrayList<>();
        all.add(Feature.CORE);
        all.addAll(selection);
        return all;
    }

    /** The feature with this id. */
    public Feature feature(String id) {
        return find(repository(), id);
    }

    private static Feature find(FeatureRepository repository, String id) {
        if (id.startsWith("-")) {
            throw new CommandException("'" + id + "' is not a feature id: options come before the id, and "
                    + "'help feature:install' (or list, info, uninstall) shows each command's options");
        }
        Feature feature = repository.features().get(id);
        if (feature != null) return feature;
        String known = String.join(", ", repository.features().keySet());
        String broken = repository.problems().stream()
                .filter(p -> p.file().getFileName().toString().equals(id + ".json"))
                .map(p -> " Its file cannot be used: " + p.message())
                .findFirst().orElse("");
        throw new CommandException("no feature '" + id + "'." + broken + (broken.isEmpty() ? " Known features: " + known : ""));
    }

    /** The features in {@code roots} and everything they require, depth first (requirements first). */
    private static Set<String> closure(FeatureRepository repository, List<String> roots, Set<String> into) {
        Set<String> result = into == null ? new LinkedHashSet<>() : into;
        for (String id : roots) {
            if (result.contains(id)) continue;
            Feature feature = repository.features().get(id);
            if (feature == null) continue;
            result.add(id);
            closure(repository, feature.requires(), result);
        }
        return result;
    }

    private FeaturePlan plan(FeatureRepository repository, Set<String> before, Set<String> after) {
        Set<String> bundlesAfter = artifacts(repository, after);
        Map<String, Bundle> installed = installedFromSystem();
        List<String> install = bundlesAfter.stream().filter(a -> !installed.containsKey(a)).toList();
        List<String> uninstall = installed.keySet().stream().filter(a -> !bundlesAfter.contains(a)).sorted().toList();
        List<String> changedFeatures = new ArrayList<>();
        after.stream().filter(f -> !before.contains(f)).forEach(changedFeatures::add);
        before.stream().filter(f -> !after.contains(f)).forEach(changedFeatures::add);
        Set<String> refresh = new TreeSet<>();
        for (String artifact : uninstall) {
            for (Bundle dependent : dependents(installed.get(artifact))) {
                String name = dependent.getSymbolicName();
                if (!uninstall.contains(artifactOf(dependent))) refresh.add(name);
            }
        }
        return new FeaturePlan(changedFeatures, install, uninstall, List.copyOf(refresh));
    }

    private static Set<String> artifacts(FeatureRepository repository, Set<String> featureIds) {
        return featureIds.stream()
                .flatMap(id -> repository.features().get(id).bundles().stream())
                .map(Feature.FeatureBundle::artifact)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Bundles wired to this one, that a refresh after its removal would restart. */
    private static List<Bundle> dependents(Bundle bundle) {
        List<Bundle> dependents = new ArrayList<>();
        BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
        if (wiring == null) return dependents;
        for (BundleWire wire : wiring.getProvidedWires(null)) {
            Bundle requirer = wire.getRequirerWiring().getBundle();
            if (requirer.getBundleId() != bundle.getBundleId()) dependents.add(requirer);
        }
        return dependents;
    }

    private Map<String, Bundle> installedFromSystem() {
        Map<String, Bundle> bySystemArtifact = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            String artifact = artifactOf(bundle);
            if (artifact != null) bySystemArtifact.put(artifact, bundle);
        }
        return bySystemArtifact;
    }

    /** The system/ artifact a bundle was installed from, or null for plugins and others. */
    public String artifactOf(Bundle bundle) {
        String prefix = LOCATION_PREFIX + systemDir.toUri();
        String location = bundle.getLocation();
        if (!location.startsWith(prefix) || !location.endsWith(".jar")) return null;
        return location.substring(prefix.length(), location.length() - ".jar".length());
    }

    /** True if a feature installs this bundle without starting it (the interactive shell). */
    public boolean startsOnDemand(Bundle bundle) {
        String artifact = artifactOf(bundle);
        return artifact != null && repository().features().values().stream()
                .flatMap(f -> f.bundles().stream())
                .anyMatch(b -> b.artifact().equals(artifact) && !b.start());
    }

    /** The installed features that own a bundle (empty for plugins and others). */
    public synchronized List<String> featuresOf(Bundle bundle) {
        String artifact = artifactOf(bundle);
        if (artifact == null) return List.of();
        FeatureRepository repository = repository();
        return closure(repository, withCore(selected()), null).stream()
                .filter(id -> repository.features().get(id).bundles().stream().anyMatch(b -> b.artifact().equals(artifact)))
                .toList();
    }

    /**
     * At start, applies the selection only if the feature files, the selection or the bundles
     * installed from system/ changed since the last time: reading the feature files costs more
     * than the rest of a warm start of this bundle.
     */
    private synchronized void applyIfChanged() {
        File stampFile = context.getDataFile("applied-features.stamp");
        String before = stamp();
        try {
            if (stampFile != null && stampFile.exists() && Files.readString(stampFile.toPath()).equals(before)) return;
        } catch (IOException e) {
            // unreadable stamp: apply, which rewrites it
        }
        apply();
    }

    /** Names, sizes and times of the feature files and the selection, and the system bundles installed. */
    private String stamp() {
        StringBuilder stamp = new StringBuilder(featureFilesStamp());
        stamp.append(describe(selectionFile)).append('\n');
        installedFromSystem().keySet().stream().sorted().forEach(artifact -> stamp.append(artifact).append('\n'));
        return stamp.toString();
    }

    private static String describe(Path file) {
        try {
            return file.getFileName() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.getFileName() + "|missing";
        }
    }

    private void writeStamp() {
        File stampFile = context.getDataFile("applied-features.stamp");
        if (stampFile == null) return;
        try {
            Path temp = stampFile.toPath().resolveSibling(stampFile.getName() + ".tmp");
            Files.writeString(temp, stamp());
            Files.move(temp, stampFile.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot record the applied features in " + stampFile + "; the next start reads them again", e);
        }
    }

    /** Makes the installed bundles match core plus the selected features. */
    public synchronized void apply() {
        FeatureRepository repository = repository();
        repository.problems().forEach(p -> LOG.severe(p.message()));
        if (!repository.features().containsKey(Feature.CORE)) {
            // Without core we cannot tell the workbench's own bundles from the rest: change nothing.
            LOG.severe("features/core.json cannot be used, so no feature was installed or removed; "
                    + "fix the file (the problem is logged above) or unpack the distribution again");
            return;
        }
        List<String> selection = selected();
        List<String> unknown = selection.stream().filter(id -> !repository.features().containsKey(id)).toList();
        for (String id : unknown) {
            LOG.severe(selectionFile + " selects feature '" + id + "', which does not exist or cannot be read (known: "
                    + String.join(", ", repository.features().keySet()) + "); fix its file or remove it from the selection."
                    + " Until then no bundle is uninstalled");
        }
        Set<String> wanted = closure(repository, withCore(selection), null);
        Map<String, Bundle> installed = installedFromSystem();
        List<Bundle> removed = new ArrayList<>();
        Set<String> wantedArtifacts = artifacts(repository, wanted);
        for (Map.Entry<String, Bundle> entry : installed.entrySet()) {
            // A selected feature that cannot be read may own any of them: keep everything.
            if (unknown.isEmpty() && !wantedArtifacts.contains(entry.getKey())) {
                try {
                    entry.getValue().uninstall();
                    removed.add(entry.getValue());
                } catch (BundleException | IllegalStateException e) {
                    LOG.log(Level.SEVERE, "cannot uninstall bundle " + entry.getKey() + ": " + e.getMessage(), e);
                }
            }
        }
        List<Bundle> added = new ArrayList<>();
        for (String id : wanted) {
            if (Feature.CORE.equals(id)) continue;
            for (Feature.FeatureBundle wantedBundle : repository.features().get(id).bundles()) {
                if (installed.containsKey(wantedBundle.artifact())) continue;
                Path jar = systemDir.resolve(wantedBundle.artifact() + ".jar");
                try {
                    Bundle bundle = context.installBundle(LOCATION_PREFIX + jar.toUri());
                    bundle.adapt(BundleStartLevel.class).setStartLevel(wantedBundle.startLevel());
                    installed.put(wantedBundle.artifact(), bundle);
                    if (wantedBundle.start()) added.add(bundle);
                } catch (BundleException e) {
                    LOG.log(Level.SEVERE, "feature " + id + ": cannot install " + jar + ": " + e.getMessage(), e);
                }
            }
        }
        if (!removed.isEmpty()) refresh(removed);
        for (Bundle bundle : added) {
            try {
                if (bundle.getHeaders().get("Fragment-Host") == null) bundle.start();
            } catch (BundleException e) {
                // Left installed, so that diag can explain it; the feature's other bundles still start.
                LOG.log(Level.SEVERE, "bundle " + bundle.getSymbolicName() + " cannot start: " + e.getMessage()
                        + "; run 'diag " + bundle.getSymbolicName() + "' to see why", e);
            }
        }
        writeStamp();
    }

    private void refresh(List<Bundle> removed) {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(removed, event -> done.countDown());
        try {
            if (!done.await(30, TimeUnit.SECONDS)) LOG.warning("refreshing bundles after an uninstall took over 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeSelection(List<String> selection) {
        String content = "# The optional features to install besides core, comma-separated. Maintained by\n"
                + "# feature:install / feature:uninstall; edit it by hand and the change is applied live.\n"
                + SELECTION_KEY + " = " + String.join(", ", selection) + "\n";
        try {
            Files.createDirectories(selectionFile.getParent());
            Path temp = selectionFile.resolveSibling(selectionFile.getFileName() + ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, selectionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandException("cannot save the feature selection to " + selectionFile + ": " + e.getMessage()
                    + ". Check the permissions of the etc/ folder", e);
        }
    }
}
