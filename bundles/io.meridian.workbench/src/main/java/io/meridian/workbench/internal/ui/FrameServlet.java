package io.meridian.workbench.internal.ui;

import io.meridian.workbench.internal.http.Csrf;
import io.meridian.workbench.internal.http.Html;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page the printed URL opens: the workbench frame. It is static but for the anti-forgery
 * value, which the page's scripts send back with every change; everything else arrives
 * through {@code /ui/} and the REST routes.
 */
@Component(service = Servlet.class, property = "osgi.http.whiteboard.servlet.pattern=/")
public final class FrameServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient BundleContext context;
    /** Made at the first request, not at start: deriving the anti-forgery value loads the crypto providers. */
    private volatile String page;

    @Activate
    public FrameServlet(BundleContext context) {
        this.context = context;
    }

    private String page() {
        String made = page;
        if (made == null) {
            String token = context.getProperty("meridian.http.token");
            String template = read(context.getBundle().getEntry("ui/index.html"));
            // Without a token no request reaches the page anyway (ApiFilter); keep the page whole.
            page = made = template.replace("{{csrf}}", token == null || token.isEmpty() ? "" : Html.escape(Csrf.derive(token)));
        }
        return made;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            response.sendError(404, "There is no page at " + request.getRequestURI() + "; the workbench is at /");
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(page());
    }

    private static String read(java.net.URL entry) {
        if (entry == null) {
            throw new IllegalStateException("the workbench bundle lacks ui/index.html, so it was built incompletely: "
                    + "build it again with ./mvnw -B package");
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the workbench page ui/index.html", e);
        }
    }
}
