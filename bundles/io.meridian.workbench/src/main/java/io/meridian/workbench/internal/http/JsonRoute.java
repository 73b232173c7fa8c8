package io.meridian.workbench.internal.http;

import io.meridian.api.rest.ApiException;
import io.meridian.api.shell.CommandException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A REST route whose handlers may throw {@link ApiException}. The HTTP whiteboard turns an
 * exception escaping a servlet into a bare 500 before any filter sees it, so the route
 * answers it here, in the shape every route uses.
 */
public abstract class JsonRoute extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (ApiException e) {
            if (!response.isCommitted()) Json.error(response, e.status(), e.error(), e.detail());
        } catch (CommandException e) {
            // The managers shared with the shell refuse with a message meant for the user.
            if (!response.isCommitted()) Json.error(response, 400, "refused", e.getMessage());
        } catch (ApiFilter.BodyTooLarge e) {
            if (!response.isCommitted()) Json.error(response, 413, "too_large", e.getMessage());
        }
    }
}
