package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meeting planner and the "Their time" contact panel in a real browser, on the shipped region
 * packs (holidays) and the demo book: two contacts oceans apart and someone added by hand, their
 * hours side by side with the night where it falls, the ranked times, one chosen and its .ics
 * downloaded; the plan kept in the address; a contact's local time and the next good time to
 * reach them, and the fix when their record has no time zone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingPlannerBrowserIT {

    /** A week without holidays in Germany, the US or India, and with Japan's National Foundation Day on Thursday. */
    private static final String WEEK = "from=2027-02-08&to=2027-02-12";

    @RegisterExtension
    static final Browser browser = new Browser();

    private RunningWorkbench workbench;
    private Path downloads;
    private String haruka;
    private String daniel;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.installAsShipped(folder);
        // the organiser: every grid column is an hour of Berlin's day
        Files.writeString(workbench.home.resolve("etc/io.meridian.workbench.profile.cfg"),
                "homeCountry = DE\ntimeZone = Europe/Berlin\nworkingHours = 09:00-17:00\n");
        workbench.start();
        shell("contacts:demo");
        haruka = contactId("Haruka");
        daniel = contactId("Whitaker");
        // downloads land in a folder of this test, set through the DevTools protocol: Browser.java stays as it is
        downloads = Files.createDirectories(folder.resolve("downloads"));
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.open(workbench, "#/");
    }

    @AfterAll
    void stop() throws Exception {
        if (workbench != null) workbench.close();
    }

    @Test
    @Order(1)
    void twoContactsOceansApartAndSomeoneByHandGetTheirHoursRankedTimesAndAnIcsFile() throws Exception {
        browser.go("#/planner?" + WEEK, "meridian-planner");
        browser.waitForText("meridian-planner .planner-person", "You");
        browser.screenshot("planner-empty");
        browser.assertAccessible("planner-empty");

        addContact("Haruka", "Mori Haruka");
        addContact("Whitak", "Daniel Whitaker");
        browser.find("meridian-planner .planner-manual-box summary").click();
        browser.find("#planner-manual-name").sendKeys("Priya <b>Raman</b>");
        browser.find("#planner-manual-zone").sendKeys("Asia/Kolkata");
        new Select(browser.find("#planner-manual-country")).selectByValue("IN");
        setTime("#planner-manual-start", "09:30");
        setTime("#planner-manual-end", "18:00");
        browser.screenshot("planner-adding-by-hand");
        browser.find("#planner-manual-add").click();

        browser.waitFor("a grid row for each of the four", d -> gridRows().size() == 4);
        assertEquals(List.of("You", "Mori Haruka", "Daniel Whitaker", "Priya <b>Raman</b>"), gridRows(), "names are text, never markup");
        assertTrue(browser.driver().findElements(By.cssSelector("meridian-planner b")).isEmpty(), "a name is never read as markup");
        browser.script("document.querySelector('meridian-planner .planner-hours').scrollIntoView()");
        browser.screenshot("planner-grid");
        browser.assertAccessible("planner-grid");

        // Berlin 09:00 is 03:00 in New York and 17:00 in Tokyo; Berlin 23:00 is 07:00 next morning in Tokyo, 17:00 in New York
        assertEquals("night", fitAt("Daniel Whitaker", 9));
        assertEquals("working", fitAt("You", 9));
        assertEquals("night", fitAt("Mori Haruka", 22));
        assertEquals("night", fitAt("You", 3));
        assertEquals("working", fitAt("Daniel Whitaker", 16));

        // ranked times: every participant's local time in each, and why nothing fits everyone
        WebElement best = browser.waitForText("meridian-planner .planner-slot", "Priya");
        for (String who : List.of("You", "Mori Haruka", "Daniel Whitaker")) assertTrue(best.getText().contains(who), best.getText());
        browser.waitForText("meridian-planner .planner-results .alert", "never overlap");
        List<WebElement> slots = browser.driver().findElements(By.cssSelector("meridian-planner .planner-slot"));
        assertTrue(slots.size() >= 3, "several times offered: " + slots.size());

        // choosing the second one highlights its hour in the grid and becomes the invitation
        WebElement second = slots.get(1);
        String start = second.getDomAttribute("data-start");
        second.click();
        browser.waitFor("the second time chosen", d -> "true".equals(slot(start).getDomAttribute("aria-pressed")));
        browser.waitFor("its hour highlighted in the grid", d -> !d.findElements(By.cssSelector("#planner-grid th button[aria-pressed='true']")).isEmpty());
        assertEquals(4, browser.driver().findElements(By.cssSelector("#planner-grid tbody tr td.chosen")).size()
                / browser.driver().findElements(By.cssSelector("#planner-grid th button[aria-pressed='true']")).size(), "one cell a row per hour");
        String chosenHour = browser.find("#planner-grid th button[aria-pressed='true']").getText();
        String berlinHour = (String) browser.script(
                "return new Intl.DateTimeFormat('en-GB', {hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Berlin'}).format(new Date(arguments[0]))", start);
        assertTrue(chosenHour.startsWith(berlinHour), "the column of " + start + " (" + berlinHour + ") is chosen, not " + chosenHour);

        WebElement title = browser.find("#planner-title");
        title.sendKeys("Supplier review: samples & volumes");
        try {
            browser.waitFor("the link carries the title", d -> icsHref().contains("Supplier+review"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the link is " + icsHref() + " and the address " + browser.driver().getCurrentUrl(), e);
        }
        browser.screenshot("planner-chosen");
        browser.assertAccessible("planner-chosen");

        WebElement link = browser.find("#planner-ics");
        assertEquals("meeting.ics", link.getDomAttribute("download"), "a real download link");
        String href = link.getDomAttribute("href");
        String query = URI.create(href).getRawQuery();
        assertTrue(URLDecoder.decode(query, StandardCharsets.UTF_8).contains("start=" + start), href);
        link.click();
        Path file = browser.waitFor("the .ics file in the download folder", d -> downloaded("meeting.ics"));
        String ics = Files.readString(file);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        assertTrue(ics.contains("SUMMARY:Supplier review: samples & volumes"), ics);
        assertTrue(ics.contains("TZID=Europe/Berlin"), "the organiser's zone travels with it: " + ics);

        // the same link, fetched as an API client would
        HttpResponse<String> fetched = workbench.send(workbench.request(href.substring(href.indexOf("/api/"))).GET());
        assertEquals(200, fetched.statusCode(), fetched.body());
        assertTrue(fetched.body().startsWith("BEGIN:VCALENDAR") && fetched.body().contains("SUMMARY:Supplier review"), fetched.body());

        // the address holds the plan: opened again, it is the same plan
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("with=" + haruka + "%2C" + daniel) || address.contains("with=" + haruka + "," + daniel), address);
        browser.driver().navigate().refresh();
        browser.waitFor("the bookmarked plan back", d -> gridRows().size() == 4);
        assertEquals("Supplier review: samples & volumes", browser.find("#planner-title").getDomProperty("value"));
        browser.waitFor("the chosen time kept", d -> "true".equals(slot(start).getDomAttribute("aria-pressed")));
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void theGridNamesAHolidayAndIsUsableFromTheKeyboard() {
        browser.go("#/planner?with=" + haruka + "&" + WEEK + "&day=2027-02-11", "meridian-planner");
        WebElement holiday = browser.waitForText("#planner-grid th.planner-who", "National Foundation Day");
        assertTrue(holiday.getText().contains("Mori Haruka"), holiday.getText());
        assertEquals("day_off", fitAt("Mori Haruka", 3), "Berlin 03:00 is 11:00 on the holiday in Tokyo");
        String cellText = (String) browser.script("return document.querySelectorAll('#planner-grid tbody tr')[1].querySelectorAll('td')[3].textContent");
        assertTrue(cellText.contains("holiday: National Foundation Day"), "said in words for screen readers: " + cellText);
        assertFalse(browser.driver().findElements(By.cssSelector("meridian-planner .planner-legend li")).isEmpty(), "a legend");

        WebElement hour = browser.find("#planner-grid th button[tabindex='0']");
        hour.sendKeys(Keys.ARROW_RIGHT);
        WebElement next = browser.driver().switchTo().activeElement();
        assertEquals(Integer.parseInt(hour.getDomAttribute("data-column")) + 1, Integer.parseInt(next.getDomAttribute("data-column")));
        next.sendKeys(Keys.ENTER);
        browser.waitFor("the hour chosen from the keyboard", d -> "true".equals(next.getDomAttribute("aria-pressed")));
        browser.waitForText("meridian-planner .planner-invite", "picked in the grid");
        browser.script("document.querySelector('meridian-planner .planner-hours').scrollIntoView()");
        browser.screenshot("planner-holiday-keyboard");

        browser.script("localStorage.setItem('meridian.theme', 'dark')");
        browser.driver().navigate().refresh();
        browser.waitForText("#planner-grid th.planner-who", "National Foundation Day");
        browser.script("document.querySelector('meridian-planner .planner-hours').scrollIntoView()");
        browser.screenshot("planner-dark");
        browser.assertAccessible("planner-dark");
        browser.script("localStorage.removeItem('meridian.theme')");
        browser.driver().navigate().refresh();
        browser.waitForText("#planner-grid th.planner-who", "National Foundation Day");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void theirTimeShowsTheContactsClockTheirDayAndWhenToReachThem() {
        browser.go("#/planner", "meridian-planner");
        browser.script("document.dispatchEvent(new CustomEvent('meridian:open-contact', {detail: {personId: arguments[0]}}))", haruka);
        WebElement panel = browser.find("#contact-panel meridian-their-time .their-big");
        assertTrue(panel.getText().matches(".*\\d{1,2}:\\d{2}.*"), panel.getText());
        WebElement theirTime = browser.find("#contact-panel meridian-their-time");
        browser.waitForText("#contact-panel meridian-their-time .their-where", "Tokyo");
        browser.waitFor("today's kind of day", d -> !d.findElements(By.cssSelector("#contact-panel .their-today .badge")).isEmpty());
        browser.waitFor("the advice", d -> !d.findElements(By.cssSelector("#contact-panel .their-verdict")).isEmpty());
        browser.waitFor("their day beside yours", d -> d.findElements(By.cssSelector("#contact-panel .their-strip tbody tr")).size() == 2);
        assertTrue(theirTime.getText().contains("h ahead of you"), theirTime.getText());
        browser.screenshot("their-time");
        browser.assertAccessible("their-time");

        WebElement plan = browser.find("#contact-panel meridian-their-time a[href*='#/planner?with=']");
        assertTrue(plan.getDomAttribute("href").endsWith("#/planner?with=" + haruka), plan.getDomAttribute("href"));
        plan.click();
        browser.waitFor("the planner with them", d -> gridRows().equals(List.of("You", "Mori Haruka")));
        browser.script("document.querySelector('#contact-panel button[aria-label=\"Close the contact panel\"]').click()");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void aContactWithoutTimeZoneIsExplainedWithTheFixInThePanelAndThePlanner() throws Exception {
        HttpResponse<String> created = workbench.send(workbench.request("/api/v1/contacts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"givenName\": \"Nomad\", \"familyName\": \"Traveller\"}")));
        assertEquals(201, created.statusCode(), created.body());
        String nomad = RunningWorkbench.JSON.readTree(created.body()).path("id").asText();
        browser.script("document.dispatchEvent(new CustomEvent('meridian:open-contact', {detail: {personId: arguments[0]}}))", nomad);
        WebElement missing = browser.find("#contact-panel meridian-their-time .their-missing");
        assertTrue(missing.getText().contains("no time zone or country on record"), missing.getText());
        assertTrue(missing.getText().contains("Fix: add their time zone"), missing.getText());
        browser.screenshot("their-time-missing");

        browser.go("#/planner?with=" + nomad + "," + haruka + "&" + WEEK, "meridian-planner");
        WebElement row = browser.waitForText("meridian-planner .planner-person.has-problem", "Nomad Traveller");
        assertTrue(row.getText().contains("Left out"), row.getText());
        browser.waitFor("the others still planned", d -> gridRows().equals(List.of("You", "Mori Haruka")));
        browser.screenshot("planner-left-out");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void thePaletteOpensThePlannerAndTheGridRouteRefusesTooLongARange() throws Exception {
        browser.go("#/plugins", "meridian-plugins");
        browser.runFromPalette("plan a meet", "Plan a meeting");
        browser.find("#main meridian-planner");
        assertTrue(browser.driver().getCurrentUrl().contains("#/planner"), browser.driver().getCurrentUrl());

        HttpResponse<String> tooLong = workbench.send(workbench.request("/api/v1/calendar/meeting-grid").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"attendees\": [{\"contactId\": \"" + haruka + "\"}], \"from\": \"2027-02-01\", \"to\": \"2027-02-20\"}")));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("ask for at most 14 days"), tooLong.body());
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void withoutAHomeCountryTheCountryOfYourTimeZoneStandsInAndSaysSo() throws Exception {
        HttpResponse<String> saved = workbench.send(workbench.request("/api/v1/preferences/io.meridian.workbench.profile")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"values\": {\"homeCountry\": \"\", \"timeZone\": \"Asia/Tokyo\"}}")));
        assertEquals(200, saved.statusCode(), saved.body());
        browser.go("#/plugins", "meridian-plugins");
        browser.waitFor("the new profile in the window", d -> "Asia/Tokyo".equals(browser.script(
                "return window.meridianFrame.profile && window.meridianFrame.profile.timeZone")));
        browser.go("#/planner", "meridian-planner");
        WebElement you = browser.waitForText("meridian-planner .planner-people", "Japan (from your time zone)");
        assertFalse(you.getText().contains("Your home country is not set"), you.getText());
        browser.screenshot("country-from-zone");
        browser.assertNoConsoleErrors();
    }

    // ---- helpers ----

    private void addContact(String typed, String name) {
        WebElement search = browser.find("#planner-search");
        search.sendKeys(typed);
        browser.waitForText("meridian-planner .planner-found [role='option'][aria-selected='true']", name);
        search.sendKeys(Keys.ENTER);
        browser.waitForText("meridian-planner .planner-people", name);
    }

    private void setTime(String css, String value) {
        browser.script("const i = document.querySelector(arguments[0]); i.value = arguments[1]; i.dispatchEvent(new Event('change'))", css, value);
    }

    @SuppressWarnings("unchecked")
    private List<String> gridRows() {
        return (List<String>) browser.script("return [...document.querySelectorAll('#planner-grid tbody tr')].map(tr => tr.dataset.attendee)");
    }

    /** The fit of {@code who}'s cell in the column of the organiser's hour {@code hour}. */
    private String fitAt(String who, int hour) {
        return (String) browser.script("""
                const column = [...document.querySelectorAll('#planner-grid thead button')].findIndex(b => b.textContent.startsWith(arguments[1]));
                const row = [...document.querySelectorAll('#planner-grid tbody tr')].find(tr => tr.dataset.attendee === arguments[0]);
                return row && column >= 0 ? row.querySelectorAll('td')[column].dataset.fit : null""", who, String.format("%02d", hour));
    }

    private String icsHref() {
        return (String) browser.script("const a = document.querySelector('#planner-ics'); return a ? a.getAttribute('href') : 'none'");
    }

    private WebElement slot(String start) {
        return browser.find("meridian-planner .planner-slot[data-start='" + start + "']");
    }

    private Path downloaded(String name) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String contactId(String query) throws Exception {
        JsonNode found = workbench.getJson("/api/v1/contacts?q=" + query);
        assertEquals(1, found.path("items").size(), found.toPrettyString());
        return found.path("items").get(0).path("id").asText();
    }

    private void shell(String command) throws Exception {
        HttpResponse<String> r = workbench.send(workbench.request("/api/v1/shell").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RunningWorkbench.JSON.writeValueAsString(Map.of("command", command)))));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, RunningWorkbench.JSON.readTree(r.body()).path("exitCode").asInt(), r.body());
    }
}
