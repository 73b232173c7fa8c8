package io.meridian.itest;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench frame in a real browser: navigation built from the registered views, the
 * command palette, the theme, and plugins installed and removed from the Plugins view with
 * their views coming and going while the window stays open; a broken plugin's view is
 * explained where it would have been, and nothing else is disturbed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {

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

    @SuppressWarnings("unchecked")
    private List<String> navTitles() {
        return (List<String>) browser.script("return [...document.querySelectorAll('#nav-list a')].map(a => a.textContent.trim())");
    }

    @Test
    @Order(1)
    void navigationListsTheViewsTheBundlesContribute() {
        browser.waitFor("Plugins and Preferences in the navigation", d -> navTitles().containsAll(List.of("Plugins", "Preferences")));
        browser.find("#nav-list a[data-view='plugins']").click();
        browser.waitForText("#main h1", "Plugins");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/plugins"), browser.driver().getCurrentUrl());
        assertEquals("page", browser.find("#nav-list a[data-view='plugins']").getDomAttribute("aria-current"));
        browser.waitForText("#bundle-table", "io.meridian.workbench");
        WebElement details = browser.find("tr[data-bundle='io.meridian.workbench'] button[aria-expanded]");
        String key = details.getDomAttribute("data-focus");
        details.click();
        browser.waitForText("tr.details", "In the window");
        assertEquals(key, browser.driver().switchTo().activeElement().getDomAttribute("data-focus"), "the focus survives the redraw");
        // The list is read again every four seconds; the button that was pressed keeps the focus through that too.
        WebElement afterClick = browser.find("[data-focus='" + key + "']");
        browser.waitFor("a refresh after the click", d -> !d.findElement(By.cssSelector("[data-focus='" + key + "']")).equals(afterClick));
        assertEquals(key, browser.driver().switchTo().activeElement().getDomAttribute("data-focus"), "the focus survives the refresh");
        browser.screenshot("plugins");
        browser.assertAccessible("plugins");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void commandPaletteFindsAViewByPartOfItsNameAndOpensIt() {
        WebElement input = browser.openPalette("prefs", "Go to Preferences");
        assertEquals(input, browser.driver().switchTo().activeElement(), "the palette takes the focus");
        browser.screenshot("palette");
        input.sendKeys(Keys.ENTER);
        browser.waitForText("#main h1", "Preferences");
        assertFalse((Boolean) browser.script("return document.getElementById('palette').open"), "the palette closed");
        browser.waitFor("the preference forms", d -> !d.findElements(By.cssSelector("meridian-preferences form")).isEmpty());
        browser.assertAccessible("preferences");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void themeCanBeChosenAndIsKeptAcrossAReload() {
        browser.find("#theme-toggle").click(); // system → light
        browser.find("#theme-toggle").click(); // light → dark
        assertEquals("dark", browser.script("return document.documentElement.dataset.theme"));
        browser.driver().navigate().refresh();
        browser.waitFor("the frame after the reload", d -> !d.findElements(By.cssSelector("#nav-list a")).isEmpty());
        assertEquals("dark", browser.script("return document.documentElement.dataset.theme"));
        String background = (String) browser.script("return getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(15, 19, 24)", background, "the dark palette is applied");
        browser.screenshot("dark-theme");
        browser.assertAccessible("dark-theme");
        browser.find("#theme-toggle").click(); // dark → system
    }

    @Test
    @Order(4)
    void regionBundleInstalledFromThePluginsViewAddsItsViewAndRemovingItTakesTheViewAway(@TempDir Path jars) throws Exception {
        Path jar = regionBundleWithAView(jars.resolve("nordic-region.jar"));
        browser.go("#/plugins", "meridian-plugins");
        browser.find("#plugin-file").sendKeys(jar.toAbsolutePath().toString());
        WebElement preview = browser.waitForText("#install-preview", "test.region.nordic");
        assertTrue(preview.getText().contains("nothing: it is new"), preview.getText());
        assertTrue(preview.getText().contains("views for this window"), preview.getText());
        assertFalse(navTitles().contains("Nordic days"), "nothing is installed by the preview");
        browser.screenshot("install-preview");
        browser.find("#plugin-install").click();
        browser.waitForText(".alert.success", "is installed and running");
        browser.waitFor("the region's view in the navigation", d -> navTitles().contains("Nordic days"));
        browser.find("#nav-list a[data-view='nordic-days']").click();
        browser.waitForText("#main nordic-days", "Midsummer");
        browser.screenshot("region-view");

        browser.go("#/plugins", "meridian-plugins");
        WebElement filter = browser.find("#plugins-filter");
        filter.sendKeys("test.region.nordic");
        WebElement row = browser.find("tr[data-bundle='test.region.nordic']");
        row.findElement(By.xpath(".//button[normalize-space()='Remove']")).click();
        WebElement dialog = browser.find("dialog[open]");
        assertTrue(dialog.getText().contains("view Nordic days"), "the preview names the view that goes: " + dialog.getText());
        browser.screenshot("remove-preview");
        dialog.findElement(By.xpath(".//button[normalize-space()='Remove']")).click();
        browser.waitFor("the region's view gone from the navigation", d -> !navTitles().contains("Nordic days"));
        assertFalse(Files.exists(workbench.home.resolve("plugins").resolve(jar.getFileName())), "its jar left plugins/");
        browser.assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void aViewWhoseModuleIsMissingIsExplainedInPlaceAndTheRestKeepsWorking() throws Exception {
        Path jar = TestBundles.write(workbench.home.resolve("plugins/broken-view.jar"), Map.of(
                "Bundle-SymbolicName", "test.view.broken", "Bundle-Version", "1.0.0",
                "Service-Component", "OSGI-INF/view.xml", "Import-Package", "io.meridian.api.workbench;version=\"[1.1,2)\""),
                Map.of("OSGI-INF/view.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="test.unserved.view">
                          <implementation class="io.meridian.itest.bundles.UnservedView"/>
                          <service><provide interface="io.meridian.api.workbench.WorkbenchView"/></service>
                        </scr:component>
                        """),
                io.meridian.itest.bundles.UnservedView.class);
        browser.waitFor("the broken view in the navigation", d -> navTitles().contains("Unserved view"));
        assertEquals("#plugin", browser.find("#nav-list a[data-view='unserved'] use").getDomAttribute("href").replaceAll(".*(#.*)", "$1"),
                "an icon the frame does not draw is shown as the plugin icon");
        browser.find("#nav-list a[data-view='unserved']").click();
        WebElement failure = browser.find("#main .view-error");
        assertTrue(failure.getText().contains("test.view.broken"), failure.getText());
        browser.screenshot("broken-view");
        browser.find("#nav-list a[data-view='plugins']").click();
        browser.waitForText("#bundle-table", "io.meridian.workbench");
        Files.delete(jar);
        browser.waitFor("the broken view gone", d -> !navTitles().contains("Unserved view"));
        browser.assertNoConsoleErrors("view.js", "Failed to fetch dynamically imported module");
    }

    @Test
    @Order(6)
    void preferencesGeneratedFromMetatypeRefuseABadValueByItsFieldAndSaveAGoodOneIntoEtc() throws Exception {
        workbench.requireFeature("crm", "io.meridian.crm");
        RunningWorkbench.await("the import's settings described", 30, () -> workbench.getJson("/api/v1/preferences").path("forms")
                .findValuesAsText("pid").contains("io.meridian.crm"));
        browser.go("#/plugins", "meridian-plugins");
        browser.go("#/preferences", "meridian-preferences");
        WebElement you = browser.find("form[data-pid='io.meridian.workbench.profile']");
        WebElement country = you.findElement(By.name("homeCountry"));
        country.sendKeys("Atlantis");
        you.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waitFor("the country marked invalid", d -> "true".equals(country.getDomAttribute("aria-invalid")));
        String message = you.findElement(By.id(country.getDomAttribute("id") + "-error")).getText();
        assertTrue(message.contains("not an ISO 3166 country code"), message);
        assertEquals(country, browser.driver().switchTo().activeElement(), "the focus is on the field to fix");
        assertFalse(Files.exists(workbench.home.resolve("etc/io.meridian.workbench.profile.cfg")), "nothing was saved");
        browser.screenshot("preferences-refused");

        country.clear();
        country.sendKeys("jp");
        you.findElement(By.name("timeZone")).sendKeys("Asia/Tokyo");
        you.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waitForText("form[data-pid='io.meridian.workbench.profile'] [role='status']", "Saved to etc/io.meridian.workbench.profile.cfg");
        String file = Files.readString(workbench.home.resolve("etc/io.meridian.workbench.profile.cfg"));
        assertTrue(file.contains("homeCountry = jp") && file.contains("timeZone = Asia/Tokyo"), file);
        RunningWorkbench.await("the profile in force", 10, () -> "JP".equals(workbench.getJson("/api/v1/workbench").path("profile")
                .path("homeCountry").asText()));

        WebElement crm = browser.find("form[data-pid='io.meridian.crm']");
        WebElement size = crm.findElement(By.name("maxFileMegabytes"));
        size.clear();
        size.sendKeys("0");
        crm.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waitFor("the size refused", d -> "true".equals(size.getDomAttribute("aria-invalid")));
        browser.screenshot("preferences-saved");
        browser.assertNoConsoleErrors("/api/v1/preferences/io.meridian.workbench.profile - Failed to load resource: the server responded with a status of 400",
                "/api/v1/preferences/io.meridian.crm - Failed to load resource: the server responded with a status of 400");
    }

    @Test
    @Order(7)
    void theWindowIsUsableFromTheKeyboardAlone() {
        browser.driver().navigate().refresh();
        browser.waitFor("the frame", d -> !d.findElements(By.cssSelector("#nav-list a")).isEmpty());
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", browser.driver().switchTo().activeElement().getDomAttribute("class"), "the first stop skips to the view");
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys("1").keyUp(Keys.ALT).perform();
        String first = navTitles().get(0);
        browser.waitForText("#main h1", first);
        assertEquals("view-title", browser.driver().switchTo().activeElement().getDomAttribute("id"), "the focus moves to the new view's heading");
        new Actions(browser.driver()).sendKeys("?").perform();
        assertTrue(browser.find("#shortcuts").isDisplayed(), "? shows the shortcuts");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor("the shortcuts closed", d -> !d.findElement(By.id("shortcuts")).isDisplayed());
        browser.assertNoConsoleErrors();
    }

    /** A region bundle with one country profile, one article and a view served from the jar. */
    private static Path regionBundleWithAView(Path target) throws Exception {
        return TestBundles.write(target, Map.of(
                "Bundle-SymbolicName", "test.region.nordic", "Bundle-Version", "1.0.0", "Bundle-Name", "Nordic test region",
                "Service-Component", "OSGI-INF/view.xml,OSGI-INF/content.xml",
                "Import-Package", "io.meridian.api.workbench;version=\"[1.1,2)\",io.meridian.api.culture",
                "Provide-Capability", "osgi.service;objectClass:List<String>=\"io.meridian.api.workbench.WorkbenchView\","
                        + "osgi.service;objectClass:List<String>=\"io.meridian.api.culture.CultureContribution\""),
                Map.of("OSGI-INF/view.xml", viewComponent("test.nordic.view", "/web"),
                        "OSGI-INF/content.xml", """
                                <?xml version="1.0" encoding="UTF-8"?>
                                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="test.nordic.content">
                                  <implementation class="io.meridian.itest.bundles.NordicContribution"/>
                                  <service><provide interface="io.meridian.api.culture.CultureContribution"/></service>
                                </scr:component>
                                """,
                        "web/view.js", """
                                class NordicDays extends HTMLElement {
                                  connectedCallback() {
                                    const list = document.createElement('ul');
                                    for (const day of ['Midsummer Eve, 19 June', 'Constitution Day, 17 May']) {
                                      const item = document.createElement('li');
                                      item.textContent = day;
                                      list.append(item);
                                    }
                                    this.replaceChildren(list);
                                  }
                                }
                                customElements.define('nordic-days', NordicDays);
                                """),
                io.meridian.itest.bundles.NordicView.class, io.meridian.itest.bundles.NordicContribution.class);
    }

    /** The view's component; with a resource prefix it also serves /views/nordic-days/* from the jar. */
    private static String viewComponent(String name, String resourcePrefix) {
        String resources = resourcePrefix == null ? "" : """
                  <property name="osgi.http.whiteboard.resource.pattern" value="/views/nordic-days/*"/>
                  <property name="osgi.http.whiteboard.resource.prefix" value="%s"/>
                """.formatted(resourcePrefix);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s">
                  <implementation class="io.meridian.itest.bundles.NordicView"/>
                %s  <service><provide interface="io.meridian.api.workbench.WorkbenchView"/></service>
                </scr:component>
                """.formatted(name, resources);
    }
}
