package io.meridian.workbench.internal.http;

import io.meridian.api.rest.ApiException;
import io.meridian.api.shell.CommandException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers every exception that escapes a servlet, whichever bundle registered it: the HTTP
 * whiteboard dispatches such a failure to its error page before any filter sees it. An
 * {@link ApiException} becomes its own status and {@code {"error", "detail"}}; a
 * {@link CommandException} (a manager shared with the shell refusing) a 400; anything else
 * a 500 whose details go to the log, not to the client.
 */
@Component(service = Servlet.class, property = "osgi.http.whiteboard.servlet.errorPage=java.lang.Throwable")
public final class ApiErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("io.meridian.workbench");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiException api) {
                Json.error(response, api.status(), api.error(), api.detail(), api.fields());
                return;
            }
            if (cause instanceof CommandException refused) {
                Json.error(response, 400, "refused", refused.getMessage());
                return;
            }
            if (cause instanceof ApiFilter.BodyTooLarge tooLarge) {
                Json.error(response, 413, "too_large", tooLarge.getMessage());
                return;
            }
        }
        LOG.log(Level.SEVERE, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed", error);
        Json.error(response, 500, "internal_error", "the server failed to handle " + uri
                + "; the details are in the log under data/log/");
    }
}
