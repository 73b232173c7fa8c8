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
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Contacts view, a person's page and the Insights pictures in a real browser: markup in a
 * name stays text everywhere it is shown, a call logged on the page changes the timeline and
 * the health, a new contact with a wrong country is refused next to the field, and the book's
 * pictures are drawn with their figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactsBrowserIT {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final Browser browser = new Browser();

    private RunningWorkbench workbench;
    private String hostileId;
    private String annaId;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.start(folder);
        JsonNode org = workbench.postJson("/api/v1/organizations", "{\"name\": \"<b>Bold</b> & Co\", \"country\": \"DE\"}");
        hostileId = workbench.postJson("/api/v1/contacts", """
                {"givenName": "<img src=x onerror=alert(1)>", "title": "<script>alert(2)</script>", "country": "FR",
                 "organizationId": "%s", "tags": ["<i>x</i>"], "notes": "<a href=javascript:alert(3)>click</a>"}
                """.formatted(org.path("id").asText())).path("id").asText();
        annaId = workbench.postJson("/api/v1/contacts", """
                {"givenName": "Anna", "familyName": "Schmidt", "country": "DE", "timeZone": "Europe/Berlin", "tags": ["partner"]}
                """).path("id").asText();
        String longAgo = Instant.now().minus(50, ChronoUnit.DAYS).toString();
        workbench.postJson("/api/v1/contacts/" + annaId + "/interactions",
                "{\"channel\": \"call\", \"direction\": \"outbound\", \"at\": \"" + longAgo + "\", \"summary\": \"Kick-off\"}");
        browser.open(workbench, "#/contacts");
        // Any alert a hostile value managed to open would be recorded here instead of blocking the page.
        browser.script("window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));");
    }

    @AfterAll
    void stop() throws Exception {
        if (workbench != null) workbench.close();
    }

    private void assertNothingRan() {
        assertEquals(0L, ((Number) browser.script("return window.__alerts ? window.__alerts.length : 0")).longValue(), "an alert ran");
        assertEquals(0L, ((Number) browser.script("return document.querySelectorAll('img[src=\"x\"], #main script, #contact-panel script, "
                + "a[href^=\"javascript:\"]').length")).longValue(), "markup from a contact became an element");
    }

    @Test
    @Order(1)
    void markupInANameIsShownAsTextInTheListThePanelThePageAndThePalette() {
        browser.go("#/contacts", "meridian-contacts");
        browser.waitForText("#contacts-table", HOSTILE);
        browser.screenshot("list-with-markup-as-text");
        browser.assertAccessible("contacts-list");
        assertNothingRan();

        browser.find("tr[data-person='" + hostileId + "'] button").click();
        WebElement panel = browser.waitForText("#contact-panel", HOSTILE);
        assertTrue(panel.getText().contains("<b>Bold</b> & Co"), panel.getText());
        browser.screenshot("side-panel-with-markup-as-text");
        assertNothingRan();
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor("the panel closed", d -> !d.findElement(By.id("contact-panel")).isDisplayed());
        assertEquals(browser.find("tr[data-person='" + hostileId + "'] button"), browser.driver().switchTo().activeElement(),
                "closing the panel gives the focus back to the button that opened it");

        browser.go("#/contacts/" + hostileId, "meridian-contact-page");
        browser.waitForText("#main h1", HOSTILE);
        WebElement page = browser.waitForText("meridian-contact-page", "<script>alert(2)</script>");
        assertTrue(page.getText().contains("<a href=javascript:alert(3)>click</a>"), page.getText());
        assertTrue(browser.driver().getTitle().startsWith(HOSTILE), browser.driver().getTitle());
        browser.screenshot("page-with-markup-as-text");
        assertNothingRan();

        browser.openPalette("img src", HOSTILE);
        assertNothingRan();
        browser.find("#palette-input").sendKeys(Keys.ESCAPE);
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void aCallLoggedOnTheContactPageAppearsInTheTimelineAndLiftsTheHealth() {
        browser.go("#/contacts/" + annaId, "meridian-contact-page");
        String before = browser.waitFor("the health score", d -> d.findElement(By.cssSelector(".health-score .score"))).getText();
        browser.find("#contact-log").click();
        WebElement dialog = browser.find("dialog[open]");
        new Select(dialog.findElement(By.name("channel"))).selectByVisibleText("Video call");
        dialog.findElement(By.name("summary")).sendKeys("Agreed the pilot scope");
        browser.screenshot("log-dialog");
        dialog.findElement(By.xpath(".//button[normalize-space()='Log it']")).click();
        browser.waitForText("#timeline", "Agreed the pilot scope");
        assertEquals("contact-log", browser.driver().switchTo().activeElement().getDomAttribute("id"),
                "after the dialog and the page drawn again, the focus is back on the button that opened it");
        String after = browser.find(".health-score .score").getText();
        assertTrue(Integer.parseInt(after) > Integer.parseInt(before), "health " + before + " → " + after);
        assertTrue(browser.find("#timeline li").getText().startsWith("Video call"), browser.find("#timeline li").getText());
        browser.find("svg[role='img']");
        browser.screenshot("page-after-the-call");
        browser.assertAccessible("contact-page");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void aNewContactWithAWrongCountryIsRefusedNextToTheFieldAndAcceptedOnceFixed() {
        browser.go("#/contacts?new=1", "meridian-contacts");
        browser.waitForText("#main h1", "Contacts");
        WebElement dialog = browser.find("dialog[open]");
        dialog.findElement(By.name("givenName")).sendKeys("Kenji");
        dialog.findElement(By.name("familyName")).sendKeys("Mori");
        dialog.findElement(By.name("country")).sendKeys("Japan-ish");
        dialog.findElement(By.xpath(".//button[normalize-space()='Add contact']")).click();
        WebElement country = browser.waitFor("the country marked invalid",
                d -> d.findElement(By.cssSelector("dialog[open] input[name='country'][aria-invalid='true']")));
        String message = browser.find("dialog[open] #" + country.getDomAttribute("id") + "-error").getText();
        assertTrue(message.contains("country code"), message);
        assertEquals(country, browser.driver().switchTo().activeElement(), "the focus is on the field to fix");
        browser.screenshot("new-contact-refused");
        country.clear();
        country.sendKeys("JP");
        browser.find("dialog[open] button[type='submit']").click();
        browser.waitForText("#main h1", "Mori Kenji");
        assertFalse(browser.first(By.cssSelector("dialog[open]")).isPresent());
        browser.assertNoConsoleErrors("/api/v1/contacts - Failed to load resource: the server responded with a status of 400");
    }

    @Test
    @Order(4)
    void insightsDrawTheBookWithItsFiguresAsATable() {
        browser.go("#/insights", "meridian-insights");
        WebElement figures = browser.waitForText("meridian-insights", "Interactions per month, by country");
        assertTrue(figures.getText().contains("people in the book"), figures.getText());
        assertEquals(3L, ((Number) browser.script("return document.querySelectorAll('meridian-insights figure').length")).longValue(),
                "interactions by month, people by country, people by time zone");
        assertTrue(((Number) browser.script("return document.querySelectorAll('meridian-insights svg rect').length")).longValue() > 0);
        WebElement byCountry = browser.find("meridian-insights .wide-cards figure");
        byCountry.findElement(By.cssSelector("details summary")).click();
        WebElement table = byCountry.findElement(By.cssSelector("details[open] table"));
        assertTrue(table.getText().contains("Germany") && table.getText().contains("France"), table.getText());
        browser.screenshot("insights");
        browser.assertAccessible("insights");
        browser.assertNoConsoleErrors();
    }
}
