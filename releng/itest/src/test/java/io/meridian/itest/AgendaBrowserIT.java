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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Agenda, the workbench's landing page, in a real browser: from an empty book to the demo
 * book loaded through the page, filtered by its summary, and worked through as a user does every
 * morning — a call logged, a promise delivered, another delayed, birthday wishes sent — each
 * item leaving the list and the counts following; names open the contact side panel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgendaBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private RunningWorkbench workbench;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.start(folder);
        browser.open(workbench, "#/");
    }

    @AfterAll
    void stop() throws Exception {
        if (workbench != null) workbench.close();
    }

    @Test
    @Order(1)
    void anEmptyBookLandsOnTheAgendaWhichOffersTheDemoAndAnImport() {
        browser.waitForText("#main h1", "Agenda");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/agenda"), "the agenda is the landing page: " + browser.driver().getCurrentUrl());
        WebElement empty = browser.waitForText("meridian-agenda .empty", "Your contact book is empty");
        assertTrue(empty.findElement(By.linkText("Import a file")).getDomAttribute("href").endsWith("#/import"));
        assertTrue(browser.find("#agenda-load-demo").isEnabled());
        browser.screenshot("empty-book");
        browser.assertAccessible("empty-book");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void theDemoBookIsLoadedFromTheEmptyStateOnlyAfterConfirming() throws Exception {
        browser.find("#agenda-load-demo").click();
        WebElement dialog = browser.find("dialog[open]");
        assertTrue(dialog.getText().contains("Load the demo book?"), dialog.getText());
        browser.screenshot("demo-confirm");
        dialog.findElement(By.xpath(".//button[normalize-space()='Cancel']")).click();
        browser.waitFor("the dialog closed", d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
        assertEquals(0, workbench.getJson("/api/v1/contacts?limit=1").path("total").asInt(), "cancelled: nothing loaded");

        browser.find("#agenda-load-demo").click();
        browser.find("dialog[open]").findElement(By.xpath(".//button[normalize-space()='Load the demo book']")).click();
        browser.waitForText("#toasts .toast", "Loaded the demo book");
        browser.waitForText("meridian-agenda section[data-section='overdue'] h2", "Overdue");
        assertTrue(count("overdue") > 0, "the demo has overdue items");
        browser.waitForText("meridian-agenda section[data-section^='day-'] h2", "Today");
        assertTrue(browser.driver().findElements(By.cssSelector("meridian-agenda section[data-section^='day-']")).size() > 2,
                "later days are listed after today");
        assertTrue(workbench.getJson("/api/v1/contacts?limit=1").path("total").asInt() > 40);
        String text = (String) browser.script("return document.querySelector('meridian-agenda').innerText");
        assertFalse(text.lines().anyMatch(line -> line.strip().equals("null") || line.contains("undefined")), "no placeholder leaks into the page");
        browser.screenshot("demo-agenda");
        browser.script("document.querySelector(\"meridian-agenda section[data-section^='day-']\").scrollIntoView()");
        browser.screenshot("today-and-after");
        browser.assertAccessible("today-and-after");
        browser.script("document.getElementById('main').scrollTop = 0");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void aSummaryChipFiltersByKindAndThePaletteShowsOnlyWhatIsOverdue() {
        int contactDue = count("contact-due");
        chip("contact-due").click();
        browser.waitFor("only stay-in-touch items", d -> kinds().stream().allMatch("contact-due"::equals));
        assertEquals(contactDue, kinds().size());
        assertEquals("true", chip("contact-due").getDomAttribute("aria-pressed"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/agenda?filter=contact-due"), browser.driver().getCurrentUrl());
        browser.screenshot("filtered-stay-in-touch");
        chip("contact-due").click();
        browser.waitFor("everything again", d -> kinds().size() > contactDue);

        browser.runFromPalette("overdue only", "Agenda: overdue only");
        browser.waitFor("only overdue items", d -> "true".equals(chip("overdue").getDomAttribute("aria-pressed"))
                && d.findElements(By.cssSelector("meridian-agenda section[data-section^='day-']")).isEmpty());
        assertEquals(count("overdue"), kinds().size());
        browser.screenshot("overdue-only");
        chip("all").click();
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void loggingACallForSomeoneDueTakesThemOffTheListAndTheFocusMovesOn() throws Exception {
        int before = count("contact-due");
        WebElement item = browser.find("meridian-agenda li[data-kind='contact-due']");
        String key = item.getDomAttribute("data-key");
        String name = item.findElement(By.cssSelector(".agenda-name")).getText();
        String personId = personOf(item);
        item.findElement(By.xpath(".//button[normalize-space()='Log it']")).click();
        WebElement form = browser.find("meridian-agenda li[data-key='" + key + "'] form");
        new Select(form.findElement(By.cssSelector("select"))).selectByValue("call");
        form.findElement(By.cssSelector("input[name='summary']")).sendKeys("Caught up on the pilot");
        browser.screenshot("log-a-call");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        browser.waitForText("#toasts .toast", "Logged a call with " + name);
        browser.waitFor("the item gone", d -> d.findElements(By.cssSelector("meridian-agenda li[data-key='" + key + "']")).isEmpty());
        assertEquals(before - 1, count("contact-due"));
        String focused = (String) browser.script("const li = document.activeElement.closest('.agenda-item'); return li ? li.dataset.key : null");
        assertNotNull(focused, "the focus is on the next item");
        assertNotEquals(key, focused);

        JsonNode last = workbench.getJson("/api/v1/contacts/" + personId + "/interactions?limit=1").get(0);
        assertEquals("call", last.path("channel").asText());
        assertEquals("outbound", last.path("direction").asText());
        assertEquals("Caught up on the pilot", last.path("summary").asText());
        assertEquals("ui", last.path("origin").asText(), "recorded as the workbench's own change");
        browser.screenshot("call-logged");
        browser.assertAccessible("call-logged");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void aPromiseMarkedDoneLeavesTheAgenda() throws Exception {
        String kind = count("commitment-late") > 0 ? "commitment-late" : "commitment-due";
        int before = count(kind);
        WebElement item = browser.find("meridian-agenda li[data-kind='" + kind + "']");
        String key = item.getDomAttribute("data-key");
        String personId = personOf(item);
        item.findElement(By.xpath(".//button[normalize-space()='Done']")).click();

        browser.waitForText("#toasts .toast", "Done: ");
        browser.waitFor("the promise gone", d -> d.findElements(By.cssSelector("meridian-agenda li[data-key='" + key + "']")).isEmpty());
        assertEquals(before - 1, count(kind));
        String commitmentId = key.substring("commitment-".length());
        JsonNode promise = commitment(personId, commitmentId);
        assertEquals("done", promise.path("status").asText());
        assertEquals(LocalDate.now().toString(), promise.path("doneOn").asText());
        browser.screenshot("promise-done");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void aDelayedPromiseKeepsTheNewDateYouToldThem() throws Exception {
        WebElement item = browser.find("meridian-agenda li[data-kind='commitment-due']");
        String key = item.getDomAttribute("data-key");
        String personId = personOf(item);
        item.findElement(By.xpath(".//button[normalize-space()='Delay…']")).click();
        WebElement form = browser.find("meridian-agenda li[data-key='" + key + "'] form");
        browser.waitForText("meridian-agenda li[data-key='" + key + "'] form .hint", "promised for");
        String newDue = LocalDate.now().plusDays(40).toString();
        // a date field takes typing in the browser's own order; set its value as a picker would
        browser.script("const input = arguments[0]; input.value = arguments[1]; input.dispatchEvent(new Event('input', {bubbles: true}));",
                form.findElement(By.cssSelector("input[name='newDue']")), newDue);
        browser.screenshot("delay-form");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        browser.waitForText("#toasts .toast", "New date for");
        browser.waitFor("the promise moved past the fortnight", d -> d.findElements(By.cssSelector("meridian-agenda li[data-key='" + key + "']")).isEmpty());
        JsonNode promise = commitment(personId, key.substring("commitment-".length()));
        assertEquals(newDue, promise.path("revisedDue").asText());
        assertEquals(LocalDate.now().toString(), promise.path("delayCommunicatedOn").asText());
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(7)
    void birthdayWishesMarkedSentAreLoggedAndShownAsSent() throws Exception {
        int before = count("birthday");
        WebElement item = browser.find("meridian-agenda li[data-kind='birthday']");
        String key = item.getDomAttribute("data-key");
        String personId = personOf(item);
        item.findElement(By.xpath(".//button[normalize-space()='Sent']")).click();

        browser.waitForText("#toasts .toast", "Logged birthday wishes sent to");
        WebElement sent = browser.waitForText("meridian-agenda li[data-key='" + key + "'] .badge.good", "Sent today");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", sent);
        browser.screenshot("birthday-sent");
        assertEquals(before - 1, count("birthday"));
        JsonNode last = workbench.getJson("/api/v1/contacts/" + personId + "/interactions?limit=1").get(0);
        assertEquals("message", last.path("channel").asText());
        assertEquals("Birthday wishes", last.path("summary").asText());
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(8)
    void aNameOpensTheContactInTheSidePanel() {
        WebElement name = browser.find("meridian-agenda .agenda-name");
        String text = name.getText();
        name.click();
        browser.waitForText("#contact-panel-title", text);
        assertTrue(browser.find("#contact-panel").isDisplayed());
        browser.screenshot("side-panel");
        browser.assertAccessible("side-panel");
        browser.find("#contact-panel button[aria-label='Close the contact panel']").click();
        browser.waitFor("the panel closed", d -> !d.findElement(By.id("contact-panel")).isDisplayed());
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(9)
    void aNameThatLooksLikeMarkupIsShownAsText() throws Exception {
        String today = LocalDate.now().toString().substring(4);
        HttpResponse<String> created = workbench.send(workbench.request("/api/v1/contacts").POST(HttpRequest.BodyPublishers.ofString(
                "{\"givenName\": \"<img src=x onerror=alert(1)>\", \"country\": \"FR\", \"timeZone\": \"Europe/Paris\", \"birthday\": \"-" + today + "\"}")));
        assertEquals(201, created.statusCode(), created.body());
        browser.find("meridian-agenda .agenda-tools").findElement(By.xpath(".//button[normalize-space()='Refresh']")).click();
        browser.waitForText("meridian-agenda li[data-kind='birthday'] .agenda-name", "<img src=x onerror=alert(1)>");
        assertEquals(0L, browser.script("return document.querySelectorAll('meridian-agenda img').length"));
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(10)
    void theAgendaReadsWellInTheDarkThemeAndInANarrowWindow() {
        browser.script("localStorage.setItem('meridian.theme', 'dark')");
        browser.driver().navigate().refresh();
        browser.waitForText("meridian-agenda section[data-section='overdue'] h2", "Overdue");
        assertEquals("rgb(15, 19, 24)", browser.script("return getComputedStyle(document.body).backgroundColor"));
        browser.screenshot("dark");
        browser.assertAccessible("dark");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(900, 800));
        browser.waitForText("meridian-agenda section[data-section='overdue'] h2", "Overdue");
        browser.screenshot("dark-900");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
        browser.script("localStorage.removeItem('meridian.theme')");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(11)
    void thePaletteDownloadsTheAgendaAndAsksBeforeLoadingTheDemoAgain() throws Exception {
        browser.runFromPalette("download the agenda", "Download the agenda (.ics)");
        browser.waitForText("#toasts .toast", "Downloading the agenda");
        browser.waitFor("the one-off request gone from the address", d -> d.getCurrentUrl().endsWith("#/agenda"));
        HttpResponse<String> ics = workbench.send(workbench.request("/api/v1/agenda.ics?days=14&zone=UTC&hours=09:00-17:00").GET());
        assertEquals(200, ics.statusCode());
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR"), ics.body());

        browser.runFromPalette("demo book", "Load the demo book");
        WebElement dialog = browser.find("dialog[open]");
        dialog.findElement(By.xpath(".//button[normalize-space()='Load the demo book']")).click();
        browser.waitForText("#toasts .toast", "already loaded");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/agenda"), browser.driver().getCurrentUrl());
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(12)
    void anAgendaLeftWhileTheDemoLoadsStopsReadingButStillSaysWhatHappened() throws Exception {
        browser.script("window.agendaReads = 0; if (!window.agendaSpy) { window.agendaSpy = true; const f = window.fetch; "
                + "window.fetch = (url, init) => { if (String(url).startsWith('/api/v1/agenda?')) window.agendaReads++; return f(url, init); }; }");
        int told = toasts("already loaded");
        browser.runFromPalette("demo book", "Load the demo book");
        WebElement confirm = browser.find("dialog[open]").findElement(By.xpath(".//button[normalize-space()='Load the demo book']"));
        // Confirmed and gone in one step, so the load answers an agenda that is no longer on the page.
        browser.script("arguments[0].click(); location.hash = '#/contacts';", confirm);
        browser.waitForText("#main h1", "Contacts");
        browser.waitFor("the load told", d -> toasts("already loaded") > told);
        // The demo's re-reads are 400 ms apart: a view still reading would have started three by now.
        Thread.sleep(1500);
        assertEquals(0L, browser.script("return window.agendaReads"), "agenda reads after the view was left");
        browser.go("#/agenda", "meridian-agenda");
        browser.waitForText("meridian-agenda section[data-section='overdue'] h2", "Overdue");
        browser.assertNoConsoleErrors();
    }

    private int toasts(String text) {
        return ((Number) browser.script("return [...document.querySelectorAll('#toasts .toast')].filter(t => t.textContent.includes(arguments[0])).length",
                text)).intValue();
    }

    /** The summary chip of a filter: "all", "overdue" or a kind. */
    private WebElement chip(String filter) {
        return browser.find("meridian-agenda .agenda-summary [data-filter='" + filter + "']");
    }

    /** The count a chip shows, 0 when the summary has no chip for it. */
    private int count(String filter) {
        List<WebElement> chips = browser.driver().findElements(By.cssSelector("meridian-agenda .agenda-summary [data-filter='" + filter + "'] .agenda-count"));
        return chips.isEmpty() ? 0 : Integer.parseInt(chips.get(0).getText().trim());
    }

    @SuppressWarnings("unchecked")
    private List<String> kinds() {
        return (List<String>) browser.script("return [...document.querySelectorAll('meridian-agenda li.agenda-item')].map(li => li.dataset.kind)");
    }

    private static String personOf(WebElement item) {
        String href = item.findElement(By.cssSelector("a.agenda-page")).getDomAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    private JsonNode commitment(String personId, String commitmentId) throws Exception {
        for (JsonNode c : workbench.getJson("/api/v1/contacts/" + personId + "/commitments")) {
            if (c.path("id").asText().equals(commitmentId)) return c;
        }
        throw new AssertionError("no commitment " + commitmentId + " for " + personId);
    }
}
