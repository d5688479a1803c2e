package no.lis.tender.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Headless Debian Chromium driven through its ChromeDriver, as a user of the integration-test
 * server. On a developer machine without Chromium the browser tests are skipped with a message;
 * in CI (CI=true) a missing browser fails them.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("it.chromium", onPath("chromium", "chromium-browser"));
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", onPath("chromedriver"));

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // an Ajax update replaces the elements a condition looks at; it is asked again, not failed
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static Browser open() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium and ChromeDriver are required in CI: " + CHROMIUM + ", " + CHROMEDRIVER);
            }
            Assumptions.abort("Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=nb");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("lis-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Accessibility.prepare(driver);
        return new Browser(driver);
    }

    /** The first of {@code names} found executable on the PATH, or the first name if none is. */
    private static String onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin");
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                File candidate = new File(folder, name);
                if (candidate.canExecute()) {
                    return candidate.getPath();
                }
            }
        }
        return names[0];
    }

    public Browser go(String path) {
        driver.get(Api.base().resolve(path).toString());
        return checkAccessibility("opened " + path);
    }

    public Browser logInAs(String username) {
        return logInAs(username, Api.DEMO_PASSWORD);
    }

    public Browser logInAs(String username, String password) {
        go("login.xhtml");
        Accessibility.checkScreenReaderTree(driver, "the login page");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        checkAccessibility("landed after logging in as " + username);
        // each role's main page (and the login page before it) as a screen reader is given it
        Accessibility.checkScreenReaderTree(driver, "landed after logging in as " + username);
        return this;
    }

    public WebElement element(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public Browser type(String id, String text) {
        WebElement input = element(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Browser click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        return this;
    }

    /**
     * Chooses the option whose label contains {@code label} in a PrimeFaces selectOneMenu as a user
     * does: opens the menu, waits until its overlay has finished opening (a click during the opening
     * animation can miss), and clicks the option.
     */
    public Browser selectOne(String id, String label) {
        click(id + "_label");
        wait.until(ExpectedConditions.attributeContains(By.id(id + "_panel"), "class", "ui-connected-overlay-enter-done"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='" + id + "_items']//li[contains(@data-label, " + xpathLiteral(label) + ")]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
        return this;
    }

    /** Replaces the content of an input (also PrimeFaces inputNumber) with {@code text}. */
    public Browser replace(WebElement input, String text) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        return this;
    }

    public WebElement css(String selector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
    }

    /** Clicks the link or button whose visible text is {@code text}. */
    public Browser clickText(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[self::a or self::button or self::span][normalize-space(.)=" + xpathLiteral(text) + "]"))).click();
        return this;
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** Waits until the page shows {@code text} somewhere. */
    public Browser waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
        return checkAccessibility("showing \"" + text + "\"");
    }

    /**
     * Fails on a serious or critical WCAG 2.1 A/AA violation (axe-core) in the page state reached;
     * {@link #go}, {@link #logInAs} and {@link #waitForText} call it by themselves. See {@link Accessibility}.
     */
    public Browser checkAccessibility(String state) {
        checkAccessibility(driver, state);
        return this;
    }

    /** The same for a driver a test drives itself. */
    public static void checkAccessibility(WebDriver driver, String state) {
        Accessibility.check(driver, state);
    }

    /** The width of a phone (CSS pixels) that the pages must fit (issue 15). */
    public static final int PHONE_WIDTH = 390;

    /**
     * Shows the pages from now on as a phone {@value #PHONE_WIDTH} CSS pixels wide does: a mobile viewport,
     * so that the pages' {@code meta viewport} and their narrow-screen styles apply.
     */
    public Browser atPhoneWidth() {
        ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        return this;
    }

    /** By how many CSS pixels the page is wider than the window: above 0 it scrolls sideways. */
    public long sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    /**
     * The widths (CSS pixels) of the shown cells of the page's data tables in the column headed
     * {@code header}, as a stacked (reflowed) table labels each cell with its column's header.
     */
    @SuppressWarnings("unchecked")
    public List<Number> cellWidths(String header) {
        return (List<Number>) ((JavascriptExecutor) driver).executeScript("""
                var header = arguments[0], widths = [];
                document.querySelectorAll('.ui-datatable td').forEach(function (td) {
                    var title = td.querySelector('.ui-column-title');
                    if (title && title.textContent.trim() === header && td.offsetParent !== null) {
                        widths.push(td.getBoundingClientRect().width);
                    }
                });
                return widths;
                """, header);
    }

    /** Fetches what a link points to with this browser's session, as the browser's download would. */
    public byte[] download(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(href + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** Keeps a screenshot under target/it-artifacts, for a person to look at after the run. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.artifacts", "target/it-artifacts"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
