package io.meridian.crm.internal.rest;

import io.meridian.api.contacts.ContactService;
import io.meridian.api.rest.ApiException;
import io.meridian.crm.internal.export.ContactsExport;
import io.meridian.support.rest.QueryParameters;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/v1/export?format=json|csv}: everyone in Meridian, as a download. */
@Component(service = Servlet.class, property = "osgi.http.whiteboard.servlet.pattern=/api/v1/export")
public final class ExportRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient ContactsExport export;

    @Activate
    public ExportRoutes(@Reference ContactService contacts) {
        this.export = new ContactsExport(contacts, Clock.systemUTC());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryParameters query = new QueryParameters(request, List.of("format"));
        String format = query.text("format") == null ? "json" : query.text("format").toLowerCase(Locale.ROOT);
        query.check();
        if (!format.equals("json") && !format.equals("csv")) {
            throw new ApiException(400, "bad_format", "format=" + format + " is not an export format: use json or csv");
        }
        String name = "meridian-contacts-" + LocalDate.now() + "." + format;
        response.setContentType(format.equals("json") ? "application/json" : "text/csv; charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        if (format.equals("json")) export.json(response.getOutputStream());
        else export.csv(response.getOutputStream());
    }
}
