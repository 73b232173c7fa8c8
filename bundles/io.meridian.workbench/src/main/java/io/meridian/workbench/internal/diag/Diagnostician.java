package io.meridian.workbench.internal.diag;

import io.meridian.api.shell.CommandException;
import io.meridian.api.workbench.ProblemReport;
import io.meridian.workbench.internal.features.Feature;
import io.meridian.workbench.internal.features.FeatureInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains why a bundle or one of its components is not active, root cause first, naming
 * the missing package or service and the feature that would provide it.
 */
@Component(service = Diagnostician.class)
public final class Diagnostician {

    private static final Pattern FILTER_ATTRIBUTE = Pattern.compile("\\(([\\w.]+)(>=|<=|=)([^)]*)\\)");
    private static final int MAX_DEPTH = 3;

    private final BundleContext context;
    private final FeatureInstaller features;
    private final BundleErrors errors;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ServiceComponentRuntime scr;

    @Activate
    public Diagnostician(BundleContext context, @Reference FeatureInstaller features, @Reference BundleErrors errors) {
        this.context = context;
        this.features = features;
        this.errors = errors;
    }

    /** The bundle with this id, symbolic name, or a location ending with this file name. */
    public Bundle find(String nameOrId) {
        String wanted = nameOrId.trim();
        if (wanted.matches("\\d+")) {
            Bundle bundle = context.getBundle(Long.parseLong(wanted));
            if (bundle != null) return bundle;
        }
        for (Bundle bundle : context.getBundles()) {
            if (wanted.equals(bundle.getSymbolicName())) return bundle;
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().endsWith("/" + wanted) || bundle.getLocation().endsWith("/" + wanted + ".jar")) return bundle;
        }
        throw new CommandException("no bundle '" + nameOrId + "': give a bundle id or symbolic name ('lb' lists them"
                + (wanted.startsWith("-") ? "; 'help diag' shows the usage)" : ")"));
    }

    /** Explains a bundle as it is, changing nothing; for health and the plugin list. */
    public Diagnosis diagnose(Bundle bundle) {
        return diagnose(bundle, false);
    }

    /**
     * Explains a bundle.
     *
     * @param tryResolve first ask the framework to resolve a bundle it has not tried yet (it
     *        resolves lazily), as {@code diag} does; health and listings leave it as it is
     */
    public Diagnosis diagnose(Bundle bundle, boolean tryResolve) {
        try {
            return explain(bundle, tryResolve);
        } catch (RuntimeException e) {
            // The bundle was uninstalled while we looked at it (hot undeploy): the framework then answers
            // with IllegalStateException, or with null adapters (a NullPointerException here). Report
            // that, not a failure; anything else with the bundle still there is a fault of ours.
            if (!(e instanceof IllegalStateException) && bundle.getState() != Bundle.UNINSTALLED) throw e;
            return new Diagnosis(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()), bundle.getVersion().toString(),
                    "UNINSTALLED", true, List.of());
        }
    }

    private Diagnosis explain(Bundle bundle, boolean tryResolve) {
        List<String> problems = new ArrayList<>();
        String state = stateName(bundle.getState());
        BundleRevision own = bundle.adapt(BundleRevision.class);
        if (own == null) throw new IllegalStateException("uninstalled");
        boolean fragment = (own.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        // The interactive shell is installed everywhere but started only in a terminal.
        boolean onDemand = features.startsOnDemand(bundle);
        if (tryResolve && bundle.getState() == Bundle.INSTALLED && !fragment) {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
            state = stateName(bundle.getState());
        }
        if (bundle.getState() == Bundle.INSTALLED && (tryResolve || !onDemand)) {
            state = "INSTALLED (not resolved)";
            unresolvedReasons(bundle, problems, 0);
            if (problems.isEmpty() && !tryResolve) {
                problems.add("it has not been resolved yet; 'diag " + bundle.getBundleId() + "' tries, and explains a failure");
            } else if (problems.isEmpty()) {
                problems.add("every requirement has a provider, yet the resolver could not wire it together: usually two "
                        + "versions of one package that its imports see at once (a uses-constraint conflict). Compare "
                        + "the exporters with 'lb' and 'inspect cap osgi.wiring.package'");
            }
        } else if (bundle.getState() == Bundle.RESOLVED && !fragment && !onDemand) {
            notStartedReasons(bundle, problems);
        } else if (bundle.getState() == Bundle.ACTIVE) {
            problems.addAll(reportedProblems(bundle));
            componentReasons(bundle, problems);
        }
        boolean waitingForDemand = onDemand && (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0;
        boolean healthy = problems.isEmpty() && (bundle.getState() == Bundle.ACTIVE || waitingForDemand)
                || fragment && bundle.getState() == Bundle.RESOLVED;
        return new Diagnosis(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()), bundle.getVersion().toString(),
                state, healthy, problems);
    }

    private void unresolvedReasons(Bundle bundle, List<String> problems, int depth) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) return;
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            Map<String, String> directives = requirement.getDirectives();
            if (Namespace.RESOLUTION_OPTIONAL.equals(directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) continue;
            String effective = directives.getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE, Namespace.EFFECTIVE_RESOLVE);
            if (!Namespace.EFFECTIVE_RESOLVE.equals(effective)) continue;
            Collection<BundleCapability> providers = wiring.findProviders(requirement);
            if (providers.isEmpty()) {
                problems.add(indent(depth) + describeMissing(requirement));
            } else if (depth < MAX_DEPTH && providers.stream().allMatch(c -> c.getRevision().getBundle().getState() == Bundle.INSTALLED)) {
                Bundle provider = providers.iterator().next().getRevision().getBundle();
                problems.add(indent(depth) + "it needs " + describe(requirement) + ", offered by bundle " + provider.getBundleId()
                        + " " + provider.getSymbolicName() + ", which is not resolved either:");
                unresolvedReasons(provider, problems, depth + 1);
            }
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }

    private String describeMissing(BundleRequirement requirement) {
        String namespace = requirement.getNamespace();
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        String name = attribute(filter, namespace);
        StringBuilder text = new StringBuilder("it needs ").append(describe(requirement)).append(", and no installed bundle ");
        switch (namespace) {
            case "osgi.wiring.package" -> {
                text.append("exports it");
                String other = otherVersions(name);
                if (!other.isEmpty()) text.append(" (").append(other).append(')');
                text.append(". ").append(whoProvides(name, "Export-Package"));
            }
            case "osgi.wiring.bundle" -> text.append("has that symbolic name. ").append(whoProvides(name, "Bundle-SymbolicName"));
            case "osgi.ee" -> text.append("can satisfy it: Meridian runs on Java ")
                    .append(Runtime.version().feature()).append("; rebuild the bundle for that Java version");
            default -> text.append("provides it. ").append(whoProvides(name, "Provide-Capability"));
        }
        return text.toString();
    }

    private static String describe(BundleRequirement requirement) {
        String namespace = requirement.getNamespace();
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        String name = attribute(filter, namespace);
        String range = versionRange(filter);
        return switch (namespace) {
            case "osgi.wiring.package" -> "package " + name + range;
            case "osgi.wiring.bundle" -> "bundle " + name + range;
            case "osgi.ee" -> "execution environment " + filter;
            case "osgi.wiring.host" -> "host bundle " + name;
            default -> "capability " + namespace + " " + filter;
        };
    }

    static String attribute(String filter, String key) {
        Matcher m = FILTER_ATTRIBUTE.matcher(filter);
        while (m.find()) {
            if (m.group(1).equals(key) && "=".equals(m.group(2))) return m.group(3);
        }
        return filter;
    }

    static String versionRange(String filter) {
        String low = null;
        String high = null;
        boolean lowInclusive = true;
        boolean highInclusive = false;
        Matcher m = Pattern.compile("(\\(!)?\\((version|bundle-version)(>=|<=)([^)]*)\\)").matcher(filter);
        while (m.find()) {
            boolean negated = m.group(1) != null;
            boolean atLeast = ">=".equals(m.group(3));
            if (!negated && atLeast) low = m.group(4);
            else if (negated && atLeast) { high = m.group(4); highInclusive = false; }
            else if (!negated) { high = m.group(4); highInclusive = true; }
            else { low = m.group(4); lowInclusive = false; }
        }
        if (low == null && high == null) return "";
        if (high == null) return " version " + low + " or later";
        return " version " + (lowInclusive ? "[" : "(") + (low == null ? "0" : low) + "," + high + (highInclusive ? "]" : ")");
    }

    /** Installed exporters of the same package at versions outside the range. */
    private String otherVersions(String packageName) {
        List<String> found = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null) continue;
            for (BundleCapability capability : revision.getDeclaredCapabilities("osgi.wiring.package")) {
                if (packageName.equals(capability.getAttributes().get("osgi.wiring.package"))) {
                    found.add(bundle.getSymbolicName() + " exports version " + capability.getAttributes().get("version"));
                }
            }
        }
        return String.join("; ", found);
    }

    /** The features whose bundles declare the name in the given manifest header. */
    public String whoProvides(String name, String header) {
        List<String> providers = new ArrayList<>();
        Map<String, Feature> known = features.repository().features();
        Path system = Path.of(context.getProperty("meridian.system"));
        for (Feature feature : known.values()) {
            for (Feature.FeatureBundle bundle : feature.bundles()) {
                if (declares(system.resolve(bundle.artifact() + ".jar"), header, name)) {
                    providers.add(feature.id() + " (bundle " + bundle.artifact() + ")");
                }
            }
        }
        if (providers.isEmpty()) {
            return "No Meridian feature provides it: drop a bundle that does into plugins/, or remove the requirement from this bundle";
        }
        List<String> installed = List.copyOf(features.installed());
        String first = providers.get(0).substring(0, providers.get(0).indexOf(' '));
        return "Feature " + String.join(", ", providers) + " provides it"
                + (installed.contains(first) ? " but is installed; check that bundle with 'diag'" : ": run 'feature:install " + first + "'");
    }

    private static boolean declares(Path jar, String header, String name) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(header);
            if (value == null) return false;
            for (String clause : HeaderClauses.split(value)) {
                String head = clause.split(";", 2)[0].trim();
                if (head.equals(name) || clause.contains("=" + name + ";") || clause.contains("=\"" + name + "\"")
                        || clause.contains("\"" + name + "\"") || clause.endsWith("=" + name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private void notStartedReasons(Bundle bundle, List<String> problems) {
        errors.lastError(bundle.getBundleId()).ifPresent(error -> problems.add("it failed to start: " + rootCause(error)));
        int level = bundle.adapt(BundleStartLevel.class).getStartLevel();
        int active = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        if (level > active) {
            problems.add("its start level " + level + " is above the framework's " + active + "; lower it with 'bundlelevel -s "
                    + active + " " + bundle.getBundleId() + "'");
        } else if (!bundle.adapt(BundleStartLevel.class).isPersistentlyStarted()) {
            problems.add("it is stopped; start it with 'start " + bundle.getBundleId() + "'");
        }
    }

    /** The deepest cause, with the place it was thrown. */
    static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String where = root.getStackTrace().length == 0 ? "" : " at " + root.getStackTrace()[0];
        return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + where;
    }

    private void componentReasons(Bundle bundle, List<String> problems) {
        ServiceComponentRuntime runtime = scr;
        if (runtime == null) return;
        Collection<ComponentDescriptionDTO> descriptions = runtime.getComponentDescriptionDTOs(bundle);
        // A component waiting for a service of a sibling component is a consequence, not a cause.
        Set<String> ownServices = new TreeSet<>();
        descriptions.forEach(d -> ownServices.addAll(List.of(d.serviceInterfaces)));
        Set<String> waitingOnOwn = new TreeSet<>();
        Set<String> awaitedOwn = new TreeSet<>();
        for (ComponentDescriptionDTO description : descriptions) {
            Collection<ComponentConfigurationDTO> configurations = runtime.getComponentConfigurationDTOs(description);
            String component = "component " + description.name;
            if (!runtime.isComponentEnabled(description)) {
                problems.add(component + " is disabled; enable it with 'scr:enable " + description.name + "'");
                continue;
            }
            if (configurations.isEmpty() && "require".equals(description.configurationPolicy)) {
                String pid = description.configurationPid.length > 0 ? description.configurationPid[0] : description.name;
                problems.add(component + " waits for its configuration: create etc/" + pid + ".cfg");
                continue;
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                switch (configuration.state) {
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                        for (UnsatisfiedReferenceDTO missing : configuration.unsatisfiedReferences) {
                            String service = serviceOf(description, missing.name);
                            if (ownServices.contains(service)) {
                                waitingOnOwn.add(simpleName(description.name));
                                awaitedOwn.add(simpleName(service));
                                continue;
                            }
                            problems.add(component + " needs a " + service + " service (reference '" + missing.name + "'"
                                    + (missing.target == null ? "" : ", target " + missing.target)
                                    + ") and none is registered. " + whoProvides(service, "Provide-Capability")
                                    + providersReport(service));
                        }
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION ->
                            problems.add(component + " waits for its configuration: create etc/" + description.configurationPid[0] + ".cfg");
                    case ComponentConfigurationDTO.FAILED_ACTIVATION ->
                            problems.add(component + " failed to activate: " + firstLine(configuration.failure));
                    default -> {
                    }
                }
            }
        }
        if (!waitingOnOwn.isEmpty()) {
            problems.add(waitingOnOwn.size() + " more of its components (" + String.join(", ", waitingOnOwn)
                    + ") wait for its own " + String.join(", ", awaitedOwn) + " and start once the causes above are fixed");
        }
    }

    /** What the bundle itself says is wrong, through a {@link ProblemReport} it registered. */
    private List<String> reportedProblems(Bundle bundle) {
        List<String> reported = new ArrayList<>();
        try {
            for (ServiceReference<ProblemReport> ref : context.getServiceReferences(ProblemReport.class, null)) {
                if (!bundle.equals(ref.getBundle())) continue;
                ProblemReport report = context.getService(ref);
                if (report == null) continue;
                try {
                    reported.addAll(report.problems());
                } catch (RuntimeException e) {
                    reported.add("its problem report failed: " + rootCause(e));
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return reported;
    }

    /** What the installed bundles declaring a service say is wrong with them, as a sentence to append. */
    private String providersReport(String service) {
        StringBuilder text = new StringBuilder();
        for (Bundle provider : context.getBundles()) {
            BundleRevision revision = provider.adapt(BundleRevision.class);
            if (revision == null) continue;
            boolean declares = revision.getDeclaredCapabilities("osgi.service").stream()
                    .map(c -> c.getAttributes().get("objectClass"))
                    .anyMatch(names -> names instanceof List<?> list ? list.contains(service) : service.equals(names));
            if (!declares) continue;
            if (provider.getState() != Bundle.ACTIVE) {
                text.append("; ").append(provider.getSymbolicName()).append(" is ").append(stateName(provider.getState()))
                        .append(": run 'diag ").append(provider.getSymbolicName()).append('\'');
            }
            for (String problem : reportedProblems(provider)) {
                text.append("; ").append(provider.getSymbolicName()).append(" reports: ").append(problem);
            }
        }
        return text.toString();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String serviceOf(ComponentDescriptionDTO description, String referenceName) {
        for (ReferenceDTO reference : description.references) {
            if (reference.name.equals(referenceName)) return reference.interfaceName;
        }
        return referenceName;
    }

    private static String firstLine(String text) {
        if (text == null) return "no reason recorded";
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }

    public static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}
