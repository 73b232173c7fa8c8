package io.meridian.calendar.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.culture.ContentProblem;
import io.meridian.api.rest.ApiException;
import io.meridian.calendar.internal.Countries;
import io.meridian.calendar.internal.ics.IcsBusyReader;
import io.meridian.calendar.internal.ics.IcsEvent;
import io.meridian.calendar.internal.ics.IcsWriter;
import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.plan.MeetingGrid;
import io.meridian.calendar.internal.plan.MeetingPlanner;
import io.meridian.calendar.internal.service.CalendarMessages;
import io.meridian.calendar.internal.service.CalendarService;
import io.meridian.calendar.internal.service.Participants;
import io.meridian.calendar.internal.time.WallClock;
import io.meridian.calendar.internal.workweek.WorkWeeks;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/calendar}: holidays (JSON and {@code .ics}), work weeks, the time now in a
 * place, the calendars in use and their problems, and the meeting planner with its grid of
 * everyone's hours. Access control, limits and error bodies are the workbench's, for every
 * route alike.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/calendar",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/calendar/*"})
public final class CalendarRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = JsonBodies.mapper().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> PLAN_FIELDS = Set.of("attendees", "durationMinutes", "from", "to", "zone", "earliest", "latest",
            "avoidLunch", "limit", "weeks", "rotate");
    private static final Set<String> ATTENDEE_FIELDS = Set.of("contactId", "name", "zone", "country", "subdivision", "hours", "workDays", "busyIcs");

    private final transient HolidayService holidays;
    private final transient Clock clock = Clock.systemDefaultZone();
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile ContactService contacts;

    @Activate
    public CalendarRoutes(@Reference HolidayService holidays) {
        this.holidays = holidays;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Routes.answer(() -> {
            switch (info + ":" + request.getMethod()) {
                case "holidays:GET" -> ok(response, holidays(request));
                case "holidays.ics:GET" -> holidaysIcs(request, response);
                case "workweek:GET" -> ok(response, workWeek(request));
                case "now:GET" -> ok(response, now(request));
                case "zone:GET" -> ok(response, zone(request));
                case "status:GET" -> ok(response, status(request));
                case "meeting-slots:POST" -> ok(response, plan(JsonBodies.readObject(request, JSON)));
                case "meeting-grid:POST" -> ok(response, grid(JsonBodies.readObject(request, JSON)));
                case "meeting.ics:GET" -> meetingIcs(request, response);
                default -> throw new ApiException(404, "not_found", "no calendar route " + request.getMethod() + " /api/v1/calendar/" + info
                        + "; the routes are GET holidays, holidays.ics, workweek, now, status, meeting.ics and POST meeting-slots, meeting-grid");
            }
        });
    }

    private HolidayService.HolidayYear year(HttpServletRequest request) {
        QueryParameters q = new QueryParameters(request, List.of("country", "year", "subdivision"));
        String country = q.text("country");
        int year = q.integer("year", LocalDate.now(clock).getYear(), HolidayService.FIRST_YEAR, HolidayService.LAST_YEAR);
        String subdivision = q.text("subdivision");
        if (country == null) throw InvalidFields.invalid(Map.of("country", "required: an ISO 3166-1 alpha-2 code such as JP"));
        q.check();
        return holidays.holidays(country, Optional.ofNullable(subdivision), year);
    }

    private ObjectNode holidays(HttpServletRequest request) {
        HolidayService.HolidayYear y = year(request);
        ObjectNode out = NODES.objectNode().put("country", y.country()).put("subdivision", y.subdivision().orElse(null)).put("year", y.year())
                .put("known", y.known()).put("source", y.source().orElse(null));
        if (!y.known()) out.put("message", CalendarMessages.unknown(holidays, y.country(), y.subdivision(), y.year()));
        ArrayNode list = out.putArray("holidays");
        for (Holiday h : y.holidays()) {
            list.addObject().put("date", h.date().toString()).put("observedOn", h.observedOn().map(LocalDate::toString).orElse(null))
                    .put("localName", h.localName()).put("englishName", h.englishName()).put("type", h.type().name().toLowerCase(Locale.ROOT))
                    .put("confirmed", h.confirmed());
        }
        ArrayNode worked = out.putArray("workingDays");
        y.workingDays().forEach(d -> worked.add(d.toString()));
        return out;
    }

    private void holidaysIcs(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HolidayService.HolidayYear y = year(request);
        if (!y.known()) throw new ApiException(404, "not_found", CalendarMessages.unknown(holidays, y.country(), y.subdivision(), y.year()));
        String where = y.country() + y.subdivision().map(s -> "-" + s).orElse("");
        List<IcsEvent> events = new ArrayList<>();
        for (Holiday h : y.holidays()) {
            String description = h.localName() + " — " + h.type().name().toLowerCase(Locale.ROOT) + " holiday in " + where
                    + h.observedOn().map(o -> "; observed on " + o).orElse("") + (h.confirmed() ? "" : "; the date is estimated and may move by a day");
            String uid = "holiday-" + where + "-" + h.date() + "-" + h.englishName().replaceAll("[^A-Za-z0-9]+", "-");
            events.add(new IcsEvent(uid + "@meridian", h.englishName() + " (" + where + ")", description, IcsEvent.AllDay.on(h.date()),
                    Optional.empty(), List.of("Holiday", where), IcsEvent.Transparency.TRANSPARENT));
            // the day off itself, when the holiday falls on a rest day and another day is off instead
            h.observedOn().ifPresent(o -> events.add(new IcsEvent(uid + "-observed@meridian", h.englishName() + " (observed, " + where + ")",
                    h.localName() + " — observed on this day, as " + h.date() + " is a rest day", IcsEvent.AllDay.on(o), Optional.empty(),
                    List.of("Holiday", where), IcsEvent.Transparency.TRANSPARENT)));
        }
        ics(response, "holidays-" + where + "-" + y.year() + ".ics", new IcsWriter(clock).write("Holidays " + where + " " + y.year(), events));
    }

    private void meetingIcs(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryParameters q = new QueryParameters(request, List.of("title", "start", "minutes", "zone", "description", "weeks"));
        String title = q.text("title");
        Instant start = q.parsed("start", Values::instant, null);
        int minutes = q.integer("minutes", 60, 15, 480);
        int weeks = q.integer("weeks", 1, 1, 26);
        ZoneId zone = q.parsed("zone", Participants::zone, ZoneId.of("UTC"));
        String description = q.text("description");
        q.check();
        if (title == null || start == null) {
            throw InvalidFields.invalid(Map.of(title == null ? "title" : "start", title == null ? "required: what the meeting is called"
                    : "required: the start as an instant, 2026-05-07T07:00:00Z (a slot's start)"));
        }
        // a weekly meeting keeps the organiser's wall-clock time; each week is its own event, and a week whose clocks skip or
        // repeat that time says so in its description, so a clock change moves nobody silently
        List<IcsEvent> events = new ArrayList<>();
        List<WallClock.Resolved> weekly = WallClock.weekly(LocalDateTime.ofInstant(start, zone), zone, weeks);
        for (int w = 0; w < weeks; w++) {
            WallClock.Resolved resolved = weekly.get(w);
            Instant at = w == 0 ? start : resolved.at().toInstant();
            String text = (description == null ? "" : description) + (w == 0 ? "" : resolved.explanation().map(e -> (description == null ? "" : "\n\n") + e).orElse(""));
            events.add(new IcsEvent("meeting-" + start + "-" + Integer.toHexString(title.hashCode()) + (w == 0 ? "" : "-week-" + (w + 1)) + "@meridian",
                    title, text, IcsEvent.Timed.at(at, zone, Duration.ofMinutes(minutes)),
                    Optional.empty(), List.of("Meeting"), IcsEvent.Transparency.OPAQUE));
        }
        ics(response, "meeting.ics", new IcsWriter(clock).write(title, events));
    }

    private static void ics(HttpServletResponse response, String file, String body) throws IOException {
        response.setStatus(200);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode workWeek(HttpServletRequest request) {
        QueryParameters q = new QueryParameters(request, List.of("country", "date"));
        String country = q.text("country");
        LocalDate date = q.parsed("date", Values::date, LocalDate.now(clock));
        if (country == null) throw InvalidFields.invalid(Map.of("country", "required: an ISO 3166-1 alpha-2 code such as AE"));
        q.check();
        HolidayService.CountryWeek w = holidays.workWeek(country, date);
        return week(w.week(), date).put("source", w.source()).put("fromCldr", w.fromCldr());
    }

    private static ObjectNode week(WorkWeek w, LocalDate date) {
        ObjectNode out = NODES.objectNode().put("country", w.country()).put("date", date.toString())
                .put("effectiveFrom", w.effectiveFrom().map(LocalDate::toString).orElse(null));
        ArrayNode days = out.putArray("workingDays");
        ObjectNode half = out.putObject("halfDays");
        for (DayOfWeek d : WorkWeeks.ordered(w)) {
            if (w.workingDays().contains(d)) days.add(d.name().substring(0, 3));
            else half.put(d.name().substring(0, 3), w.halfDays().get(d).toString());
        }
        return out;
    }

    private ObjectNode now(HttpServletRequest request) {
        QueryParameters q = new QueryParameters(request, List.of("zone", "country", "subdivision"));
        String zone = q.text("zone");
        String country = q.text("country");
        String subdivision = q.text("subdivision");
        InvalidFields missing = new InvalidFields();
        if (zone == null) missing.add("zone", "required: an IANA zone such as Asia/Tokyo");
        if (country == null) missing.add("country", "required: an ISO 3166-1 alpha-2 code such as JP");
        q.check();
        missing.throwIfAny();
        ZonedDateTime local = ZonedDateTime.now(clock).withZoneSameInstant(Participants.zone(zone));
        Days.Day day = new Days(holidays).day(Countries.checked(country),
                Optional.ofNullable(subdivision), local.toLocalDate(), Optional.empty());
        return NODES.objectNode().put("zone", local.getZone().getId()).put("localTime", local.toLocalDateTime().toString())
                .put("offset", local.getOffset().getId()).put("working", day.working()).put("dayNote", day.reason())
                .put("holiday", day.holiday().map(Holiday::englishName).orElse(null));
    }

    /**
     * The country a time zone belongs to, from CLDR's zone regions (ICU): what the planner assumes
     * for someone who gave a zone but no country. Zones of no one country (Etc/UTC) have none.
     */
    private ObjectNode zone(HttpServletRequest request) {
        QueryParameters q = new QueryParameters(request, List.of("zone"));
        String text = q.text("zone");
        q.check();
        if (text == null) throw InvalidFields.invalid(Map.of("zone", "required: an IANA zone such as Asia/Tokyo"));
        java.time.ZoneId zone;
        try {
            zone = Participants.zone(text);
        } catch (IllegalArgumentException e) {
            throw InvalidFields.invalid(Map.of("zone", e.getMessage()));
        }
        String region = com.ibm.icu.util.TimeZone.getRegion(zone.getId());
        return NODES.objectNode().put("zone", zone.getId()).put("country", region.matches("[A-Z]{2}") ? region : null)
                .put("offset", ZonedDateTime.now(clock).withZoneSameInstant(zone).getOffset().getId());
    }

    private ObjectNode status(HttpServletRequest request) {
        new QueryParameters(request, List.of()).check();
        ObjectNode out = NODES.objectNode();
        ArrayNode calendars = out.putArray("calendars");
        for (HolidayService.CalendarSource c : holidays.calendars()) {
            calendars.addObject().put("country", c.country()).put("subdivision", c.subdivision().orElse(null)).put("source", c.source());
        }
        ArrayNode problems = out.putArray("problems");
        for (ContentProblem p : holidays.problems()) {
            problems.addObject().put("bundle", p.bundle()).put("file", p.file()).put("line", p.line()).put("field", p.field()).put("message", p.message());
        }
        return out;
    }

    /** The planner's request from a JSON body (meeting-slots and meeting-grid take the same); every field problem is named in one 400. */
    private MeetingPlanner.Request planRequest(ObjectNode body) {
        InvalidFields errors = new InvalidFields();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PLAN_FIELDS.contains(name)) errors.add(name, "unknown field; the fields are " + String.join(", ", new java.util.TreeSet<>(PLAN_FIELDS)));
        }
        ZoneId zone = field(errors, body, "zone", Participants::zone, ZoneId.of("UTC"));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = field(errors, body, "from", LocalDate::parse, today.plusDays(1));
        LocalDate to = field(errors, body, "to", LocalDate::parse, from.plusDays(6));
        LocalTime earliest = field(errors, body, "earliest", LocalTime::parse, null);
        LocalTime latest = field(errors, body, "latest", LocalTime::parse, null);
        int minutes = number(errors, body, "durationMinutes", 60);
        int limit = number(errors, body, "limit", 5);
        int weeks = number(errors, body, "weeks", 1);
        boolean avoidLunch = flag(errors, body, "avoidLunch");
        boolean rotate = flag(errors, body, "rotate");
        List<MeetingPlanner.Attendee> who = new ArrayList<>();
        JsonNode list = body.path("attendees");
        if (!list.isArray() || list.isEmpty()) {
            errors.add("attendees", "required: a list of people, each {\"contactId\": …} or {\"name\", \"zone\", \"country\", \"hours\"}");
        } else {
            for (int i = 0; i < list.size(); i++) {
                String at = "attendees[" + i + "]";
                JsonNode a = list.get(i);
                if (!a.isObject()) {
                    errors.add(at, "must be an object: {\"contactId\": …} or {\"name\": \"Kenji\", \"zone\": \"Asia/Tokyo\", \"country\": \"JP\"}");
                    continue;
                }
                a.fieldNames().forEachRemaining(n -> {
                    if (!ATTENDEE_FIELDS.contains(n)) errors.add(at + "." + n, "unknown field; the fields are " + String.join(", ", new java.util.TreeSet<>(ATTENDEE_FIELDS)));
                });
                try {
                    MeetingPlanner.Attendee attendee;
                    if (a.hasNonNull("contactId")) {
                        attendee = Participants.contact(contacts, a.path("contactId").asText());
                    } else {
                        List<String> days = null;
                        if (a.has("workDays")) {
                            days = new ArrayList<>();
                            for (JsonNode d : a.path("workDays")) days.add(d.asText());
                        }
                        attendee = Participants.adHoc(a.path("name").asText(null), a.path("zone").asText(null), a.path("country").asText(null),
                                Optional.ofNullable(a.path("subdivision").asText(null)), Optional.ofNullable(a.path("hours").asText(null)),
                                Optional.ofNullable(days));
                    }
                    if (a.hasNonNull("busyIcs")) {
                        // their calendar's busy times, read over the range with a day either side for other zones
                        List<MeetingPlanner.Busy> busy = new ArrayList<>();
                        for (io.meridian.calendar.internal.ics.Busy b : new IcsBusyReader().read(a.path("busyIcs").asText(),
                                from.minusDays(1).atStartOfDay(zone).toInstant(), (weeks > 1 ? from.plusWeeks(weeks) : to).plusDays(2).atStartOfDay(zone).toInstant(),
                                attendee.zone())) {
                            busy.add(new MeetingPlanner.Busy(b.start(), b.end(), b.summary()));
                        }
                        attendee = new MeetingPlanner.Attendee(attendee.name(), attendee.zone(), attendee.country(), attendee.subdivision(),
                                attendee.start(), attendee.end(), attendee.ownWeek(), busy);
                    }
                    who.add(attendee);
                } catch (IllegalArgumentException | ContactNotFoundException e) {
                    errors.add(at, e.getMessage());
                }
            }
        }
        errors.throwIfAny();
        return new MeetingPlanner.Request(who, Duration.ofMinutes(minutes), from, to, zone, Optional.ofNullable(earliest), Optional.ofNullable(latest),
                avoidLunch, limit, weeks, rotate);
    }

    private ObjectNode plan(ObjectNode body) {
        MeetingPlanner.Request request = planRequest(body);
        MeetingPlanner.Plan plan = new MeetingPlanner(new Days(holidays)).plan(request);
        ObjectNode out = NODES.objectNode().put("fits", plan.fits());
        ArrayNode slots = out.putArray("slots");
        plan.slots().forEach(s -> slots.add(slot(s)));
        ArrayNode why = out.putArray("why");
        plan.why().forEach(why::add);
        ArrayNode notes = out.putArray("notes");
        plan.notes().forEach(notes::add);
        if (request.weeks() > 1) {
            ArrayNode occurrences = out.putArray("occurrences");
            plan.occurrences().forEach(o -> occurrences.addObject().put("week", o.week()).set("slot", slot(o.slot())));
            ObjectNode burden = out.putObject("burden");
            plan.burden().forEach(burden::put);
        }
        return out;
    }

    /** Everyone's hours for the planner's body: per attendee, per hour of the organiser's days, the planner's own classification. */
    private ObjectNode grid(ObjectNode body) {
        MeetingGrid.Grid grid = new MeetingGrid(new Days(holidays)).grid(planRequest(body));
        ObjectNode out = NODES.objectNode().put("zone", grid.zone().getId()).put("from", grid.from().toString()).put("to", grid.to().toString());
        ArrayNode columns = out.putArray("columns");
        for (MeetingGrid.Column c : grid.columns()) {
            columns.addObject().put("start", c.start().toString()).put("local", c.local().toString()).put("cost", c.cost()).put("fits", c.fits())
                    .put("allowed", c.allowed());
        }
        ArrayNode rows = out.putArray("rows");
        for (MeetingGrid.Row r : grid.rows()) {
            MeetingPlanner.Attendee a = r.attendee();
            ObjectNode row = rows.addObject().put("attendee", a.name()).put("zone", a.zone().getId()).put("country", a.country())
                    .put("subdivision", a.subdivision().orElse(null)).put("hours", a.start() + "-" + a.end());
            ArrayNode cells = row.putArray("cells");
            for (MeetingGrid.Cell c : r.cells()) {
                ObjectNode cell = cells.addObject().put("local", c.local().toString()).put("offset", c.offset()).put("fit", fit(c.fit()))
                        .put("cost", c.cost()).put("note", c.note());
                if (c.mixed()) {
                    ArrayNode quarters = cell.putArray("quarters");
                    c.quarters().forEach(q -> quarters.add(fit(q)));
                }
                cell.set("holiday", c.holiday().<JsonNode>map(h -> NODES.objectNode().put("name", h.englishName())
                        .put("localName", h.localName()).put("type", h.type().name().toLowerCase(Locale.ROOT)).put("confirmed", h.confirmed()))
                        .orElse(NODES.nullNode()));
            }
        }
        ArrayNode notes = out.putArray("notes");
        grid.notes().forEach(notes::add);
        return out;
    }

    private static String fit(MeetingPlanner.Fit f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode slot(MeetingPlanner.Slot s) {
        ObjectNode out = NODES.objectNode().put("start", s.start().toString()).put("end", s.end().toString()).put("cost", s.cost());
        ArrayNode locals = out.putArray("locals");
        for (MeetingPlanner.Local l : s.locals()) {
            locals.addObject().put("attendee", l.attendee()).put("zone", l.zone().getId()).put("start", l.start().toString())
                    .put("end", l.end().toString()).put("offset", l.offset()).put("fit", fit(l.fit()))
                    .put("cost", l.cost()).put("note", l.note());
        }
        ArrayNode flags = out.putArray("flags");
        s.flags().forEach(flags::add);
        return out;
    }

    private static <T> T field(InvalidFields errors, ObjectNode body, String name, java.util.function.Function<String, T> parse, T fallback) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) return fallback;
        if (!node.isTextual()) {
            errors.add(name, "must be a text in quotes, not " + JsonBodies.describe(node));
            return fallback;
        }
        try {
            return parse.apply(node.asText());
        } catch (DateTimeException | IllegalArgumentException e) {
            errors.add(name, e instanceof DateTimeException ? "\"" + node.asText() + "\" is not " + (name.equals("from") || name.equals("to")
                    ? "a date: write 2026-05-04" : "a time of day: write 08:00") : e.getMessage());
            return fallback;
        }
    }

    private static int number(InvalidFields errors, ObjectNode body, String name, int fallback) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) return fallback;
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.add(name, "must be a whole number, not " + JsonBodies.describe(node));
            return fallback;
        }
        return node.asInt();
    }

    private static boolean flag(InvalidFields errors, ObjectNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) return false;
        if (!node.isBoolean()) errors.add(name, "must be true or false, not " + JsonBodies.describe(node));
        return node.asBoolean();
    }

    private static void ok(HttpServletResponse response, ObjectNode body) throws IOException {
        JsonBodies.write(response, 200, body, JSON);
    }
}
