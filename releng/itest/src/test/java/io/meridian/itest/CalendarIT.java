package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduling in the running workbench: a region bundle's holidays and work weeks, dropped into
 * plugins/, are served and used by the planner; its broken file is named; removing the bundle
 * takes them away, all without a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarIT {

    static final String BUNDLE = "test.region.calendar";
    static final String SOURCES = "\"sources\": [{\"citation\": \"Cabinet Office, national holidays\", \"url\": \"https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html\"}]";
    RunningWorkbench workbench;
    Path jar;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.start(folder);
        workbench.requireFeature("calendar", "io.meridian.calendar");
        RunningWorkbench.await("the calendar answers", 30, () ->
                workbench.send(workbench.request("/api/v1/calendar/status").GET()).statusCode() == 200);
        jar = workbench.home.resolve("plugins/region-calendar.jar");
    }

    @AfterAll
    void stop() throws Exception {
        workbench.close();
    }

    private static Map<String, String> content() {
        return Map.of(
                "content/calendar/JP.json", """
                        {"country": "JP", %s, "observance": "sunday-to-next-free-day",
                         "daysBetweenHolidays": {"name": "国民の休日", "english": "Citizens' Holiday"},
                         "holidays": [
                          {"id": "showa-day", "name": "昭和の日", "english": "Showa Day", "type": "public", "on": "04-29"},
                          {"id": "constitution-day", "name": "憲法記念日", "english": "Constitution Memorial Day", "type": "public", "on": "05-03"},
                          {"id": "greenery-day", "name": "みどりの日", "english": "Greenery Day", "type": "public", "on": "05-04"},
                          {"id": "childrens-day", "name": "こどもの日", "english": "Children's Day", "type": "public", "on": "05-05"}]}
                        """.formatted(SOURCES),
                "content/calendar/AE.json", """
                        {"country": "AE", %s,
                         "workWeeks": [{"days": ["SUN", "MON", "TUE", "WED", "THU"]},
                                       {"from": "2022-01-01", "days": ["MON", "TUE", "WED", "THU"], "halfDays": {"FRI": "12:00"}}],
                         "holidays": []}
                        """.formatted(SOURCES),
                "content/calendar/DE.json", "{\"country\": \"DE\", " + SOURCES + ",\n \"holidays\": [\n  {\"id\": \"x\", \"name\": \"x\", \"english\": \"x\", \"type\": \"public\", \"on\": \"13-01\"}]}");
    }

    @Test
    @Order(1)
    void aRegionBundlesHolidaysAndWorkWeeksAreServed() throws Exception {
        assertFalse(workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026").path("known").asBoolean());
        TestBundles.write(jar, Map.of("Bundle-SymbolicName", BUNDLE, "Bundle-Version", "1.0.0", "Meridian-Content", "content/"), content());
        RunningWorkbench.await("the bundle's holidays are served", 60, () ->
                workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026").path("known").asBoolean());
        JsonNode jp = workbench.getJson("/api/v1/calendar/holidays?country=jp&year=2026");
        List<String> days = new ArrayList<>();
        jp.path("holidays").forEach(h -> days.add(h.path("date").asText() + " " + h.path("englishName").asText()
                + (h.path("observedOn").isNull() ? "" : " → " + h.path("observedOn").asText())));
        assertEquals(List.of("2026-04-29 Showa Day", "2026-05-03 Constitution Memorial Day → 2026-05-06", "2026-05-04 Greenery Day",
                "2026-05-05 Children's Day"), days);
        assertTrue(jp.path("source").asText().startsWith(BUNDLE), jp.toPrettyString());

        JsonNode ae = workbench.getJson("/api/v1/calendar/workweek?country=AE&date=2026-03-01");
        assertEquals("[\"MON\",\"TUE\",\"WED\",\"THU\"]", ae.path("workingDays").toString());
        assertEquals("12:00", ae.path("halfDays").path("FRI").asText());
        assertEquals(BUNDLE, ae.path("source").asText());
        assertEquals("[\"SUN\",\"MON\",\"TUE\",\"WED\",\"THU\"]",
                workbench.getJson("/api/v1/calendar/workweek?country=AE&date=2021-06-01").path("workingDays").toString());
    }

    @Test
    @Order(2)
    void theBrokenFileIsNamedWithItsLine() throws Exception {
        JsonNode status = workbench.getJson("/api/v1/calendar/status");
        List<String> problems = new ArrayList<>();
        status.path("problems").forEach(p -> problems.add(p.path("bundle").asText() + " " + p.path("file").asText() + ":" + p.path("line").asInt()
                + " " + p.path("field").asText() + " " + p.path("message").asText()));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(BUNDLE + " content/calendar/DE.json:3 holidays[0].on \"13-01\": month 13 has no day 01")),
                problems.toString());
        assertEquals(false, workbench.getJson("/api/v1/calendar/holidays?country=DE&year=2026").path("known").asBoolean(),
                "a broken file gives no calendar rather than a wrong one");
    }

    @Test
    @Order(0)
    void aTimeZoneNamesItsCountryWhereItHasOne() throws Exception {
        JsonNode berlin = workbench.getJson("/api/v1/calendar/zone?zone=Europe/Berlin");
        assertEquals("DE", berlin.path("country").asText());
        assertEquals("Asia/Kolkata", workbench.getJson("/api/v1/calendar/zone?zone=Asia/Kolkata").path("zone").asText());
        assertEquals("IN", workbench.getJson("/api/v1/calendar/zone?zone=Asia/Kolkata").path("country").asText());
        assertTrue(workbench.getJson("/api/v1/calendar/zone?zone=Etc/UTC").path("country").isNull(), "UTC is no one country's");
        HttpResponse<String> unknown = workbench.send(workbench.request("/api/v1/calendar/zone?zone=Europe/Berln").GET());
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown time zone"), unknown.body());
    }

    @Test
    @Order(3)
    void thePlannerUsesTheHolidaysAndExplains() throws Exception {
        String body = """
                {"attendees": [{"name": "Kenji", "zone": "Asia/Tokyo", "country": "JP"},
                               {"name": "Anna", "zone": "Europe/Berlin", "country": "DE"},
                               {"name": "Joao", "zone": "America/Sao_Paulo", "country": "BR"}],
                 "from": "2026-04-27", "to": "2026-05-08", "zone": "Europe/Berlin", "durationMinutes": 60}""";
        HttpResponse<String> r = workbench.send(workbench.request("/api/v1/calendar/meeting-slots").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode plan = RunningWorkbench.JSON.readTree(r.body());
        assertFalse(plan.path("fits").asBoolean(), "Tokyo's and São Paulo's working days do not overlap");
        assertTrue(plan.path("why").toString().contains("Greenery Day"), plan.toPrettyString());
        for (JsonNode slot : plan.path("slots")) {
            assertEquals(3, slot.path("locals").size());
            String tokyoDay = slot.path("locals").get(0).path("start").asText().substring(0, 10);
            assertFalse(List.of("2026-04-29", "2026-05-04", "2026-05-05", "2026-05-06").contains(tokyoDay), slot.toPrettyString());
        }
        assertTrue(plan.path("notes").toString().contains("no holiday calendar covers BR"), plan.toPrettyString());

        HttpResponse<String> bad = workbench.send(workbench.request("/api/v1/calendar/meeting-slots").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"attendees\": [{\"name\": \"X\", \"zone\": \"Mars/Olympus\", \"country\": \"JP\"}], "
                        + "\"from\": \"2026-05-08\", \"to\": \"2026-05-01\"}")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("unknown time zone 'Mars/Olympus'"), bad.body());
        HttpResponse<String> reversed = workbench.send(workbench.request("/api/v1/calendar/meeting-slots").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"attendees\": [{\"name\": \"X\", \"zone\": \"Asia/Tokyo\", \"country\": \"JP\"}], "
                        + "\"from\": \"2026-05-08\", \"to\": \"2026-05-01\"}")));
        assertEquals(400, reversed.statusCode(), reversed.body());
        assertTrue(reversed.body().contains("swap the dates"), reversed.body());
        HttpResponse<String> year = workbench.send(workbench.request("/api/v1/calendar/holidays?country=JP&year=2500").GET());
        assertEquals(400, year.statusCode(), year.body());
        HttpResponse<String> country = workbench.send(workbench.request("/api/v1/calendar/holidays?country=XX&year=2026").GET());
        assertEquals(400, country.statusCode(), country.body());
        assertTrue(country.body().contains("unknown country 'XX'"), country.body());
    }

    @Test
    @Order(4)
    void holidaysDownloadAsICalendar() throws Exception {
        HttpResponse<String> ics = workbench.send(workbench.request("/api/v1/calendar/holidays.ics?country=JP&year=2026").GET());
        assertEquals(200, ics.statusCode(), ics.body());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\n"), ics.body());
        assertTrue(ics.body().contains("DTSTART;VALUE=DATE:20260504"), ics.body());
        HttpResponse<String> meeting = workbench.send(workbench.request(
                "/api/v1/calendar/meeting.ics?title=Kickoff&start=2026-05-07T07:00:00Z&minutes=60&zone=Europe/Berlin").GET());
        assertEquals(200, meeting.statusCode(), meeting.body());
        assertTrue(meeting.body().contains("DTSTART;TZID=Europe/Berlin:20260507T090000"), meeting.body());
        assertTrue(meeting.body().contains("BEGIN:VTIMEZONE"), meeting.body());
    }

    @Test
    @Order(5)
    void theAgendaAndTheAdvisorSpeakInTheirLocalTime() throws Exception {
        HttpResponse<String> created = workbench.send(workbench.request("/api/v1/contacts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"givenName": "Hiroshi", "familyName": "Tanaka", "country": "JP", "timeZone": "Asia/Tokyo", "workingHours": "09:00-18:00"}""")));
        assertEquals(201, created.statusCode(), created.body());
        String id = RunningWorkbench.JSON.readTree(created.body()).path("id").asText();
        String met = java.time.Instant.now().minus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        HttpResponse<String> meeting = workbench.send(workbench.request("/api/v1/contacts/" + id + "/interactions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\": \"meeting\", \"at\": \"" + met + "\", \"direction\": \"outbound\", "
                        + "\"summary\": \"Pricing workshop\"}")));
        assertEquals(201, meeting.statusCode(), meeting.body());

        JsonNode agenda = workbench.getJson("/api/v1/agenda?zone=Europe/Berlin&days=14");
        JsonNode follow = null;
        for (JsonNode item : agenda.path("items")) {
            if (item.path("kind").asText().equals("follow-up") && item.path("people").get(0).path("id").asText().equals(id)) follow = item;
        }
        assertTrue(follow != null, agenda.toPrettyString());
        assertTrue(follow.path("overdue").asBoolean(), follow.toPrettyString());
        assertTrue(follow.path("reason").asText().contains("Pricing workshop"), follow.toPrettyString());
        assertEquals("Asia/Tokyo", follow.path("bestTime").path("theirZone").asText());
        assertTrue(follow.path("bestTime").path("advice").asText().matches("send \\d\\d:\\d\\d–\\d\\d:\\d\\d their time .*"), follow.toPrettyString());

        JsonNode advice = workbench.getJson("/api/v1/agenda/advice?contactId=" + id + "&at=2026-01-06T01:15:00Z&zone=Europe/Berlin");
        assertTrue(advice.path("good").asBoolean(), advice.toPrettyString());
        assertEquals("Yes: it is Tuesday 10:15 in Tokyo, inside their working day", advice.path("reason").asText());

        HttpResponse<String> ics = workbench.send(workbench.request("/api/v1/agenda.ics?zone=Europe/Berlin").GET());
        assertEquals(200, ics.statusCode(), ics.body());
        assertTrue(ics.body().contains("SUMMARY:Follow up with Tanaka Hiroshi"), ics.body());
        HttpResponse<String> bad = workbench.send(workbench.request("/api/v1/agenda?days=99").GET());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("days"), bad.body());
    }

    @Test
    @Order(6)
    void theShellCommandsAnswerInTheRunningWorkbench() throws Exception {
        assertTrue(shell("cal:workweek AE --date 2026-03-01").startsWith("AE works Mon, Tue, Wed, Thu, Fri until 12:00."));
        assertTrue(shell("cal:holidays JP 2026").contains("Constitution Memorial Day"));
        String plan = shell("plan:meeting --from 2026-05-11 --to 2026-05-15 --zone Europe/Berlin Kenji=Asia/Tokyo,JP Anna=Europe/Berlin,DE");
        assertTrue(plan.startsWith("Times inside everyone's working hours, best first:"), plan);
        assertTrue(shell("agenda --zone Europe/Berlin").contains("Tanaka Hiroshi"), "agenda runs without its scope");
        JsonNode bad = RunningWorkbench.JSON.readTree(workbench.send(workbench.request("/api/v1/shell").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"command\": \"cal:holidays JP 2500\"}"))).body());
        assertTrue(bad.path("error").asText().contains("outside"), bad.toPrettyString());
    }

    private String shell(String command) throws Exception {
        HttpResponse<String> r = workbench.send(workbench.request("/api/v1/shell").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RunningWorkbench.JSON.writeValueAsString(Map.of("command", command)))));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode out = RunningWorkbench.JSON.readTree(r.body());
        assertEquals(0, out.path("exitCode").asInt(), out.toPrettyString());
        return out.path("output").asText();
    }

    @Test
    @Order(7)
    void removingTheBundleTakesItsCalendarsAway() throws Exception {
        Files.delete(jar);
        RunningWorkbench.await("the holidays are gone", 60, () ->
                !workbench.getJson("/api/v1/calendar/holidays?country=JP&year=2026").path("known").asBoolean());
        assertTrue(workbench.getJson("/api/v1/calendar/workweek?country=AE&date=2026-03-01").path("fromCldr").asBoolean());
        assertEquals(0, workbench.getJson("/api/v1/calendar/status").path("problems").size());
    }
}
