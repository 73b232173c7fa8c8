package io.meridian.workbench.internal.prefs;

import io.meridian.api.rest.ApiException;
import io.meridian.workbench.internal.http.Json;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.util.Map;

/**
 * {@code GET /api/v1/preferences}, {@code GET} and {@code PUT /api/v1/preferences/{pid}}: the
 * forms the Preferences view shows, and saving one.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/preferences",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/preferences/*"})
public final class PreferencesRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Preferences preferences;

    @Activate
    public PreferencesRoutes(@Reference Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pid = pid(request);
        Json.write(response, 200, pid == null ? Map.of("forms", preferences.list()) : preferences.get(pid));
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pid = pid(request);
        if (pid == null) throw new ApiException(405, "method_not_allowed", "PUT a single form: /api/v1/preferences/{pid}");
        Object values = Json.readObject(request).get("values");
        if (!(values instanceof Map<?, ?> map)) {
            throw new ApiException(400, "bad_request", "send {\"values\": {\"setting\": \"value\", …}}");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        Json.write(response, 200, preferences.save(pid, typed));
    }

    private static String pid(HttpServletRequest request) {
        String path = request.getRequestURI().substring("/api/v1/preferences".length());
        if (path.isEmpty() || "/".equals(path)) return null;
        String pid = path.substring(1);
        if (!pid.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new ApiException(400, "bad_id", "'" + pid + "' is not a configuration PID; GET /api/v1/preferences lists them");
        }
        return pid;
    }
}
