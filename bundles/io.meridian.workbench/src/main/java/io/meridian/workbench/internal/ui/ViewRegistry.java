package io.meridian.workbench.internal.ui;

import io.meridian.api.workbench.WorkbenchCommand;
import io.meridian.api.workbench.WorkbenchView;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Every {@link WorkbenchView} and {@link WorkbenchCommand} registered by any bundle, as the
 * frame shows them. A contribution is read once, when it is registered, and checked: one that
 * names a module off this workbench, an element the browser would refuse, an id another bundle
 * already uses, or that throws, is left out and explained, so a broken plugin cannot break the
 * window. The revision goes up at every change, so the frame learns of an install or an
 * uninstall by asking whether it moved.
 */
@Component(service = ViewRegistry.class)
public final class ViewRegistry {

    private static final Logger LOG = Logger.getLogger("io.meridian.workbench");

    /** Keyed by service id, so the order of arrival decides who keeps a contested id. */
    private final Map<Long, Contribution> contributions = new ConcurrentSkipListMap<>();
    private final AtomicLong revision = new AtomicLong(1);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(WorkbenchView view, ServiceReference<WorkbenchView> reference) {
        add(reference, "view", () -> Contributions.view(view));
    }

    void removeView(ServiceReference<WorkbenchView> reference) {
        remove(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(WorkbenchCommand command, ServiceReference<WorkbenchCommand> reference) {
        add(reference, "command", () -> Contributions.command(command));
    }

    void removeCommand(ServiceReference<WorkbenchCommand> reference) {
        remove(reference);
    }

    /** The change counter: it moves whenever a view or command comes or goes. */
    public long revision() {
        return revision.get();
    }

    /** What the frame needs: the views by order, the commands, and what was left out and why. */
    public Map<String, Object> snapshot() {
        List<Map<String, Object>> views = new ArrayList<>();
        List<Map<String, Object>> commands = new ArrayList<>();
        List<Map<String, Object>> problems = new ArrayList<>();
        Map<String, Contribution> byId = new LinkedHashMap<>();
        for (Contribution c : contributions.values()) {
            if (c.problem() != null) {
                problems.add(problem(c, c.problem()));
                continue;
            }
            String key = c.kind() + ":" + c.fields().get("id");
            Contribution first = byId.putIfAbsent(key, c);
            if (first != null) {
                problems.add(problem(c, "the " + c.kind() + " id '" + c.fields().get("id") + "' is already contributed by "
                        + first.bundleName() + "; give this one another id"));
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<>(c.fields());
            json.put("bundle", c.bundle());
            (c.kind().equals("view") ? views : commands).add(json);
        }
        views.sort(Comparator.comparingInt((Map<String, Object> v) -> (Integer) v.get("order"))
                .thenComparing(v -> (String) v.get("title")));
        commands.sort(Comparator.comparing((Map<String, Object> v) -> (String) v.get("category"))
                .thenComparing(v -> (String) v.get("title")));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("revision", revision());
        json.put("views", views);
        json.put("commands", commands);
        json.put("problems", problems);
        return json;
    }

    private void add(ServiceReference<?> reference, String kind, Reader read) {
        Bundle bundle = reference.getBundle();
        Map<String, Object> owner = new LinkedHashMap<>();
        String name = bundle == null ? "an uninstalled bundle" : bundle.getSymbolicName();
        owner.put("id", bundle == null ? -1 : bundle.getBundleId());
        owner.put("symbolicName", name);
        owner.put("version", bundle == null ? "" : bundle.getVersion().toString());
        Contribution contribution;
        try {
            Contributions.Checked checked = read.read();
            contribution = new Contribution(checked.kind(), checked.fields(), checked.problem(), owner, name);
        } catch (RuntimeException | LinkageError e) {
            // The plugin's own code threw: leave it out and say so, never let it reach the frame.
            contribution = new Contribution(kind, Map.of(), "its workbench " + kind + " failed when read: " + e, owner, name);
        }
        String problem = contribution.problem();
        if (problem != null) LOG.warning(() -> "Workbench: left out a contribution of " + name + ": " + problem);
        contributions.put((Long) reference.getProperty("service.id"), contribution);
        revision.incrementAndGet();
    }

    private void remove(ServiceReference<?> reference) {
        if (contributions.remove((Long) reference.getProperty("service.id")) != null) revision.incrementAndGet();
    }

    private static Map<String, Object> problem(Contribution c, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bundle", c.bundle());
        json.put("id", c.fields().get("id"));
        json.put("message", message);
        return json;
    }

    @FunctionalInterface
    private interface Reader {
        Contributions.Checked read();
    }

    private record Contribution(String kind, Map<String, Object> fields, String problem, Map<String, Object> bundle,
                                String bundleName) {
    }
}
