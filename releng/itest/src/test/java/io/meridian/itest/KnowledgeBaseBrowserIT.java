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
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Knowledge base view and the Culture brief panel in a real browser, over the region packs
 * as shipped: a mistyped search that still finds and says what it searched for, a suggestion
 * taken with the keyboard, a facet narrowing the results, a country's scales and a note kept
 * on it, countries compared, and the brief for a demo contact in the frame's contact panel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeBaseBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private RunningWorkbench workbench;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.installAsShipped(folder);
        workbench.start();
        RunningWorkbench.await("the shipped content indexed", 90, () -> {
            JsonNode status = workbench.getJson("/api/v1/kb/status");
            return status.path("pending").asInt() == 0 && status.path("documents").asLong() > 100;
        });
        RunningWorkbench.CommandResult demo = workbench.cli("run", "contacts:demo");
        assertEquals(0, demo.exitCode(), demo.out() + demo.err());
        // a home country, so that briefs and comparisons are set against it
        int saved = workbench.send(workbench.request("/api/v1/preferences/io.meridian.workbench.profile")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"values\": {\"homeCountry\": \"DE\"}}"))).statusCode();
        assertEquals(200, saved);
        RunningWorkbench.await("the home country in the profile", 20,
                () -> "DE".equals(workbench.getJson("/api/v1/workbench").path("profile").path("homeCountry").asText()));
        browser.open(workbench, "#/kb");
    }

    @AfterAll
    void stop() throws Exception {
        if (workbench != null) workbench.close();
    }

    private WebElement searchBox() {
        return browser.find("#main meridian-kb #kb-search");
    }

    private String hash() {
        return (String) browser.script("return decodeURIComponent(location.hash.replaceAll('+', ' '))");
    }

    /** The total the page says it found: "1–10 of 28 results" or "7 results". */
    private long shownTotal() {
        String text = browser.find("meridian-kb .kb-count").getText();
        Matcher m = Pattern.compile("(?:of )?(\\d+) results?").matcher(text);
        assertTrue(m.find(), text);
        return Long.parseLong(m.group(1));
    }

    @Test
    @Order(1)
    void aMistypedSearchStillFindsMarksTheMatchesAndSaysWhatItSearchedFor() {
        browser.go("#/kb", "meridian-kb");
        browser.waitFor("the countries to browse", d -> d.findElements(By.cssSelector("meridian-kb .kb-country-tile")).size() > 20);
        browser.screenshot("landing");
        browser.assertAccessible("landing");
        WebElement box = searchBox();
        box.sendKeys("bussiness cards");
        box.sendKeys(Keys.ENTER);
        browser.waitFor("results", d -> !d.findElements(By.cssSelector("meridian-kb .kb-hit")).isEmpty());
        assertTrue(hash().contains("q=bussiness cards"), "the search is in the address: " + hash());
        WebElement said = browser.find("meridian-kb .kb-respelled");
        assertEquals("business cards", said.findElement(By.cssSelector(".kb-respelling")).getText());
        assertTrue(said.getText().contains("“bussiness” is not in the knowledge base"), said.getText());
        WebElement first = browser.find("meridian-kb .kb-hit");
        assertEquals("Exchanging business cards (meishi) in Japan", first.findElement(By.cssSelector(".kb-hit-title")).getText());
        List<String> marked = first.findElements(By.cssSelector(".kb-snippet mark")).stream().map(e -> e.getText().toLowerCase()).toList();
        assertTrue(marked.contains("business") && marked.stream().anyMatch(m -> m.startsWith("card")), "matches are marked: " + marked);
        // the marks are elements built from the text runs, not markup from the server
        assertEquals(0L, browser.script("return document.querySelectorAll('meridian-kb .kb-snippet *:not(mark)').length"));
        assertTrue(shownTotal() > 10, "more than one page");
        browser.screenshot("mistyped-search");
        browser.assertAccessible("mistyped-search");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void aSuggestionIsChosenWithTheArrowKeysAndOpensItsArticle() {
        browser.go("#/kb", "meridian-kb");
        WebElement box = searchBox();
        box.clear();
        box.sendKeys("gift");
        List<WebElement> options = browser.waitFor("the suggestions for 'gift'", d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#kb-suggestions [role='option']"));
            return "true".equals(box.getDomAttribute("aria-expanded")) && shown.size() >= 2
                    && shown.stream().allMatch(o -> o.getText().toLowerCase().contains("gift")) ? shown : null;
        });
        int article = -1;
        for (int i = 0; i < options.size() && article < 0; i++) {
            if (options.get(i).getDomAttribute("class").contains("article")) article = i;
        }
        assertTrue(article >= 0, "an article among the suggestions");
        for (int i = 0; i <= article; i++) box.sendKeys(Keys.ARROW_DOWN);
        WebElement active = browser.find("#kb-suggestion-" + article);
        assertEquals("kb-suggestion-" + article, box.getDomAttribute("aria-activedescendant"));
        assertEquals("true", active.getDomAttribute("aria-selected"));
        String title = active.findElement(By.cssSelector(".kb-suggestion-text")).getText();
        browser.screenshot("suggestions");
        box.sendKeys(Keys.ENTER);
        WebElement heading = browser.waitForText("meridian-kb h2.kb-page-title", title);
        assertEquals(title, heading.getText());
        assertTrue(hash().startsWith("#/kb/article/io.meridian.region."), hash());
        assertFalse(browser.driver().findElements(By.cssSelector("meridian-kb .kb-reading .kb-prose p")).isEmpty(), "the body is shown");
        browser.waitFor("more like this", d -> !d.findElements(By.cssSelector("meridian-kb .kb-related li")).isEmpty());
        assertEquals(0L, browser.script("return document.querySelectorAll('meridian-kb .kb-prose script, meridian-kb .kb-prose [onerror]').length"));
        browser.screenshot("article");
        browser.assertAccessible("article");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void aCountryFacetNarrowsTheResultsAndCanBeTurnedOff() throws Exception {
        browser.go("#/kb?q=meetings", "meridian-kb");
        browser.waitFor("results", d -> !d.findElements(By.cssSelector("meridian-kb .kb-hit")).isEmpty());
        long all = workbench.getJson("/api/v1/kb/search?q=meetings").path("total").asLong();
        long japan = workbench.getJson("/api/v1/kb/search?q=meetings&country=JP").path("total").asLong();
        assertTrue(japan > 0 && japan < all, all + " / " + japan);
        browser.waitFor("the total shown", d -> shownTotal() == all);
        // a facet shows its first values; the rest are a click away
        browser.driver().findElements(By.cssSelector("meridian-kb .kb-facet-group .kb-more")).forEach(WebElement::click);
        WebElement chip = browser.find("meridian-kb .kb-facet[data-facet='country'][data-value='JP']");
        assertEquals("false", chip.getDomAttribute("aria-pressed"));
        assertTrue(chip.getText().endsWith(String.valueOf(japan)), "the chip counts Japan's results: " + chip.getText());
        chip.click();
        browser.waitFor("the results narrowed", d -> shownTotal() == japan);
        assertTrue(hash().contains("country=JP"), hash());
        assertEquals("true", browser.find("meridian-kb .kb-facet[data-facet='country'][data-value='JP']").getDomAttribute("aria-pressed"));
        for (WebElement hit : browser.driver().findElements(By.cssSelector("meridian-kb .kb-hit .kb-hit-kind"))) {
            assertTrue(hit.getText().contains("Japan"), hit.getText());
        }
        browser.screenshot("facet-japan");
        browser.find("meridian-kb .kb-facet[data-facet='country'][data-value='JP']").click();
        browser.waitFor("all results again", d -> shownTotal() == all);
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void aCountryPageShowsTheScalesAndKeepsEditsAndDeletesANote() {
        browser.go("#/kb/country/JP", "meridian-kb");
        browser.waitForText("meridian-kb h2.kb-page-title", "Japan");
        browser.waitFor("eight scales", d -> d.findElements(By.cssSelector("meridian-kb .kb-scales .kb-scale")).size() == 8);
        WebElement communicating = browser.find("meridian-kb .kb-scale[data-scale='communicating']");
        assertTrue(communicating.getText().contains("low-context") && communicating.getText().contains("high-context"), communicating.getText());
        assertEquals("85", communicating.findElement(By.cssSelector(".kb-scale-value")).getText());
        String label = communicating.findElement(By.cssSelector(".kb-track")).getDomAttribute("aria-label");
        assertTrue(label.contains("Japan 85") && label.contains("Germany 15"), "set against the home country: " + label);
        assertFalse(browser.driver().findElements(By.cssSelector("meridian-kb .kb-advice-section[data-section='greetings'] em")).isEmpty(),
                "the section's Markdown emphasis is shown as such");
        browser.screenshot("country-japan");
        browser.assertAccessible("country-japan");

        String text = "Bring cards in Japanese <img src=x onerror=alert(1)>";
        browser.find("#kb-note-new").sendKeys(text);
        browser.find("meridian-kb .kb-note-form button[type='submit']").click();
        WebElement note = browser.waitForText("meridian-kb .kb-note-text", "Bring cards in Japanese");
        assertEquals(text, note.getText(), "the note shows as the text it is");
        assertEquals(0L, browser.script("return document.querySelectorAll('meridian-kb .kb-note-list img').length"));

        browser.find("meridian-kb .kb-note button[aria-label='Edit this note']").click();
        WebElement edit = browser.find("meridian-kb .kb-note.editing textarea");
        edit.clear();
        edit.sendKeys("Bring 40 cards, printed in Japanese on the back");
        browser.find("meridian-kb .kb-note.editing button[type='submit']").click();
        browser.waitForText("meridian-kb .kb-note-text", "Bring 40 cards");
        browser.screenshot("country-note");

        browser.find("meridian-kb .kb-note button[aria-label='Delete this note']").click();
        WebElement dialog = browser.find("dialog[open]");
        dialog.findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
        browser.waitFor("the note gone", d -> d.findElements(By.cssSelector("meridian-kb .kb-note-text")).isEmpty());
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void countriesAreComparedWithTheLargestDifferenceFirst() throws Exception {
        browser.go("#/kb/compare?countries=DE,JP", "meridian-kb");
        browser.waitFor("every scale", d -> d.findElements(By.cssSelector("meridian-kb .kb-compare-scales .kb-scale")).size() == 8);
        JsonNode compared = workbench.getJson("/api/v1/kb/compare?countries=DE,JP");
        String widest = null;
        int spread = -1;
        for (JsonNode row : compared.path("scales")) {
            if (row.path("spread").asInt() > spread) {
                spread = row.path("spread").asInt();
                widest = row.path("scale").asText();
            }
        }
        WebElement first = browser.find("meridian-kb .kb-compare-scales .kb-scale");
        assertEquals(widest, first.getDomAttribute("data-scale"));
        assertTrue(first.getText().contains(spread + " points apart"), first.getText());
        assertEquals(2, first.findElements(By.cssSelector(".kb-marker")).size());
        assertFalse(browser.driver().findElements(By.cssSelector("meridian-kb .kb-in-brief .kb-point")).isEmpty(), "the brief points");
        new Select(browser.find("#kb-compare-add")).selectByValue("BR");
        browser.waitFor("Brazil added", d -> hash().contains("countries=DE,JP,BR"));
        browser.waitFor("three markers per scale",
                d -> d.findElement(By.cssSelector("meridian-kb .kb-compare-scales .kb-scale")).findElements(By.cssSelector(".kb-marker")).size() == 3);
        browser.screenshot("compare");
        browser.assertAccessible("compare");
        browser.script("document.documentElement.dataset.theme = 'dark'");
        browser.screenshot("compare-dark");
        browser.assertAccessible("compare-dark");
        browser.script("delete document.documentElement.dataset.theme");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void thePaletteOffersTheKnowledgeBaseCommands() {
        browser.go("#/kb", "meridian-kb");
        browser.runFromPalette("compare countries", "Compare countries");
        browser.waitFor("the compare page", d -> hash().startsWith("#/kb/compare"));
        browser.waitForText("meridian-kb h2.kb-page-title", "Compare countries");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(7)
    void theCultureBriefShowsInTheContactPanelForADemoContact() throws Exception {
        String japanese = contactId("Ishida");
        browser.go("#/kb", "meridian-kb");
        browser.script("document.dispatchEvent(new CustomEvent('meridian:open-contact', {detail: {personId: arguments[0]}}))", japanese);
        WebElement brief = browser.waitForText("#contact-panel meridian-culture-brief .kb-brief-lede", "Japan");
        assertTrue(brief.getText().contains("compared with Germany"), brief.getText());
        browser.waitFor("the brief's points", d -> !d.findElements(By.cssSelector("#contact-panel .kb-brief-points li")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector("#contact-panel meridian-culture-brief a[href='#/kb/country/JP']")).isEmpty());
        browser.screenshot("contact-panel-brief");
        browser.assertAccessible("contact-panel-brief");

        String hungarian = contactId("Kovács");
        browser.script("document.dispatchEvent(new CustomEvent('meridian:open-contact', {detail: {personId: arguments[0]}}))", hungarian);
        WebElement none = browser.waitForText("#contact-panel meridian-culture-brief .kb-brief-none", "Hungary");
        assertTrue(none.getText().contains("No culture profile for Hungary"), none.getText());
        browser.screenshot("contact-panel-no-profile");
        browser.find("#contact-panel button[aria-label='Close the contact panel']").click();
        browser.assertNoConsoleErrors();
    }

    private String contactId(String name) throws Exception {
        JsonNode found = workbench.getJson("/api/v1/contacts?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertTrue(found.path("items").size() > 0, "a demo contact named " + name);
        return found.path("items").get(0).path("id").asText();
    }
}
