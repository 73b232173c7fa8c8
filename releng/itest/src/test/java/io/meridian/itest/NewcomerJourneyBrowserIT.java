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
import org.openqa.selenium.interactions.Actions;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's first session, as the "done when" puts it, on the distribution as it
 * ships (region packs included) and through the window alone: the printed URL, the demo book,
 * who to contact today, a file imported after a test run, a call logged on the new person's page
 * and the agenda changing for it, their culture and their time beside them, the knowledge base
 * searched with a typo and a facet, a meeting planned with them and its .ics, and a region pack
 * taken out and put back from Plugins. Each step is also tested in depth by its view's own test;
 * this one proves they hold together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewcomerJourneyBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private RunningWorkbench workbench;
    private Path csv;
    private String linaId;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.installAsShipped(folder);
        workbench.start();
        // A birthday three days from now (in UTC, the test machine's zone), so the agenda has something to say about her.
        LocalDate birthday = LocalDate.now(ZoneOffset.UTC).plusDays(3).withYear(1986);
        csv = folder.resolve("contacts.csv");
        Files.writeString(csv, """
                First Name,Last Name,Organization Name,Organization Title,Birthday,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City,Address 1 - Country
                Lina,Okafor,Harmattan Freight Ltd,Head of Partnerships,%s,* Work,lina.okafor@example.ng,Mobile,+234 803 123 4567,Lagos,Nigeria
                """.formatted(birthday), StandardCharsets.UTF_8);
        browser.open(workbench, "");
    }

    @AfterAll
    void stop() throws Exception {
        if (workbench != null) workbench.close();
    }

    @Test
    @Order(1)
    void thePrintedUrlLandsOnTheAgendaWhichLoadsTheDemoBookOnRequest() {
        browser.waitForText("#main h1", "Agenda");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/agenda"), browser.driver().getCurrentUrl());
        browser.find("#agenda-load-demo").click();
        browser.find("dialog[open]").findElement(By.xpath(".//button[normalize-space()='Load the demo book']")).click();
        browser.waitForText("meridian-agenda section[data-section='overdue'] h2", "Overdue");
        WebElement due = browser.find("meridian-agenda li[data-kind='contact-due']");
        assertTrue(due.getText().contains("their time") || due.getText().contains("yours"), "each action says when: " + due.getText());
        browser.screenshot("who-to-contact-today");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void aFileIsImportedAfterATestRunFoundThroughThePalette() throws Exception {
        browser.runFromPalette("import contacts", "Import contacts from a file");
        browser.find("meridian-import #import-file");
        browser.driver().findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.waitForText("#import-samples", "Lina");
        browser.find("#import-dry-run").click();
        browser.find("section[data-run][data-state='done']");
        browser.waitForText("#import-outcome", "Nothing was changed");
        assertEquals(0, workbench.getJson("/api/v1/contacts?q=okafor").path("total").asInt(), "the test run stored no one");
        browser.screenshot("test-run");
        browser.find("#import-for-real").click();
        browser.waitForText("#import-outcome", "1 person created");
        WebElement lina = browser.waitForText("#import-people a.import-person", "Lina");
        linaId = lina.getDomAttribute("href").replaceAll(".*#/contacts/", "");
        JsonNode stored = workbench.getJson("/api/v1/contacts/" + linaId);
        assertEquals("NG", stored.path("country").asText());
        assertEquals("+2348031234567", stored.path("phones").path(0).path("value").asText(), "the phone in E.164: " + stored);
        browser.screenshot("imported");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void theAgendaPicksUpTheImportedBirthdayAndACallLoggedOnHerPageBringsAFollowUp() {
        browser.go("#/agenda", "meridian-agenda");
        browser.waitForText("meridian-agenda li[data-kind='birthday']", "Lina Okafor");
        assertEquals(0L, followUpsFor("Lina Okafor"), "no follow-up before any call");

        browser.go("#/contacts/" + linaId, "meridian-contact-page");
        browser.waitForText("#main h1", "Lina Okafor");
        browser.find("#contact-log").click();
        WebElement dialog = browser.find("dialog[open]");
        dialog.findElement(By.name("summary")).sendKeys("Introduced ourselves; she wants rates for Lagos–Rotterdam");
        dialog.findElement(By.xpath(".//button[normalize-space()='Log it']")).click();
        browser.waitForText("#timeline", "rates for Lagos");
        browser.screenshot("call-logged-on-her-page");

        browser.go("#/agenda", "meridian-agenda");
        browser.waitFor("a follow-up for Lina in the agenda", d -> followUpsFor("Lina Okafor") == 1L);
        browser.screenshot("agenda-changed");
        browser.assertNoConsoleErrors();
    }

    private long followUpsFor(String name) {
        return ((Number) browser.script("return [...document.querySelectorAll(\"meridian-agenda li[data-kind='follow-up']\")]"
                + ".filter(li => li.textContent.includes(arguments[0])).length", name)).longValue();
    }

    @Test
    @Order(4)
    void herCultureAndHerTimeAreBesideHerInTheSidePanel() {
        browser.script("document.dispatchEvent(new CustomEvent('meridian:open-contact', {detail: {personId: arguments[0]}}))", linaId);
        WebElement panel = browser.waitForText("#contact-panel", "Lina Okafor");
        browser.waitForText("#contact-panel meridian-culture-brief", "Nigeria");
        browser.waitForText("#contact-panel meridian-their-time", "Lagos");
        browser.screenshot("side-panel");
        browser.assertAccessible("side-panel");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor("the panel closed", d -> !panel.isDisplayed());
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void theKnowledgeBaseForgivesATypoAndNarrowsByAFacet() throws Exception {
        browser.go("#/kb", "meridian-kb");
        WebElement box = browser.find("meridian-kb #kb-search");
        box.sendKeys("negociation");
        box.sendKeys(Keys.ENTER);
        browser.waitFor("results", d -> !d.findElements(By.cssSelector("meridian-kb .kb-hit")).isEmpty());
        browser.find("meridian-kb .kb-respelled");
        long all = workbench.getJson("/api/v1/kb/search?q=negociation").path("total").asLong();
        browser.driver().findElements(By.cssSelector("meridian-kb .kb-facet-group .kb-more")).forEach(WebElement::click);
        WebElement region = browser.find("meridian-kb .kb-facet[data-facet='region']");
        String value = region.getDomAttribute("data-value");
        long narrowed = workbench.getJson("/api/v1/kb/search?q=negociation&region=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))
                .path("total").asLong();
        region.click();
        browser.waitFor("the results narrowed to " + value, d -> "true".equals(
                d.findElement(By.cssSelector("meridian-kb .kb-facet[data-facet='region'][data-value='" + value + "']")).getDomAttribute("aria-pressed")));
        assertTrue(narrowed <= all && narrowed > 0, all + " → " + narrowed);
        browser.screenshot("kb-typo-and-facet");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void aMeetingWithHerIsPlannedAndItsIcsDownloads() throws Exception {
        browser.go("#/contacts/" + linaId, "meridian-contact-page");
        browser.find("meridian-contact-page a[href^='#/planner?with=']").click();
        browser.waitForText("meridian-planner", "Lina Okafor");
        browser.find("meridian-planner .planner-slot");
        WebElement ics = browser.waitFor("the .ics link", d -> {
            WebElement a = d.findElement(By.id("planner-ics"));
            return a.getDomAttribute("href") != null && a.getDomAttribute("href").contains("meeting.ics") ? a : null;
        });
        String href = ics.getDomAttribute("href").replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> file = workbench.send(workbench.request(href).GET());
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.body().startsWith("BEGIN:VCALENDAR") && file.body().contains("BEGIN:VEVENT"), file.body());
        browser.screenshot("meeting-planned");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(7)
    void aRegionPackIsTakenOutAndPutBackFromPlugins() throws Exception {
        assertTrue(workbench.getJson("/api/v1/kb/countries").toString().contains("\"NG\""));
        browser.go("#/plugins?tab=features", "meridian-plugins");
        WebElement africa = browser.find("meridian-plugins article[data-feature='region-sub-saharan-africa']");
        africa.findElement(By.xpath(".//button[normalize-space()='Uninstall']")).click();
        WebElement dialog = browser.find("dialog[open]");
        assertTrue(dialog.getText().contains("removes"), "the preview says what goes: " + dialog.getText());
        browser.screenshot("region-pack-uninstall-preview");
        dialog.findElement(By.xpath(".//button[normalize-space()='Uninstall']")).click();
        RunningWorkbench.await("Nigeria's profile gone with its pack", 60,
                () -> !workbench.getJson("/api/v1/kb/countries").toString().contains("\"NG\""));
        WebElement back = browser.waitFor("the pack offered for install", d -> {
            WebElement card = d.findElement(By.cssSelector("meridian-plugins article[data-feature='region-sub-saharan-africa']"));
            return card.getText().contains("available") ? card : null;
        });
        back.findElement(By.xpath(".//button[normalize-space()='Install']")).click();
        browser.find("dialog[open]").findElement(By.xpath(".//button[normalize-space()='Install']")).click();
        RunningWorkbench.await("Nigeria's profile back", 60, () -> workbench.getJson("/api/v1/kb/countries").toString().contains("\"NG\""));
        browser.screenshot("region-pack-back");
        browser.assertNoConsoleErrors();
    }
}
