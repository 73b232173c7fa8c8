package io.meridian.workbench.internal.prefs;

import io.meridian.api.rest.ApiException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configurable bundles as forms: each Metatype description with its current values, and
 * saving a form. A save is checked against the description (types, bounds, options) first;
 * then its file in etc/ is edited, so it survives a restart and a person can read it, and the
 * configuration is updated through ConfigAdmin at once, so the bundle sees it before the file
 * watcher's next look (which then finds nothing new).
 */
@Component(service = Preferences.class)
public final class Preferences {

    /** The property File Install uses to tie a configuration to its file. */
    static final String FILE_PROPERTY = "felix.fileinstall.filename";
    /**
     * Settings not offered here: the HTTP server's (a form could move the window off the loopback
     * address, or to a port nothing listens on), which stay in etc/ for someone who means it.
     */
    private static final List<String> NOT_OFFERED = List.of("org.apache.felix.http");
    private static final String[] TYPES = {"", "string", "long", "integer", "short", "character", "byte", "double", "float",
            "biginteger", "bigdecimal", "boolean", "password"};

    private final BundleContext context;
    private final MetaTypeService metaType;
    private final ConfigurationAdmin configAdmin;
    private final Path etc;

    @Activate
    public Preferences(BundleContext context, @Reference MetaTypeService metaType, @Reference ConfigurationAdmin configAdmin) {
        this.context = context;
        this.metaType = metaType;
        this.configAdmin = configAdmin;
        this.etc = Path.of(context.getProperty("meridian.etc")).toAbsolutePath().normalize();
    }

    /** Every configurable bundle's form, by name. */
    public List<Map<String, Object>> list() {
        Map<String, Map<String, Object>> forms = new TreeMap<>();
        for (Described d : described()) forms.put(d.ocd().getName() + "\u0000" + d.pid(), form(d));
        return new ArrayList<>(forms.values());
    }

    public Map<String, Object> get(String pid) {
        return form(find(pid));
    }

    /**
     * Saves values for a configuration: every attribute of the form may be sent; one left out
     * keeps its value, an empty one goes back to its default, a password sent as null stays.
     */
    public synchronized Map<String, Object> save(String pid, Map<String, Object> values) {
        Described d = find(pid);
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        for (AttributeDefinition ad : d.ocd().getAttributeDefinitions(ObjectClassDefinition.ALL)) attributes.put(ad.getID(), ad);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            AttributeDefinition ad = attributes.get(e.getKey());
            if (ad == null) {
                problems.put(e.getKey(), "\"" + d.ocd().getName() + "\" has no setting called " + e.getKey()
                        + "; it has " + String.join(", ", attributes.keySet()));
                continue;
            }
            if (e.getValue() == null && ad.getType() == AttributeDefinition.PASSWORD) continue;
            if (e.getValue() instanceof Map || e.getValue() instanceof List) {
                problems.put(e.getKey(), "send one value as text, a number or true/false");
                continue;
            }
            String text = e.getValue() == null ? "" : String.valueOf(e.getValue()).trim();
            if (text.isEmpty()) {
                changes.put(ad.getID(), null);
                continue;
            }
            String invalid = ad.validate(text);
            if (invalid != null && !invalid.isEmpty()) {
                problems.put(ad.getID(), "\"" + text + "\" is not accepted: " + invalid);
            } else {
                changes.put(ad.getID(), text);
            }
        }
        if (Profile.PID.equals(pid)) {
            Map<String, String> proposed = new LinkedHashMap<>();
            changes.forEach((k, v) -> proposed.put(k, v == null ? "" : v));
            problems.putAll(Profile.problems(proposed));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid_fields", problems.size() + (problems.size() == 1 ? " setting is" : " settings are")
                    + " not valid (see \"fields\"); nothing was saved", problems);
        }
        try {
            Configuration configuration = configAdmin.getConfiguration(pid, "?");
            Path file = fileOf(configuration, pid);
            CfgFile.apply(file, changes);
            Hashtable<String, Object> properties = new Hashtable<>(values(configuration));
            changes.forEach((k, v) -> {
                if (v == null) properties.remove(k); else properties.put(k, v);
            });
            properties.put(FILE_PROPERTY, file.toUri().toString());
            configuration.update(properties);
        } catch (IOException e) {
            throw new ApiException(500, "io_error", "the settings could not be written to etc/: " + e.getMessage()
                    + "; nothing was changed. Check that the folder is writable");
        }
        return get(pid);
    }

    /** The etc/ file a configuration lives in: the one it came from, or PID.cfg. */
    private Path fileOf(Configuration configuration, String pid) {
        Dictionary<String, Object> properties = configuration.getProperties();
        Object from = properties == null ? null : properties.get(FILE_PROPERTY);
        if (from != null) {
            try {
                Path path = Path.of(URI.create(from.toString())).toAbsolutePath().normalize();
                if (path.getParent() != null && path.getParent().equals(etc) && path.toString().endsWith(".cfg")) return path;
            } catch (IllegalArgumentException e) {
                // not a file URI: write PID.cfg
            }
        }
        return etc.resolve(pid + ".cfg");
    }

    private Map<String, Object> form(Described d) {
        Configuration stored = stored(d.pid());
        Map<String, Object> current = values(stored);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pid", d.pid());
        json.put("name", d.ocd().getName());
        json.put("description", d.ocd().getDescription());
        json.put("bundle", d.bundle().getSymbolicName());
        json.put("file", "etc/" + (stored == null ? etc.resolve(d.pid() + ".cfg") : fileOf(stored, d.pid())).getFileName());
        List<Map<String, Object>> attributes = new ArrayList<>();
        AttributeDefinition[] required = d.ocd().getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        List<String> requiredIds = new ArrayList<>();
        if (required != null) for (AttributeDefinition ad : required) requiredIds.add(ad.getID());
        for (AttributeDefinition ad : d.ocd().getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", ad.getID());
            a.put("name", ad.getName());
            a.put("description", ad.getDescription());
            a.put("type", ad.getType() > 0 && ad.getType() < TYPES.length ? TYPES[ad.getType()] : "string");
            a.put("cardinality", ad.getCardinality());
            a.put("required", requiredIds.contains(ad.getID()));
            String[] defaults = ad.getDefaultValue();
            a.put("default", defaults == null || defaults.length == 0 ? null : ad.getType() == AttributeDefinition.PASSWORD ? null
                    : String.join(",", defaults));
            List<Map<String, String>> options = new ArrayList<>();
            if (ad.getOptionValues() != null) {
                for (int i = 0; i < ad.getOptionValues().length; i++) {
                    options.add(Map.of("value", ad.getOptionValues()[i], "label", ad.getOptionLabels() == null
                            ? ad.getOptionValues()[i] : ad.getOptionLabels()[i]));
                }
            }
            a.put("options", options);
            Object value = current.get(ad.getID());
            if (ad.getType() == AttributeDefinition.PASSWORD) {
                a.put("value", null);
                a.put("set", value != null && !String.valueOf(value).isEmpty());
            } else {
                a.put("value", value == null ? null : value.getClass().isArray() ? arrayText(value) : String.valueOf(value));
            }
            attributes.add(a);
        }
        json.put("attributes", attributes);
        return json;
    }

    /** The configuration of that PID as ConfigAdmin holds it, or null when there is none yet. */
    private Configuration stored(String pid) {
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + org.osgi.framework.Constants.SERVICE_PID + "=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0];
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new ApiException(500, "config_unreadable", "the configuration " + pid + " could not be read from ConfigAdmin: "
                    + e.getMessage() + "; its file is etc/" + pid + ".cfg");
        }
    }

    private static Map<String, Object> values(Configuration stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        Dictionary<String, Object> properties = stored == null ? null : stored.getProperties();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                values.put(key, properties.get(key));
            }
        }
        return values;
    }

    private static String arrayText(Object array) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) parts.add(String.valueOf(java.lang.reflect.Array.get(array, i)));
        return String.join(",", parts);
    }

    private Described find(String pid) {
        for (Described d : described()) if (d.pid().equals(pid)) return d;
        throw new ApiException(404, "not_found", "no configurable bundle has the configuration " + pid
                + "; GET /api/v1/preferences lists them");
    }

    private List<Described> described() {
        List<Described> all = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() != Bundle.ACTIVE) continue;
            MetaTypeInformation info;
            try {
                info = metaType.getMetaTypeInformation(bundle);
            } catch (IllegalArgumentException | IllegalStateException e) {
                continue; // a fragment, or a bundle going away while we look
            }
            if (info == null) continue;
            for (String pid : info.getPids()) {
                if (NOT_OFFERED.stream().anyMatch(pid::startsWith)) continue;
                try {
                    ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
                    if (ocd != null) all.add(new Described(pid, ocd, bundle));
                } catch (IllegalArgumentException e) {
                    // a description that does not parse: the bundle's problem, shown by diag; leave it out here
                }
            }
        }
        return all;
    }

    private record Described(String pid, ObjectClassDefinition ocd, Bundle bundle) {
    }
}
