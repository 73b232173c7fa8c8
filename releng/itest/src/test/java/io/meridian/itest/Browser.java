package io.meridian.itest;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

/**
 * Debian's Chromium, headless, driven through its own chromedriver: installed by
 * {@code releng/scripts/test-chromium} when missing, never downloaded (Selenium Manager is
 * bypassed by naming both executables). One browser per test class:
 *
 * <pre>
 * {@literal @}RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 *
 * Screenshots go to {@code target/screenshots/CLASS/}, one per {@link #screenshot} call and one
 * for each failing test with the browser's console, so a CI run keeps what the page looked like.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final Path SCRIPT = Path.of(System.getProperty("meridian.scripts", "../scripts"), "test-chromium");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("meridian.screenshots", "target/screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static volatile boolean ensured;

    private ChromeDriver driver;
    private Path userData;
    private Path shots;
    private int shot;
    private final List<String> console = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ensureChromium();
        shots = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName());
        if (Files.exists(shots)) deleteTree(shots); // a rerun's pictures only, never an earlier run's
        Files.createDirectories(shots);
        userData = Files.createTempDirectory("meridian-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--window-size=1280,800", "--lang=en-GB", "--user-data-dir=" + userData);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (driver != null) driver.quit();
        if (userData != null) deleteTree(userData);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) return;
        try {
            String name = "FAILED-" + context.getRequiredTestMethod().getName();
            screenshot(name);
            List<String> lines = new ArrayList<>(console);
            lines.addAll(consoleLines());
            Files.write(shots.resolve(name + "-console.txt"), lines, StandardCharsets.UTF_8);
            System.err.println("Browser console at the failure of " + name + ":\n" + String.join("\n", lines));
        } catch (RuntimeException | IOException e) {
            cause.addSuppressed(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens the workbench as a user does, through the URL it printed (which sets the token cookie). */
    void open(RunningWorkbench workbench, String route) {
        driver.get(workbench.url + "?token=" + workbench.token);
        driver.get(workbench.url + route);
        waitFor("the frame to list its views", d -> !d.findElements(By.cssSelector("#nav-list a")).isEmpty());
    }

    /** Goes to a frame route and waits for the view's element to be in place. */
    WebElement go(String route, String element) {
        driver.executeScript("location.hash = arguments[0]", route);
        return waitFor("<" + element + "> for " + route, d -> first(By.cssSelector("#main " + element)).orElse(null));
    }

    /** Opens the command palette with Ctrl+K, types, waits until {@code command} is the selected entry and runs it with Enter. */
    void runFromPalette(String typed, String command) {
        WebElement input = openPalette(typed, command);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Opens the command palette, types, and waits until {@code command} is the selected entry; answers the input. */
    WebElement openPalette(String typed, String command) {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("k")
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        WebElement input = find("#palette-input");
        input.sendKeys(typed);
        waitForText("#palette-list [aria-selected='true']", command);
        return input;
    }

    <T> T waitFor(String what, ExpectedCondition<T> condition) {
        // A view redraws its content as data arrives; an element found just before is then stale: look again.
        return new WebDriverWait(driver, WAIT).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Waits until an element whose text contains {@code text} matches {@code css}, and returns it. */
    WebElement waitForText(String css, String text) {
        return waitFor("'" + text + "' in " + css, d -> {
            for (WebElement e : d.findElements(By.cssSelector(css))) {
                try {
                    if (e.getText().contains(text)) return e;
                } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                    // the view redrew it; look again
                }
            }
            return null;
        });
    }

    Optional<WebElement> first(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    WebElement find(String css) {
        return waitFor(css, d -> first(By.cssSelector(css)).filter(WebElement::isDisplayed).orElse(null));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves the window as NN-name.png under the class's screenshot folder. */
    Path screenshot(String name) {
        try {
            Path file = shots.resolve(String.format("%02d-%s.png", ++shot, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Fails if the page logged an error since the last call: a script exception, a refused
     * Content-Security-Policy, a failed request other than the ones the test provoked.
     */
    void assertNoConsoleErrors(String... expected) {
        List<String> errors = new ArrayList<>();
        for (String line : consoleLines()) {
            console.add(line);
            if (!line.startsWith("SEVERE")) continue;
            boolean allowed = false;
            for (String e : expected) allowed |= line.contains(e);
            if (!allowed) errors.add(line);
        }
        if (!errors.isEmpty()) throw new AssertionError("the page logged errors:\n" + String.join("\n", errors));
    }

    /**
     * Runs Deque's axe-core rules for WCAG 2.1 A and AA on the page as it is now and fails on any
     * serious or critical violation (an unlabelled control, too little contrast, a broken ARIA
     * reference…), naming the rule, the elements and the fix axe suggests.
     */
    void assertAccessible(String where) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> problems = new ArrayList<>();
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) continue;
            List<String> targets = new ArrayList<>();
            for (var node : rule.getNodes()) targets.add(String.valueOf(node.getTarget()) + " " + node.getFailureSummary().replace('\n', ' '));
            problems.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    " + String.join("\n    ", targets));
        }
        if (!problems.isEmpty()) {
            screenshot("INACCESSIBLE-" + where);
            throw new AssertionError(where + " has accessibility violations:\n" + String.join("\n", problems));
        }
    }

    private List<String> consoleLines() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) lines.add(entry.getLevel() + " " + entry.getMessage());
        return lines;
    }

    private static synchronized void ensureChromium() throws IOException, InterruptedException {
        if (ensured) return;
        Process process = new ProcessBuilder(SCRIPT.toString(), "ensure").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(900, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(SCRIPT + " ensure failed:\n" + out);
        }
        ensured = true;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
