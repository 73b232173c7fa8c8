package io.meridian.workbench.internal.plugins;

import io.meridian.api.rest.ApiException;
import io.meridian.workbench.internal.diag.Diagnostician;
import io.meridian.workbench.internal.diag.HeaderClauses;
import io.meridian.workbench.internal.features.FeatureInstaller;
import io.meridian.workbench.internal.ui.ViewRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What installing, updating, stopping or removing a plugin would do, worked out before it is
 * done: the packages a new jar needs and who offers them, the plugin it would replace, the
 * services and views it brings; for an installed bundle, the bundles wired to it, the
 * services others use from it, and the views and commands that would vanish.
 */
@Component(service = PluginImpact.class)
public final class PluginImpact {

    private static final Pattern OBJECT_CLASS = Pattern.compile("objectClass(?::List<String>)?=\"?([^\";]+)\"?");

    private final BundleContext context;
    private final FeatureInstaller features;
    private final Diagnostician diagnostician;
    private final ViewRegistry views;

    @Activate
    public PluginImpact(BundleContext context, @Reference FeatureInstaller features, @Reference Diagnostician diagnostician,
            @Reference ViewRegistry views) {
        this.context = context;
        this.features = features;
        this.diagnostician = diagnostician;
        this.views = views;
    }

    /** What installing this jar would do; nothing is written. */
    public Map<String, Object> previewInstall(byte[] jar, String fileName) {
        Attributes main = Plugins.bundleManifest(jar, fileName);
        String bsn = main.getValue(Constants.BUNDLE_SYMBOLICNAME).split(";", 2)[0].trim();
        String version = main.getValue(Constants.BUNDLE_VERSION) == null ? "0.0.0" : main.getValue(Constants.BUNDLE_VERSION).trim();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("symbolicName", bsn);
        json.put("version", version);
        json.put("name", main.getValue(Constants.BUNDLE_NAME));
        json.put("replaces", replaced(bsn));
        List<Map<String, Object>> imports = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String header = main.getValue(Constants.IMPORT_PACKAGE);
        if (header != null) {
            for (String clause : HeaderClauses.split(header)) {
                Map<String, Object> entry = packageImport(clause);
                if (entry == null) continue;
                imports.add(entry);
                if (entry.get("providedBy") == null && !Boolean.TRUE.equals(entry.get("optional"))) {
                    missing.add(entry.get("package") + " " + entry.get("range") + ". "
                            + diagnostician.whoProvides((String) entry.get("package"), Constants.EXPORT_PACKAGE));
                }
            }
        }
        json.put("imports", imports);
        json.put("missing", missing);
        json.put("resolves", missing.isEmpty());
        json.put("services", offeredServices(main.getValue(Constants.PROVIDE_CAPABILITY)));
        json.put("content", main.getValue("Meridian-Content") != null);
        json.put("components", main.getValue("Service-Component") == null ? 0
                : HeaderClauses.split(main.getValue("Service-Component")).size());
        return json;
    }

    /** What stopping or removing an installed bundle would take with it. */
    public Map<String, Object> previewRemove(Bundle bundle) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", bundle.getBundleId());
        json.put("symbolicName", bundle.getSymbolicName());
        json.put("version", bundle.getVersion().toString());
        json.put("features", features.featuresOf(bundle));
        TreeSet<String> dependents = new TreeSet<>();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getProvidedWires(null)) {
                Bundle requirer = wire.getRequirerWiring().getBundle();
                if (requirer.getBundleId() != bundle.getBundleId()) dependents.add(requirer.getSymbolicName());
            }
        }
        json.put("dependents", List.copyOf(dependents));
        List<Map<String, Object>> services = new ArrayList<>();
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        if (registered != null) {
            for (ServiceReference<?> reference : registered) {
                TreeSet<String> users = new TreeSet<>();
                Bundle[] using = reference.getUsingBundles();
                if (using != null) for (Bundle b : using) if (b.getBundleId() != bundle.getBundleId()) users.add(b.getSymbolicName());
                Map<String, Object> service = new LinkedHashMap<>();
                service.put("interfaces", List.of((String[]) reference.getProperty(Constants.OBJECTCLASS)));
                service.put("usedBy", List.copyOf(users));
                services.add(service);
            }
        }
        json.put("services", services);
        List<String> contributions = new ArrayList<>();
        Map<String, Object> snapshot = views.snapshot();
        for (String kind : List.of("views", "commands")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) snapshot.get(kind);
            for (Map<String, Object> item : list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> owner = (Map<String, Object>) item.get("bundle");
                if (((Number) owner.get("id")).longValue() == bundle.getBundleId()) {
                    contributions.add((kind.equals("views") ? ("CONTACT_PANEL".equals(item.get("placement")) ? "contact panel " : "view ")
                            : "command ") + item.get("title"));
                }
            }
        }
        json.put("workbench", contributions);
        return json;
    }

    private Map<String, Object> replaced(String bsn) {
        for (Bundle bundle : context.getBundles()) {
            if (bsn.equals(bundle.getSymbolicName())) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", bundle.getBundleId());
                json.put("version", bundle.getVersion().toString());
                json.put("features", features.featuresOf(bundle));
                return json;
            }
        }
        return null;
    }

    /** One Import-Package clause with the installed bundle that would wire it, or null for the JRE's own. */
    private Map<String, Object> packageImport(String clause) {
        String[] parts = clause.split(";");
        String name = parts[0].trim();
        if (name.startsWith("java.")) return null;
        String range = "0.0.0";
        boolean optional = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("version=")) range = p.substring("version=".length()).replace("\"", "").trim();
            if (p.replace(" ", "").equals("resolution:=optional")) optional = true;
        }
        VersionRange wanted;
        try {
            wanted = new VersionRange(range);
        } catch (IllegalArgumentException e) {
            wanted = new VersionRange(VersionRange.LEFT_CLOSED, Version.emptyVersion, null, VersionRange.RIGHT_OPEN);
        }
        String provider = null;
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (revision == null) continue;
            for (BundleCapability capability : revision.getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
                Object version = capability.getAttributes().get("version");
                if (name.equals(capability.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))
                        && wanted.includes(version instanceof Version v ? v : Version.emptyVersion)) {
                    provider = bundle.getSymbolicName() + " " + version;
                    break;
                }
            }
            if (provider != null) break;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("package", name);
        json.put("range", range);
        json.put("optional", optional);
        json.put("providedBy", provider);
        return json;
    }

    private static List<String> offeredServices(String provideCapability) {
        TreeSet<String> services = new TreeSet<>();
        if (provideCapability == null) return List.of();
        for (String clause : HeaderClauses.split(provideCapability)) {
            if (!clause.trim().startsWith("osgi.service")) continue;
            Matcher m = OBJECT_CLASS.matcher(clause);
            if (m.find()) for (String s : m.group(1).split(",")) services.add(s.trim());
        }
        return List.copyOf(services);
    }
}
