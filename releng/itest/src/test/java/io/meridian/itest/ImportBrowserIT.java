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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Import view in a real browser, the way a first-time user goes through it: a Google
 * Contacts export chosen with the file input, its layout recognised, one column sent elsewhere,
 * a test run that reports the bad row by its line and stores nothing, the import with its
 * progress, the people it created, the history and undo; a large file's progress and cancel;
 * the palette's commands and the export. A contact named like markup stays text throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** The header row of Google Contacts' current export (shared/reference/crm-export-headers.md, section 1). */
    private static final String GOOGLE_HEADER = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
            + "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
            + "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,E-mail 3 - Label,"
            + "E-mail 3 - Value,E-mail 4 - Label,E-mail 4 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
            + "Phone 3 - Label,Phone 3 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
            + "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
            + "Website 1 - Label,Website 1 - Value,Event 1 - Label,Event 1 - Value,Event 2 - Label,Event 2 - Value,"
            + "Custom Field 1 - Label,Custom Field 1 - Value";
    private static final String MARKUP_NAME = "<img src=x onerror=alert(1)>";

    private RunningWorkbench workbench;
    private Path exportFile;
    private long testRun;
    private long realRun;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.start(folder.resolve("workbench"));
        workbench.requireFeature("crm", "io.meridian.crm");
        RunningWorkbench.await("the import view", 60, () -> workbench.getJson("/api/v1/workbench").path("views").findValuesAsText("id")
                .contains("import"));
        exportFile = googleExport(folder.resolve("google-contacts.csv"));
        browser.open(workbench, "#/import");
        // Any alert the page opened would be recorded here instead of blocking: the markup name must never run.
        browser.script("window.alertsOpened = 0; window.alert = () => { window.alertsOpened++; };");
    }

    @AfterAll
    void stop() throws Exception {
        if (workbench != null) workbench.close();
    }

    /** Four people as Google exports them: one well-formed, one named like markup, one whose only clue is a broken address, one more. */
    private static Path googleExport(Path file) throws Exception {
        List<String> columns = Arrays.asList(GOOGLE_HEADER.split(","));
        List<String> lines = new ArrayList<>(List.of(GOOGLE_HEADER));
        lines.add(row(columns, "First Name", "Zoë", "Last Name", "Müller", "Organization Name", "Kessler & Voss GmbH",
                "Organization Title", "Head of Procurement", "Organization Department", "Einkauf", "Labels", "* myContacts ::: Clients",
                "E-mail 1 - Label", "* Work", "E-mail 1 - Value", "zoe.muller@example.de", "Phone 1 - Label", "Work",
                "Phone 1 - Value", "+49 30 901820", "Address 1 - Country", "Deutschland"));
        lines.add(row(columns, "First Name", MARKUP_NAME, "Organization Name", "Harbour Lights Ltd", "Organization Department",
                "Security", "Labels", "* myContacts", "E-mail 1 - Label", "* Work", "E-mail 1 - Value", "markup.test@example.com",
                "Address 1 - City", "London", "Address 1 - Country", "UK"));
        lines.add(row(columns, "Labels", "* myContacts", "E-mail 1 - Label", "* Work", "E-mail 1 - Value",
                "jan.kowalski(at)example.com", "Address 1 - Country", "Polska"));
        lines.add(row(columns, "First Name", "Priya", "Last Name", "Raghunathan", "Organization Name",
                "Tarangini Software Pvt. Ltd.", "Organization Department", "Partnerships", "Labels", "* myContacts ::: Partners",
                "E-mail 1 - Label", "* Work", "E-mail 1 - Value", "priya.r@example.com", "Phone 1 - Label", "Mobile",
                "Phone 1 - Value", "+91 98450 12345", "Address 1 - Country", "India"));
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A row with the given cells (column, value, column, value…) and the others empty. */
    private static String row(List<String> columns, String... cellsByColumn) {
        String[] cells = new String[columns.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < cellsByColumn.length; i += 2) cells[columns.indexOf(cellsByColumn[i])] = cellsByColumn[i + 1];
        return String.join(",", cells);
    }

    private long contacts() throws Exception {
        return workbench.getJson("/api/v1/contacts?limit=1").path("total").asLong();
    }

    private WebElement tile(String kind) {
        return browser.find("#import-counts button[data-kind='" + kind + "']");
    }

    private void assertMarkupNameIsText(String where) {
        assertEquals(0L, browser.script("return document.querySelectorAll('img[src=\"x\"]').length"), "no img element from a name " + where);
        assertEquals(0L, browser.script("return window.alertsOpened"), "no alert " + where);
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "no dialog " + where);
    }

    @Test
    @Order(1)
    void aFirstImportGoesFromTheFileThroughATestRunToTheImportAndIsUndoneFromTheHistory() throws Exception {
        browser.go("#/import", "meridian-import");
        browser.find("#import-file");
        browser.screenshot("choose-a-file");
        browser.assertAccessible("choose-a-file");
        browser.driver().findElement(By.id("import-file")).sendKeys(exportFile.toAbsolutePath().toString());

        WebElement preset = browser.waitForText("#import-preset", "Google Contacts");
        assertTrue(preset.getText().contains("Google CSV"), preset.getText());
        assertEquals("givenName", new Select(browser.find("#import-columns tr[data-column='First Name'] select"))
                .getFirstSelectedOption().getDomProperty("value"));
        assertEquals("email", new Select(browser.find("#import-columns tr[data-column='E-mail 1 - Value'] select"))
                .getFirstSelectedOption().getDomProperty("value"));
        WebElement department = browser.find("#import-columns tr[data-column='Organization Department']");
        assertTrue(department.getText().contains("Kept as custom field"), department.getText());
        browser.waitForText("#import-problems", "line 4");
        WebElement samples = browser.waitForText("#import-samples", MARKUP_NAME);
        assertTrue(samples.getText().contains("+4930901820"), "phones in international form: " + samples.getText());
        assertMarkupNameIsText("in the preview");
        browser.screenshot("preview-recognised");
        browser.assertAccessible("preview-recognised");

        new Select(browser.find("#import-columns tr[data-column='Organization Department'] select")).selectByValue("tags");
        browser.waitForText("#import-columns tr[data-column='Organization Department']", "Your choice");
        browser.waitForText("#import-samples", "Einkauf, Clients");
        browser.screenshot("column-sent-to-tags");

        browser.find("#import-dry-run").click();
        WebElement run = browser.find("section[data-run][data-state='done']");
        testRun = Long.parseLong(run.getDomAttribute("data-run"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/import/" + testRun), browser.driver().getCurrentUrl());
        browser.waitForText("#import-outcome", "Nothing was changed");
        assertTrue(browser.find("#import-counts").getText().contains("3\nWould be created"), browser.find("#import-counts").getText());
        assertTrue(tile("rejected").getText().startsWith("1"), tile("rejected").getText());
        WebElement rejected = browser.find("#import-report tr[data-kind='rejected']");
        assertEquals("4", rejected.getDomAttribute("data-line"));
        assertTrue(rejected.getText().contains("jan.kowalski(at)example.com") && rejected.getText().contains("E-mail 1 - Value"),
                rejected.getText());
        assertEquals("/api/v1/import/" + testRun + "/errors.csv",
                browser.find("#import-errors").getDomAttribute("href").replaceFirst("^https?://[^/]+", ""));
        assertEquals(0, contacts(), "a test run stores no one");
        browser.screenshot("test-run-report");
        browser.assertAccessible("test-run-report");

        tile("rejected").click();
        browser.waitFor("the report filtered", d -> d.getCurrentUrl().endsWith("#/import/" + testRun + "?kind=rejected"));
        browser.waitFor("only rejected rows", d -> d.findElements(By.cssSelector("#import-report tbody tr")).stream()
                .allMatch(tr -> "rejected".equals(tr.getDomAttribute("data-kind"))));
        HttpResponse<String> errors = workbench.send(workbench.request("/api/v1/import/" + testRun + "/errors.csv").GET());
        assertEquals(200, errors.statusCode());
        assertTrue(errors.body().contains("jan.kowalski(at)example.com") && errors.body().split("\r\n")[1].startsWith("4,"), errors.body());

        browser.find("#import-for-real").click();
        browser.waitFor("the import's own page", d -> !d.getCurrentUrl().endsWith("#/import/" + testRun + "?kind=rejected")
                && d.getCurrentUrl().matches(".*#/import/\\d+$"));
        realRun = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*#/import/", ""));
        WebElement state = browser.find("section[data-run='" + realRun + "']");
        assertTrue(List.of("queued", "running", "done").contains(state.getDomAttribute("data-state")), state.getDomAttribute("data-state"));
        browser.screenshot("import-started");
        browser.find("section[data-run='" + realRun + "'][data-state='done']");
        browser.waitForText("#import-outcome", "3 people created");
        WebElement people = browser.waitForText("#import-people", MARKUP_NAME);
        List<WebElement> links = people.findElements(By.cssSelector("a.import-person"));
        assertEquals(3, links.size(), people.getText());
        assertTrue(links.get(0).getDomAttribute("href").matches(".*#/contacts/[0-9a-f-]{36}$"), links.get(0).getDomAttribute("href"));
        assertMarkupNameIsText("in the report");
        browser.screenshot("import-done");
        browser.assertAccessible("import-done");

        assertEquals(3, contacts());
        JsonNode zoe = workbench.getJson("/api/v1/contacts?q=zoe.muller@example.de").path("items").get(0);
        assertTrue(zoe.path("tags").toString().contains("einkauf"), "the department went to the tags, as chosen: " + zoe);
        JsonNode markup = workbench.getJson("/api/v1/contacts?q=markup.test@example.com").path("items").get(0);
        assertEquals(MARKUP_NAME, markup.path("displayName").asText());

        browser.go("#/import?tab=history", "meridian-import");
        browser.find("#import-history tr[data-run='" + testRun + "']");
        WebElement history = browser.find("#import-history");
        assertEquals(2, history.findElements(By.cssSelector("tbody tr")).size(), history.getText());
        assertTrue(history.getText().contains("Test run " + testRun) && history.getText().contains("Import " + realRun), history.getText());
        assertTrue(browser.first(By.id("import-undo-" + testRun)).isEmpty(), "a test run has nothing to undo");
        browser.screenshot("history");
        browser.assertAccessible("history");

        browser.find("#import-undo-" + realRun).click();
        WebElement dialog = browser.find("dialog[open]");
        assertTrue(dialog.getText().contains("removes the 3 people it created"), dialog.getText());
        assertTrue(dialog.getText().contains("kept as they are"), dialog.getText());
        browser.screenshot("undo-confirm");
        dialog.findElement(By.xpath(".//button[normalize-space()='Undo import']")).click();
        WebElement undone = browser.waitForText("#import-undone", "3 people removed");
        assertTrue(undone.getText().contains("Import " + realRun), undone.getText());
        browser.find("#import-history tr[data-run='" + realRun + "'] [data-state='undone']");
        assertEquals(0, contacts(), "the people it created are gone");
        browser.screenshot("undone");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void anImportIsOpenedByItsAddressAFileCanBeDroppedAndTheHistoryAndExportComeFromThePalette() throws Exception {
        browser.go("#/import/" + realRun, "meridian-import");
        browser.find("section[data-run='" + realRun + "'][data-state='undone']");
        browser.waitForText("#import-people", "no longer in Meridian");
        assertTrue(browser.first(By.id("import-undo")).isEmpty(), "an import is undone once");
        browser.script("document.documentElement.dataset.theme = 'dark'");
        browser.screenshot("undone-import-dark");
        browser.assertAccessible("undone-import-dark");
        browser.script("delete document.documentElement.dataset.theme");

        browser.go("#/import", "meridian-import");
        browser.find("#import-drop");
        browser.script("""
                const card = 'BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nFN:Ana Lima\\r\\nN:Lima;Ana;;;\\r\\n'
                    + 'EMAIL;TYPE=WORK:ana.lima@example.com\\r\\nEND:VCARD\\r\\n';
                const files = new DataTransfer();
                files.items.add(new File([card], 'iphone.vcf', { type: 'text/vcard' }));
                document.getElementById('import-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true }));
                """);
        browser.waitForText("#import-samples", "ana.lima@example.com");
        assertTrue(browser.find("section[aria-labelledby='import-preview-title']").getText().contains("iphone.vcf"));
        browser.screenshot("dropped-vcard");
        browser.find("#import-another").click();
        browser.find("#import-file");

        browser.go("#/plugins", "meridian-plugins");
        browser.runFromPalette("import history", "Import history");
        browser.find("#import-history");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/import?tab=history"), browser.driver().getCurrentUrl());
        assertEquals("true", browser.find("#import-tab-history").getDomAttribute("aria-selected"));

        browser.openPalette("export contacts as csv", "Export contacts as CSV").sendKeys(Keys.ESCAPE);

        browser.find("#import-tab-export").click();
        browser.waitForText("#import-export-size", "Your book holds 0 people");
        assertEquals("/api/v1/export?format=csv",
                browser.find("#import-export-csv").getDomAttribute("href").replaceFirst("^https?://[^/]+", ""));
        HttpResponse<String> csv = workbench.send(workbench.request("/api/v1/export?format=csv").GET());
        assertEquals(200, csv.statusCode());
        browser.screenshot("export");
        browser.assertAccessible("export");

        browser.find("#import-tab-history").click();
        browser.find("#import-history");
        assertEquals("true", browser.find("#import-tab-history").getDomAttribute("aria-selected"));
        assertEquals("import-tab-history", browser.driver().switchTo().activeElement().getDomAttribute("id"),
                "the clicked tab keeps the focus through the redraw");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        browser.find("#import-drop");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/import"), browser.driver().getCurrentUrl());
        assertEquals("import-tab-new", browser.driver().switchTo().activeElement().getDomAttribute("id"), "Left moves to the previous tab");
        assertEquals("true", browser.find("#import-tab-new").getDomAttribute("aria-selected"));
        assertEquals(List.of("0", "-1", "-1"), browser.driver().findElements(By.cssSelector("meridian-import [role=tab]")).stream()
                .map(tab -> tab.getDomProperty("tabIndex")).toList(), "only the selected tab is in the Tab order");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void aLargeFileShowsItsSizeAndProgressAndATestRunCanBeCancelled(@TempDir Path folder) throws Exception {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Phone,Company,City,Country\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append("Ana,Lima ").append(i).append(",ana.lima").append(i).append("@example.com,+49 30 ").append(9_000_000 + i)
                    .append(",Firma ").append(i % 500).append(",Berlin,Germany\n");
        }
        Path large = Files.writeString(folder.resolve("large-book.csv"), csv, StandardCharsets.UTF_8);
        browser.go("#/import", "meridian-import");
        browser.find("#import-file").sendKeys(large.toAbsolutePath().toString());
        browser.find("#import-columns");
        WebElement facts = browser.find("section[aria-labelledby='import-preview-title']");
        assertTrue(facts.getText().contains("MB") && facts.getText().contains("streams all of it"), facts.getText());
        browser.screenshot("large-file-preview");

        // The upload's own bar is on screen only while the file leaves the browser: note the furthest it got.
        browser.script("window.uploadSent = 0; new MutationObserver(() => { const bar = document.getElementById('import-upload');"
                + " if (bar) window.uploadSent = Math.max(window.uploadSent, bar.value); })"
                + ".observe(document.body, {subtree: true, childList: true, characterData: true})");
        browser.find("#import-dry-run").click();
        WebElement progress = browser.find("#import-progress");
        assertEquals(1.0, ((Number) browser.script("return window.uploadSent")).doubleValue(), 0.0001,
                "the upload's progress reached the whole file before the run began");
        assertEquals("progress", progress.getTagName());
        browser.waitForText("#import-progress-text", "% read");
        browser.screenshot("large-file-progress");
        browser.find("#import-cancel").click();
        WebElement cancelled = browser.find("section[data-run][data-state='cancelled']");
        assertTrue(cancelled.getText().contains("Cancelled"), cancelled.getText());
        assertFalse(browser.first(By.id("import-progress")).isPresent(), "no progress once it stopped");
        assertEquals(0, contacts(), "a cancelled test run stored no one either");
        browser.screenshot("large-file-cancelled");
        browser.assertNoConsoleErrors();
    }
}
