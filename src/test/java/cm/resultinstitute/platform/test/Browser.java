package cm.resultinstitute.platform.test;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, one per test class, with a screenshot in
 * {@code target/screenshots} of every test that fails. Without Chromium the browser tests are skipped, unless
 * {@code REQUIRE_BROWSER=true} (as in CI) makes that a failure.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private ChromeDriver driver;
    private Path profile;

    public WebDriver driver() {
        return driver;
    }

    /** Signs in through the login form and waits for the signed-in page it lands on. */
    public void signIn(String baseUrl, String email, String password) {
        driver.get(baseUrl + "/login?lang=en");
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/my"));
    }

    /** The whole page as a PNG, below the fold too (up to 4,000 px), at the window's width. */
    public byte[] wholePageScreenshot() {
        Number height = (Number) driver.executeScript("return Math.min(4000, document.documentElement.scrollHeight);");
        return screenshot(height, 1);
    }

    /** What the screen shows, as a PNG, drawn at {@code scale} (0.5 halves each side). */
    public byte[] screenScreenshot(double scale) {
        return screenshot((Number) driver.executeScript("return window.innerHeight;"), scale);
    }

    private byte[] screenshot(Number height, double scale) {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", scale)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /**
     * Lays the pages out as a phone of this size does: a viewport of exactly {@code width} by {@code height} CSS
     * pixels with overlay scrollbars and the page's {@code <meta name="viewport">} applied, whatever the window.
     */
    public void emulatePhone(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Back to the window's own size, as a desktop browser. */
    public void stopEmulatingAPhone() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Cuts the network off (or gives it back) as a phone losing its signal, through the DevTools protocol. */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Makes the next page of {@code origin} a first visit: the HTTP cache emptied, and the site's service worker, its
     * caches, storage and cookies gone.
     */
    public void forgetSite(String origin) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }

    /** Draws the pages as a device set to the dark (or light) scheme would, through the DevTools protocol. */
    public void prefersColourScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.parseBoolean(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException(
                    "Chromium and chromedriver are required: apt-get install chromium chromium-driver");
        }
        assumeThat(installed)
                .as("Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER)
                .isTrue();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        // The console's messages, read by PageChecks: an error there fails the page.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path directory = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        Optional.ofNullable(profile).ifPresent(Browser::deleteQuietly);
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
