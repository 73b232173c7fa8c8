package io.meridian.contacts.internal.rest;

import io.meridian.api.contacts.Health;
import io.meridian.contacts.internal.Insights;
import io.meridian.support.rest.QueryParameters;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/insights}: the figures behind the workbench's pictures — a person's health over
 * time, interactions per month by country, and people by country, time zone and health band.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/insights",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/insights/*"})
public final class InsightRoutes extends ContactsServlet {

    private static final long serialVersionUID = 1L;

    private final transient Insights insights;

    @Activate
    public InsightRoutes(@Reference Insights insights) {
        this.insights = insights;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (ex.is("health", "*")) {
            QueryParameters query = ex.query("weeks");
            int weeks = query.integer("weeks", 52, 2, 260);
            query.check();
            List<Map<String, Object>> points = new ArrayList<>();
            for (Health h : insights.healthHistory(ex.id(1), weeks, 7)) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("date", h.asOf().toString());
                point.put("score", h.score());
                point.put("band", h.band().name().toLowerCase());
                Map<String, Integer> parts = new LinkedHashMap<>();
                for (Health.Reason r : h.reasons()) parts.put(r.factor(), r.points());
                point.put("points", parts);
                points.add(point);
            }
            ex.ok(Map.of("personId", ex.id(1).toString(), "step", "week", "points", points,
                    "note", "computed again from the dated records with today's cadences"));
        } else if (ex.is("interactions")) {
            QueryParameters query = ex.query("months");
            int months = query.integer("months", 12, 1, 36);
            query.check();
            ex.ok(Map.of("months", insights.interactionsByMonth(months)));
        } else if (ex.is("people")) {
            ex.query().check();
            ex.ok(insights.peopleByPlace());
        } else {
            throw ex.noRoute();
        }
    }
}
