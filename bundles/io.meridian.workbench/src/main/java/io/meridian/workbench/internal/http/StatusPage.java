package io.meridian.workbench.internal.http;

import io.meridian.workbench.internal.plugins.Plugins;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code /status}: what is running and what is wrong, as a plain page that needs no script,
 * for when the workbench frame itself cannot load.
 */
@Component(service = Servlet.class, property = "osgi.http.whiteboard.servlet.pattern=/status")
public final class StatusPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Plugins plugins;

    @Activate
    public StatusPage(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/status".equals(request.getRequestURI())) {
            response.sendError(404);
            return;
        }
        List<Map<String, Object>> bundles = plugins.list();
        long unhealthy = bundles.stream().filter(b -> !Boolean.TRUE.equals(b.get("healthy"))).count();
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        PrintWriter page = response.getWriter();
        page.println("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Meridian</title>");
        page.println("<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}"
                + "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd}"
                + ".bad{color:#a40000}</style></head><body>");
        page.println("<h1>Meridian</h1>");
        page.println("<p>" + (unhealthy == 0 ? "Every bundle is running."
                : "<span class=\"bad\">" + unhealthy + " bundle" + (unhealthy == 1 ? " needs" : "s need")
                + " attention</span> — the reason is next to each, and <code>diag BUNDLE</code> in the shell says more.")
                + " The JSON behind this page is <a href=\"/api/v1/health\">/api/v1/health</a>.</p>");
        page.println("<table><thead><tr><th>id</th><th>bundle</th><th>version</th><th>state</th><th>from</th><th>problem</th></tr></thead><tbody>");
        for (Map<String, Object> bundle : bundles) {
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) bundle.get("problems");
            page.println("<tr><td>" + bundle.get("id") + "</td><td>" + Html.escape(String.valueOf(bundle.get("symbolicName")))
                    + "</td><td>" + Html.escape(String.valueOf(bundle.get("version")))
                    + "</td><td>" + Html.escape(String.valueOf(bundle.get("state")))
                    + "</td><td>" + Html.escape(String.valueOf(bundle.get("origin")))
                    + "</td><td class=\"bad\">" + Html.escape(problems.isEmpty() ? "" : problems.get(0)) + "</td></tr>");
        }
        page.println("</tbody></table></body></html>");
    }
}
