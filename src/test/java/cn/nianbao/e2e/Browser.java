package cn.nianbao.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium: Debian's {@code chromium} with its {@code chromedriver} where they are installed (CI: nothing is
 * downloaded, docs/STACK.md §9), otherwise the browser and driver Selenium Manager downloads for itself (a developer
 * machine with internet). Where neither can run, the constructor fails with a message naming the packages. Each
 * instance is a separate browser with its own profile, so one person's session never leaks into another's.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    /** A phone a leader holds: 390 × 844 CSS pixels at a device pixel ratio of 3, touch, a phone's browser. */
    static final Map<String, Object> PHONE = Map.of(
            "deviceMetrics",
            Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
            "userAgent",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.0.0 Mobile Safari/537.36");

    Browser(String baseUrl) throws Exception {
        this(baseUrl, false);
    }

    /** The browser of a phone ({@link #PHONE}), for the screens a leader uses on the move. */
    static Browser phone(String baseUrl) throws Exception {
        return new Browser(baseUrl, true);
    }

    private Browser(String baseUrl, boolean phone) throws Exception {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        if (phone) {
            options.setExperimentalOption("mobileEmulation", PHONE);
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("nianbao-chromium"));
        // the console, for what the Content-Security-Policy refused (cspViolations)
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        this.driver = start(options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static WebDriver start(ChromeOptions options) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            options.setBinary(CHROMIUM.toFile());
            return new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .usingAnyFreePort()
                            .build(),
                    options);
        }
        try {
            return new ChromeDriver(options);
        } catch (WebDriverException e) {
            throw new IllegalStateException(
                    "The browser tests need headless Chromium: install Debian's chromium and "
                            + "chromium-driver packages (apt-get install chromium chromium-driver; .ci/run does), or give "
                            + "Selenium Manager internet access to download Chrome for Testing. Selenium said: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void login(String username, String password) {
        open("/login");
        submitLogin(username, password);
    }

    /** Logs in on the login page the browser shows, and waits for the page the login leads to. */
    void submitLogin(String username, String password) {
        type(until(By.cssSelector("#vaadinLoginUsername input")), username);
        type(until(By.cssSelector("#vaadinLoginPassword input")), password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
        wait.until(d -> !d.getCurrentUrl().contains("/login")
                && !d.findElements(By.id("logout")).isEmpty());
    }

    void logout() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    WebElement until(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    /**
     * Waits until the element's text starts with {@code prefix}; an element still empty (and so not displayed, as a
     * status line before its first message) counts as not yet, rather than failing the wait.
     */
    void untilTextStarts(By by, String prefix) {
        wait.until(d -> d.findElements(by).stream().anyMatch(e -> e.getText().startsWith(prefix)));
    }

    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Types into a field's input (a Vaadin field's or a plain one) and leaves it, so the value reaches the server. */
    void fill(String fieldId, String text) {
        typeWithoutLeaving(fieldId, text).sendKeys(Keys.TAB);
    }

    /** Replaces what a field's input holds by typing, and stays in it; returns the input. */
    WebElement typeWithoutLeaving(String fieldId, String text) {
        // presence, not visibility: Selenium reports some slotted inputs of Vaadin fields as not displayed
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea, input#" + fieldId)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return input;
    }

    String valueOf(String fieldId) {
        return input(fieldId).getDomProperty("value");
    }

    /**
     * Puts {@code text} on the browser's clipboard and pastes it into a field with Ctrl+V, replacing what it holds:
     * a real paste, as a person does it, not an event made up in the page. Headless Chromium has a clipboard of its
     * own; writing to it needs the permission granted.
     */
    void paste(String fieldId, String text) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.grantPermissions",
                        Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        Object written = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " navigator.clipboard.writeText(arguments[0]).then(() => done('ok'), e => done(String(e)));",
                        text);
        if (!"ok".equals(written)) {
            throw new IllegalStateException("could not write to the clipboard: " + written);
        }
        WebElement input = input(fieldId);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "v"));
    }

    /** The input or text area of a field (a Vaadin field's or a plain one). */
    private WebElement input(String fieldId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea, input#" + fieldId)));
    }

    /**
     * Chooses a file in a Vaadin upload as a person does in the file dialog: the path typed into its file input
     * (in the upload's shadow root or its light DOM, depending on the version), which then sends it.
     */
    void upload(String uploadId, Path file) {
        WebElement upload = until(By.id(uploadId));
        WebElement input = (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "const u = arguments[0]; return (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))"
                                + " || u.querySelector('input[type=file]');",
                        upload);
        // the input takes several files and keeps the last chosen: empty it, so that only this file is sent
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** What the browser's console reported the Content-Security-Policy refused since the last call. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Runs a script that calls back (its last argument) when done, such as an axe-core check, and its result. */
    Object runAsync(String script) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return ((JavascriptExecutor) driver).executeAsyncScript(script);
    }

    Object run(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Presses Tab where the keyboard focus is, as someone without a mouse moves through the page. */
    WebElement tab() {
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        return driver.switchTo().activeElement();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves what the browser shows, for a person reading a failed run (target/e2e-screenshots). */
    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "e2e-screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception e) {
            // a missing screenshot must not hide the failure that asked for it
        }
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
