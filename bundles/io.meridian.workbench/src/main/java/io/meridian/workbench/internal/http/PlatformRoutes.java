package io.meridian.workbench.internal.http;

import io.meridian.api.rest.ApiException;
import io.meridian.workbench.internal.config.ConfigurationFileGuard;
import io.meridian.workbench.internal.features.Feature;
import io.meridian.workbench.internal.features.FeatureInstaller;
import io.meridian.workbench.internal.features.FeaturePlan;
import io.meridian.workbench.internal.features.FeatureRepository;
import io.meridian.workbench.internal.plugins.PluginImpact;
import io.meridian.workbench.internal.plugins.Plugins;
import io.meridian.workbench.internal.plugins.RejectedPlugins;
import io.meridian.workbench.internal.shell.ShellExecutor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's REST routes: {@code /api/v1/health}, {@code /api/v1/plugins},
 * {@code /api/v1/features} and {@code /api/v1/shell}. Authentication, size limits and error
 * bodies are the shared {@link ApiFilter}'s job.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/health",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/plugins",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/plugins/*",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/features",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/features/*",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/shell"})
public final class PlatformRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient BundleContext context;
    private final transient Plugins plugins;
    private final transient FeatureInstaller features;
    private final transient ShellExecutor shell;
    private final transient RejectedPlugins rejected;
    private final transient ConfigurationFileGuard configurationGuard;
    private final transient PluginImpact impact;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    transient volatile ServiceComponentRuntime scr;

    @Activate
    public PlatformRoutes(BundleContext context, @Reference Plugins plugins, @Reference FeatureInstaller features,
            @Reference ShellExecutor shell, @Reference RejectedPlugins rejected,
            @Reference ConfigurationFileGuard configurationGuard, @Reference PluginImpact impact) {
        this.impact = impact;
        this.rejected = rejected;
        this.configurationGuard = configurationGuard;
        this.context = context;
        this.plugins = plugins;
        this.features = features;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        switch (path.get(0)) {
            case "health" -> Json.write(response, 200, health());
            case "plugins" -> {
                if (path.size() == 1) Json.write(response, 200, plugins.list());
                else if (path.size() == 2) Json.write(response, 200, plugins.describe(plugins.bundle(id(path.get(1)))));
                else if (path.size() == 3 && "impact".equals(path.get(2))) {
                    Json.write(response, 200, impact.previewRemove(plugins.bundle(id(path.get(1)))));
                } else throw notFound(request);
            }
            case "features" -> {
                if (path.size() == 1) Json.write(response, 200, featureList());
                else if (path.size() == 2) Json.write(response, 200, featureJson(features.feature(path.get(1)), features.installed()));
                else throw notFound(request);
            }
            default -> throw notFound(request);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        switch (path.get(0)) {
            case "shell" -> {
                Object command = Json.readObject(request).get("command");
                if (!(command instanceof String text) || text.isBlank()) {
                    throw new ApiException(400, "bad_request", "send {\"command\": \"…\"} with the shell command to run");
                }
                Json.write(response, 200, shell.apply(text));
            }
            case "plugins" -> {
                if (path.size() == 1) {
                    byte[] jar = request.getInputStream().readAllBytes();
                    if (jar.length == 0) {
                        throw new ApiException(400, "bad_request", "send the bundle jar as the request body "
                                + "(Content-Type: application/java-archive)");
                    }
                    if (dryRun(request)) Json.write(response, 200, impact.previewInstall(jar, request.getHeader("X-File-Name")));
                    else Json.write(response, 202, plugins.upload(jar, request.getHeader("X-File-Name")));
                } else if (path.size() == 3 && "start".equals(path.get(2))) {
                    Json.write(response, 200, plugins.start(id(path.get(1))));
                } else if (path.size() == 3 && "stop".equals(path.get(2))) {
                    Json.write(response, 200, plugins.stop(id(path.get(1))));
                } else {
                    throw notFound(request);
                }
            }
            case "features" -> {
                if (path.size() != 2) throw notFound(request);
                FeaturePlan plan = features.install(path.get(1), dryRun(request));
                Json.write(response, 200, planJson(plan, dryRun(request)));
            }
            default -> throw notFound(request);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() == 2 && "plugins".equals(path.get(0))) {
            plugins.uninstall(id(path.get(1)));
            response.setStatus(204);
        } else if (path.size() == 2 && "features".equals(path.get(0))) {
            FeaturePlan plan = features.uninstall(path.get(1), dryRun(request));
            Json.write(response, 200, planJson(plan, dryRun(request)));
        } else {
            throw notFound(request);
        }
    }

    private Map<String, Object> health() {
        List<Map<String, Object>> bundles = plugins.list();
        List<Map<String, Object>> unsatisfied = new ArrayList<>();
        ServiceComponentRuntime runtime = scr;
        if (runtime != null) {
            for (Bundle bundle : context.getBundles()) {
                for (ComponentDescriptionDTO description : componentsOf(runtime, bundle)) {
                    for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                        if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                                || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                                || configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                            Map<String, Object> c = new LinkedHashMap<>();
                            c.put("component", description.name);
                            c.put("bundle", bundle.getSymbolicName());
                            c.put("state", configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION ? "FAILED_ACTIVATION"
                                    : configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                                    ? "UNSATISFIED_CONFIGURATION" : "UNSATISFIED_REFERENCE");
                            List<String> missing = new ArrayList<>();
                            for (var ref : configuration.unsatisfiedReferences) missing.add(ref.name);
                            c.put("unsatisfiedReferences", missing);
                            unsatisfied.add(c);
                        }
                    }
                }
            }
        }
        Map<String, String> rejectedPlugins = rejected.reasons();
        Map<String, String> rejectedConfiguration = configurationGuard.reasons();
        boolean allHealthy = bundles.stream().allMatch(b -> Boolean.TRUE.equals(b.get("healthy"))) && unsatisfied.isEmpty()
                && rejectedPlugins.isEmpty() && rejectedConfiguration.isEmpty();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", allHealthy ? "ok" : "degraded");
        json.put("bundles", bundles);
        json.put("unsatisfiedComponents", unsatisfied);
        json.put("rejectedPlugins", rejectedPlugins);
        json.put("rejectedConfiguration", rejectedConfiguration);
        json.put("featureProblems", features.repository().problems().stream().map(FeatureRepository.Problem::message).toList());
        return json;
    }

    /** A bundle's components; none if it was uninstalled while health looked at it (hot undeploy). */
    private static Collection<ComponentDescriptionDTO> componentsOf(ServiceComponentRuntime runtime, Bundle bundle) {
        try {
            return runtime.getComponentDescriptionDTOs(bundle);
        } catch (IllegalStateException e) {
            if (bundle.getState() != Bundle.UNINSTALLED) throw e;
            return List.of();
        }
    }

    private List<Map<String, Object>> featureList() {
        Set<String> installed = features.installed();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Feature feature : features.repository().features().values()) list.add(featureJson(feature, installed));
        return list;
    }

    private static Map<String, Object> featureJson(Feature feature, Set<String> installed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", feature.id());
        json.put("description", feature.description());
        json.put("installed", installed.contains(feature.id()));
        json.put("requires", feature.requires());
        json.put("bundles", feature.bundles().stream().map(Feature.FeatureBundle::artifact).toList());
        return json;
    }

    private static Map<String, Object> planJson(FeaturePlan plan, boolean dryRun) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dryRun", dryRun);
        json.put("features", plan.features());
        json.put("install", plan.install());
        json.put("uninstall", plan.uninstall());
        json.put("refresh", plan.refresh());
        return json;
    }

    private static boolean dryRun(HttpServletRequest request) {
        String value = request.getParameter("dryRun");
        return value != null && !"false".equalsIgnoreCase(value);
    }

    private static List<String> segments(HttpServletRequest request) {
        String path = request.getRequestURI().substring("/api/v1/".length());
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) if (!part.isEmpty()) parts.add(part);
        if (parts.isEmpty()) parts.add("");
        return parts;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "bad_id", "'" + text + "' is not a bundle id; bundle ids are numbers (GET /api/v1/plugins)");
        }
    }

    private static ApiException notFound(HttpServletRequest request) {
        return new ApiException(404, "not_found", "no route " + request.getMethod() + " " + request.getRequestURI()
                + "; see docs/api.md for the routes");
    }
}
