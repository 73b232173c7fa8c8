package io.meridian.workbench.internal.ui;

import io.meridian.api.rest.ApiException;
import io.meridian.workbench.internal.http.Json;
import io.meridian.workbench.internal.prefs.Profile;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/workbench}: the views, panels and palette commands the frame shows, and
 * the user's profile the views start from. The revision and the profile make the ETag, so the
 * frame's poll costs a 304 while nothing is installed, removed or set.
 */
@Component(service = Servlet.class, property = "osgi.http.whiteboard.servlet.pattern=/api/v1/workbench")
public final class WorkbenchRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ViewRegistry registry;
    private final transient Profile profile;

    @Activate
    public WorkbenchRoutes(@Reference ViewRegistry registry, @Reference Profile profile) {
        this.registry = registry;
        this.profile = profile;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/api/v1/workbench".equals(request.getRequestURI())) {
            throw new ApiException(404, "not_found", "no route GET " + request.getRequestURI() + "; the frame reads GET /api/v1/workbench");
        }
        Map<String, Object> you = profile.effective();
        Map<String, Object> snapshot = new LinkedHashMap<>(registry.snapshot());
        // From the revision the snapshot was taken at, so a change just after cannot hide behind it.
        String etag = "\"" + snapshot.get("revision") + "-" + Integer.toHexString(you.hashCode()) + "\"";
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        snapshot.put("profile", you);
        Json.write(response, 200, snapshot);
    }
}
