package io.meridian.workbench.internal.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.Preprocessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The one place that guards every HTTP request, whatever bundle serves it: the Host header
 * must name this machine's loopback (so a web page cannot reach us through DNS rebinding),
 * the request must carry the access token (an {@code Authorization: Bearer} header, or the
 * HttpOnly cookie set when the printed URL is opened), a request that changes something on
 * the strength of the cookie alone must come from this workbench's own pages (cookies do not
 * tell ports apart, so any other local web server's page would otherwise send it) and carry
 * the page's anti-forgery header ({@link Csrf}), every answer carries a Content-Security-Policy
 * that allows no inline script, bodies are
 * size-limited, and errors under {@code /api/} are JSON.
 *
 * <p>A whiteboard {@link Preprocessor} runs before any servlet context is chosen, so a route
 * registered by any bundle, in any context, is covered.
 */
@Component(service = Preprocessor.class)
public final class ApiFilter implements Preprocessor {

    /** Followed by the port: cookies are shared by every port of a host, tokens are not. */
    static final String COOKIE_PREFIX = "meridian_token_";
    /** The route that takes a bundle jar. */
    static final String UPLOAD_PATH = "/api/v1/plugins";
    /** The routes that take a contacts export to import; the import enforces its own, configurable, size limit as it reads. */
    static final Set<String> IMPORT_PATHS = Set.of("/api/v1/import", "/api/v1/import/preview");
    static final long MAX_JSON_BYTES = 1L << 20;
    static final long MAX_UPLOAD_BYTES = 64L << 20;
    static final long MAX_IMPORT_BYTES = 64L << 30;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /**
     * Scripts and styles come from this workbench only, never inline, so a value that slipped
     * past escaping still could not run; {@code data:} images are for icons drawn by views.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final byte[] token;
    private final String configured;
    /** Worked out at the first change a page sends: the crypto providers it loads would slow the start. */
    private volatile byte[] csrf;

    @Activate
    public ApiFilter(BundleContext context) {
        String configured = context.getProperty("meridian.http.token");
        // Without a token (a framework not started by the launcher) nothing is let through.
        this.token = configured == null || configured.isEmpty() ? null : configured.getBytes(StandardCharsets.UTF_8);
        this.configured = configured;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        boolean api = request.getRequestURI().startsWith("/api/");
        // Pages and modules are checked again at each load, so a plugin updated while the window
        // is open is served fresh on the next reload; localhost makes the check cheap.
        if (!api) response.setHeader("Cache-Control", "no-cache");

        if (!hostAllowed(request.getHeader("Host"), request.getLocalPort())) {
            refuse(request, response, 421, "bad_host", "the Host header '" + request.getHeader("Host")
                    + "' is not this workbench; open it as http://127.0.0.1:" + request.getLocalPort() + "/");
            return;
        }
        String offered = queryParameter(request.getQueryString(), "token");
        if (!api && "GET".equals(request.getMethod()) && offered != null && matches(offered)) {
            Cookie cookie = new Cookie(COOKIE_PREFIX + request.getLocalPort(), offered);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
            response.setHeader("Location", request.getRequestURI());
            response.setStatus(303);
            return;
        }
        boolean bearer = hasBearerToken(request);
        if (!bearer && !hasTokenCookie(request)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"meridian\"");
            refuse(request, response, 401, "unauthorized", "this request needs the access token: send 'Authorization: Bearer "
                    + "TOKEN' with the token from DATA/workbench.json, or open the URL the workbench printed at start");
            return;
        }
        if (!bearer && !SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
            refuse(request, response, 403, "cross_origin", "a " + request.getMethod() + " authorised by the cookie must come from "
                    + "this workbench's own pages (Origin http://" + request.getHeader("Host") + "); scripts send "
                    + "'Authorization: Bearer TOKEN' instead");
            return;
        }
        if (!bearer && !SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request.getHeader(Csrf.HEADER))) {
            refuse(request, response, 403, "csrf", "a " + request.getMethod() + " authorised by the cookie must carry the "
                    + Csrf.HEADER + " header the workbench page gives its scripts; reload the page if it was open "
                    + "before a restart, or send 'Authorization: Bearer TOKEN' from scripts");
            return;
        }
        long limit = !"POST".equals(request.getMethod()) ? MAX_JSON_BYTES
                : UPLOAD_PATH.equals(request.getRequestURI()) ? MAX_UPLOAD_BYTES
                : IMPORT_PATHS.contains(request.getRequestURI()) ? MAX_IMPORT_BYTES : MAX_JSON_BYTES;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, 413, "too_large", "the request body is " + request.getContentLengthLong()
                    + " bytes; the limit for this request is " + limit + " bytes");
            return;
        }
        HttpServletRequest limited = new LimitedRequest(request, limit);
        HttpServletResponse guarded = api ? new JsonErrors(response) : response;
        // An exception a route throws is answered by ApiErrorPage, inside the whiteboard.
        chain.doFilter(limited, guarded);
    }

    /**
     * Answers before the route runs. The body, if any, stays unread, so the connection cannot
     * carry another request: say so, or a client reusing it would find it closed under it.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String error,
            String detail) throws IOException {
        if (request.getContentLengthLong() != 0) response.setHeader("Connection", "close");
        Json.error(response, status, error, detail);
    }

    /**
     * A parameter of the query string. Read by hand because
     * {@code getParameter} would also consume a form-encoded body the route has yet to read.
     */
    static String queryParameter(String query, String name) {
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (name.equals(java.net.URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException malformed) {
                // a broken escape (%zz) cannot be the token: treat the pair as absent
            }
        }
        return null;
    }

    /** True if a browser says the request comes from a page of this same origin. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) return origin.equalsIgnoreCase("http://" + request.getHeader("Host"));
        return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
    }

    static boolean hostAllowed(String host, int port) {
        if (host == null) return false;
        String h = host.toLowerCase();
        for (String loopback : LOOPBACK_HOSTS) {
            if (h.equals(loopback + ":" + port)) return true;
        }
        return false;
    }

    private boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && matches(header.substring(7).trim());
    }

    private boolean hasTokenCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) return false;
        for (Cookie cookie : cookies) {
            if ((COOKIE_PREFIX + request.getLocalPort()).equals(cookie.getName()) && matches(cookie.getValue())) return true;
        }
        return false;
    }

    private boolean csrfMatches(String offered) {
        if (token == null || offered == null) return false;
        byte[] expected = csrf;
        if (expected == null) csrf = expected = Csrf.derive(configured).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, offered.getBytes(StandardCharsets.UTF_8));
    }

    private boolean matches(String offered) {
        return token != null && MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void init(jakarta.servlet.FilterConfig config) {
    }

    @Override
    public void destroy() {
    }

    /** Thrown when a body without a Content-Length grows past the limit while it is read. */
    public static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge(long limit) {
            super("the request body is larger than the limit of " + limit + " bytes for this request");
        }
    }

    /** Counts the bytes a route reads and stops at the limit, for chunked bodies. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) throw new BodyTooLarge(limit);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (read += n) > limit) throw new BodyTooLarge(limit);
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** Turns the container's HTML error pages (404 for an unknown route, 405) into JSON. */
    private static final class JsonErrors extends HttpServletResponseWrapper {
        JsonErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            Json.error((HttpServletResponse) getResponse(), status, status == 404 ? "not_found" : "http_" + status,
                    status == 404 ? "no API route at this path; GET /api/v1/health lists what is running"
                            : message == null ? "request failed with status " + status : message);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }
    }
}
