package io.meridian.calendar.internal.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.calendar.Agenda;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.api.rest.ApiException;
import io.meridian.calendar.internal.ics.IcsEvent;
import io.meridian.calendar.internal.ics.IcsWriter;
import io.meridian.calendar.internal.service.Participants;
import io.meridian.support.rest.InvalidFields;
import io.meridian.support.rest.JsonBodies;
import io.meridian.support.rest.QueryParameters;
import io.meridian.support.rest.Values;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /api/v1/agenda}: the stay-in-touch agenda as JSON or {@code .ics}, and the send-time
 * advisor ({@code /api/v1/agenda/advice?contactId=}).
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/agenda",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/agenda/*",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/agenda.ics"})
public final class AgendaRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = JsonBodies.mapper().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final transient Agenda agenda;
    private final transient Clock clock = Clock.systemDefaultZone();

    @Activate
    public AgendaRoutes(@Reference Agenda agenda) {
        this.agenda = agenda;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Routes.answer(() -> {
            switch (path.replaceFirst("/$", "") + ":" + request.getMethod()) {
                case "/api/v1/agenda:GET" -> JsonBodies.write(response, 200, view(viewOf(request)), JSON);
                case "/api/v1/agenda.ics:GET" -> ics(response, viewOf(request));
                case "/api/v1/agenda/advice:GET" -> JsonBodies.write(response, 200, advice(request), JSON);
                default -> throw new ApiException(404, "not_found", "no agenda route " + request.getMethod() + " " + path
                        + "; the routes are GET /api/v1/agenda, /api/v1/agenda.ics and /api/v1/agenda/advice?contactId=");
            }
        });
    }

    private Agenda.View viewOf(HttpServletRequest request) {
        QueryParameters q = new QueryParameters(request, List.of("from", "days", "zone", "hours", "limit"));
        ZoneId zone = q.parsed("zone", Participants::zone, clock.getZone());
        LocalDate from = q.parsed("from", Values::date, LocalDate.now(clock.withZone(zone)));
        int days = q.integer("days", 14, 0, Agenda.MAX_DAYS);
        WorkingHours hours = q.parsed("hours", WorkingHours::parse, Participants.DEFAULT_HOURS);
        int limit = q.integer("limit", 50, 1, 1000);
        q.check();
        return agenda.view(from, days, zone, hours, limit);
    }

    private ObjectNode view(Agenda.View v) {
        ObjectNode out = NODES.objectNode().put("from", v.from().toString()).put("to", v.to().toString()).put("zone", v.zone().getId())
                .put("total", v.total());
        ObjectNode counts = out.putObject("counts");
        v.counts().forEach((k, n) -> counts.put(k.id(), n));
        ArrayNode items = out.putArray("items");
        for (Agenda.Item i : v.items()) {
            ObjectNode item = items.addObject().put("kind", i.kind().id()).put("key", i.key()).put("due", i.due().toString()).put("overdue", i.overdue())
                    .put("country", i.country()).put("count", i.count()).put("reason", i.reason())
                    .put("commitmentId", i.commitmentId().map(UUID::toString).orElse(null));
            ArrayNode people = item.putArray("people");
            for (int p = 0; p < Math.min(i.people().size(), i.names().size()); p++) {
                people.addObject().put("id", i.people().get(p).toString()).put("name", i.names().get(p));
            }
            i.bestTime().ifPresent(b -> item.set("bestTime", bestTime(b)));
        }
        ArrayNode notes = out.putArray("notes");
        v.notes().forEach(notes::add);
        return out;
    }

    static ObjectNode bestTime(Agenda.BestTime b) {
        return NODES.objectNode().put("theirStart", b.theirStart().toOffsetDateTime().toString()).put("theirEnd", b.theirEnd().toOffsetDateTime().toString())
                .put("theirZone", b.theirStart().getZone().getId()).put("yourStart", b.yourStart().toOffsetDateTime().toString())
                .put("yourEnd", b.yourEnd().toOffsetDateTime().toString()).put("insideYourDay", b.insideYourDay()).put("advice", b.advice());
    }

    private ObjectNode advice(HttpServletRequest request) {
        QueryParameters q = new QueryParameters(request, List.of("contactId", "at", "zone", "hours"));
        String id = q.text("contactId");
        Instant at = q.parsed("at", Values::instant, clock.instant());
        ZoneId zone = q.parsed("zone", Participants::zone, clock.getZone());
        WorkingHours hours = q.parsed("hours", WorkingHours::parse, Participants.DEFAULT_HOURS);
        UUID person = id == null ? null : q.parsed("contactId", Values::id, null);
        if (id == null) throw InvalidFields.invalid(Map.of("contactId", "required: the contact to message"));
        q.check();
        Agenda.Advice a = agenda.advise(person, at, zone, hours);
        ObjectNode out = NODES.objectNode().put("contactId", a.personId().toString()).put("name", a.name()).put("good", a.good())
                .put("theirNow", a.theirNow().toOffsetDateTime().toString()).put("theirZone", a.theirNow().getZone().getId()).put("reason", a.reason());
        a.next().ifPresent(b -> out.set("next", bestTime(b)));
        return out;
    }

    private void ics(HttpServletResponse response, Agenda.View v) throws IOException {
        List<IcsEvent> events = new ArrayList<>();
        java.util.Set<String> uids = new java.util.HashSet<>();
        for (Agenda.Item i : v.items()) {
            String who = i.count() == 1 ? i.names().get(0) : i.count() + " contacts in " + i.country();
            String summary = switch (i.kind()) {
                case COMMITMENT_LATE, COMMITMENT_AT_RISK, COMMITMENT_DUE -> "Promise to " + who;
                case THEIR_COMMITMENT_LATE -> "Remind " + who;
                case FOLLOW_UP -> "Follow up with " + who;
                case CONTACT_DUE -> "Be in touch with " + who;
                case VISIT_DUE -> "Plan a visit to " + who;
                case BIRTHDAY -> "Birthday: " + who;
                case HOLIDAY_GREETING -> "Greet " + who;
            };
            String description = i.reason() + i.bestTime().map(b -> "\n" + b.advice()).orElse("");
            IcsEvent.When when = i.bestTime().<IcsEvent.When>map(b -> IcsEvent.Timed.at(b.yourStart().toInstant(), v.zone(),
                    Duration.between(b.yourStart(), b.yourEnd()))).orElse(IcsEvent.AllDay.on(i.overdue() ? v.from() : i.due()));
            // the same action keeps its UID from one export to the next, so a calendar updates it rather than adding a copy
            String uid = "agenda-" + i.key() + "@meridian";
            if (!uids.add(uid)) continue;
            events.add(new IcsEvent(uid, summary, description, when, Optional.empty(), List.of("Meridian", i.kind().id()), IcsEvent.Transparency.TRANSPARENT));
        }
        String body = new IcsWriter(clock).write("Meridian agenda " + v.from() + " to " + v.to(), events);
        response.setStatus(200);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"agenda-" + v.from() + ".ics\"");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
