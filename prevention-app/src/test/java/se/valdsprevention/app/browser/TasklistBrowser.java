package se.valdsprevention.app.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium, driven through ChromeDriver, looking at Tasklist as one user sees it. Uses the
 * system's Chromium and ChromeDriver (Debian's packages); never lets Selenium Manager fetch one.
 * Saves a screenshot under {@code target/browser-screenshots/} at every step a test names.
 */
final class TasklistBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final By TASKLIST_ERROR = By.cssSelector(".notifications .alert-danger");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final WebDriverWait pageWait;
    private final String baseUrl;
    private final String testName;
    private final Path profile;
    private int step;

    private TasklistBrowser(ChromeDriver driver, String baseUrl, String testName, Path profile) {
        this.driver = driver;
        // Tasklist re-renders its task list while it refreshes; an entry read in that moment is stale, so look again.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
        // A workspace page posts the whole form and renders it anew; on a loaded machine that takes longer.
        this.pageWait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.baseUrl = baseUrl;
        this.testName = testName;
        this.profile = profile;
    }

    /**
     * Starts Chromium. Without the browser or its driver the test fails in CI ({@code CI=true})
     * and is skipped elsewhere.
     */
    static TasklistBrowser start(int port, String testName) {
        requireBinaries();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("tasklist-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--lang=sv-SE",
                "--accept-lang=sv-SE,sv",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless Chromium keeps its JavaScript locale (Intl) at en-US whatever --lang says; a Swedish user's
        // browser formats and parses dates as sv-SE, so the page gets that locale and Swedish time.
        driver.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", "sv-SE"));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Europe/Stockholm"));
        driver.manage().window().setSize(new Dimension(1400, 1200));
        return new TasklistBrowser(driver, "http://localhost:" + port, testName, profile);
    }

    private static void requireBinaries() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.assumeTrue(false, message);
    }

    /** Runs axe-core on the page shown now; fails on serious or critical WCAG 2.1 AA violations. */
    List<String> checkAccessibility(String pageName) {
        return AxeCheck.requireNoSeriousViolations(driver, testName + "-" + pageName);
    }

    /** Opens a page of the application by its path, e.g. {@code /kommuner/2417/lagesbild}. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Types into the workspace page's field with this id, replacing what it held. */
    void fill(String id, String text) {
        WebElement field = visible(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(text);
    }

    /** Picks the option with this visible text in the workspace page's select with this id. */
    void selectText(String id, String optionText) {
        new Select(visible(By.id(id))).selectByVisibleText(optionText);
    }

    /** Picks the option with this value in the workspace page's select with this id. */
    void selectValue(String id, String value) {
        new Select(visible(By.id(id))).selectByValue(value);
    }

    /** Unticks the workspace page's checkbox with this id if it is ticked. */
    void untick(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (box.isSelected()) {
            clickCentered(box);
        }
        wait.until(d -> !box.isSelected());
    }

    /** Ticks the workspace page's checkbox with this id unless it is ticked already. */
    void tick(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            clickCentered(box);
        }
        wait.until(d -> box.isSelected());
    }

    /** Presses the first visible button of the page's main content with this text and waits for the next page. */
    void press(String buttonText) {
        WebElement button = visible(By.xpath("(//main//button[normalize-space()=" + literal(buttonText)
                + "][not(contains(@class,'visually-hidden'))])[1]"));
        clickAndWaitForPage(button);
    }

    /** Follows the link of the page's main content with this text and waits for the page it leads to. */
    void follow(String linkText) {
        clickAndWaitForPage(visible(By.xpath("//main//a[normalize-space()=" + literal(linkText) + "]")));
    }

    /** Whether the page is wider than the window, so that the whole page scrolls sideways. */
    boolean pageOverflowsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    /** The text of the page's main content. */
    String mainText() {
        return visible(By.cssSelector("main")).getText();
    }

    private void clickAndWaitForPage(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickCentered(element);
        pageWait.until(ExpectedConditions.stalenessOf(page));
        pageWait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    WebDriver driver() {
        return driver;
    }

    /** Logs in on the workspace's login page, the one login for pages and Tasklist, then opens Tasklist. */
    void login(String user) {
        login(user, "default");
    }

    /**
     * Logs in on the application's page and opens Tasklist of that engine: a test whose engine has a name of its own
     * (so that it does not take the REST API over from the other contexts of the test JVM) must open its own.
     */
    void login(String user, String engineName) {
        driver.get(baseUrl + "/login");
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        screenshot("login-" + user);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type='submit']"))
                .click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(baseUrl + "/camunda/app/tasklist/" + engineName + "/");
        visible(By.cssSelector(".task-filters"));
    }

    /** Clicks the filter of that name in the filter list and waits for its task list. */
    void openFilter(String name) {
        WebElement filter = visible(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'item')]"
                + "[.//*[normalize-space(text())=" + literal(name) + "]]"));
        filter.findElement(By.xpath(".//*[normalize-space(text())=" + literal(name) + "]"))
                .click();
        wait.until(d -> filter.getAttribute("class").contains("active"));
        waitForTaskListLoaded();
    }

    /** The text of every task shown in the task list: name, process and the Kommun variable. */
    List<String> taskListEntries() {
        waitForTaskListLoaded();
        return driver.findElements(By.cssSelector(".tasks-list li.task")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The ids of the tasks in the task list, read from each entry's link. */
    List<String> taskIdsListed() {
        waitForTaskListLoaded();
        return driver.findElements(By.cssSelector(".tasks-list li.task h4 a")).stream()
                .map(link -> link.getAttribute("href").replaceAll(".*[?&]task=([^&]+).*", "$1"))
                .toList();
    }

    /** Opens the task with this id from the task list. */
    void openTask(String taskId) {
        By link = By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]" + "//a[contains(@href,"
                + literal(taskId) + ")]");
        // Tasklist re-renders its list when the filter's count refreshes; a link found just before that
        // is stale, so find and click it again until one click lands (the wait ignores stale elements).
        wait.until(d -> {
            WebElement entry = d.findElement(link);
            if (!entry.isDisplayed()) {
                return false;
            }
            entry.click();
            return true;
        });
        visible(By.cssSelector("[cam-tasklist-task] .names, .task-details .names, .task-card .names"));
    }

    /** Waits until the open task's form has been rendered by form-js. */
    void waitForForm(String fieldLabel) {
        visible(label(fieldLabel));
    }

    void claimIfOffered() {
        List<WebElement> claim = driver.findElements(By.xpath("//button[normalize-space()='Ta uppgiften']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//button[normalize-space()='Ta uppgiften']")));
        }
    }

    /** Clicks into the text field or text area of that label and types real keystrokes. */
    void type(String fieldLabel, String text) {
        // form-js may render the form anew while keys arrive (a loaded machine makes that likelier) and drop them:
        // type again until the field holds the text.
        for (int attempt = 1; ; attempt++) {
            WebElement field = field(fieldLabel);
            clickCentered(field);
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys(text);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(d -> text.equals(field(fieldLabel).getAttribute("value")));
                return;
            } catch (TimeoutException dropped) {
                if (attempt == 3) {
                    throw dropped;
                }
            }
        }
    }

    /**
     * Types a date as a Swedish user does, ÅÅÅÅ-MM-DD. The forms ask for dates in a text field: form-js's date
     * picker reads typed dates in the browser's locale and stored wrong dates silently.
     */
    void typeDate(String fieldLabel, String isoDate) {
        for (int attempt = 1; ; attempt++) {
            type(fieldLabel, isoDate);
            field(fieldLabel).sendKeys(Keys.TAB);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(d -> isoDate.equals(field(fieldLabel).getAttribute("value")));
                return;
            } catch (TimeoutException dropped) {
                if (attempt == 3) {
                    throw dropped;
                }
            }
        }
    }

    void check(String optionLabel) {
        clickLabelled(optionLabel, "checkbox");
    }

    void choose(String optionLabel) {
        clickLabelled(optionLabel, "radio");
    }

    /** Opens a form-js select and picks the option with that text. */
    void select(String fieldLabel, String option) {
        WebElement group = fieldGroup(fieldLabel);
        clickCentered(group.findElement(By.cssSelector(".fjs-select-display")));
        visible(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + literal(option) + "]"))
                .click();
    }

    /** The value a read-only (or any) text field or area of the open form shows. */
    String valueOf(String fieldLabel) {
        return field(fieldLabel).getAttribute("value");
    }

    boolean isReadOnly(String fieldLabel) {
        WebElement field = field(fieldLabel);
        return field.getAttribute("readonly") != null || field.getAttribute("disabled") != null;
    }

    /** Presses Complete once the form is valid and waits until Tasklist has closed the task. */
    void complete() {
        WebElement button = wait.until(
                ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(normalize-space(),'Slutför')]")));
        clickCentered(button);
        wait.until(ExpectedConditions.or(
                ExpectedConditions.stalenessOf(button), ExpectedConditions.visibilityOfElementLocated(TASKLIST_ERROR)));
        List<WebElement> errors = driver.findElements(TASKLIST_ERROR);
        if (!errors.isEmpty() && errors.get(0).isDisplayed()) {
            fail("Tasklist refused to complete the task: " + errors.get(0).getText());
        }
        waitForTaskListLoaded();
    }

    /** Presses Complete on a form the server refuses and returns the text of Tasklist's red notice. */
    String completeRefused() {
        WebElement button = wait.until(
                ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(normalize-space(),'Slutför')]")));
        clickCentered(button);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(TASKLIST_ERROR))
                .getText();
    }

    /** Waits until the task list holds an entry with this text. */
    void waitForTaskListEntry(String text) {
        wait.until(d -> taskListEntries().stream().anyMatch(entry -> entry.contains(text)));
    }

    String headerText() {
        return visible(By.cssSelector(".navbar-header, .navbar-brand, [cam-widget-header]"))
                .getText();
    }

    String pageTitle() {
        return driver.getTitle();
    }

    void waitUntilTitleContains(String text) {
        wait.until(ExpectedConditions.titleContains(text));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Saves the page as target/browser-screenshots/&lt;test&gt;-NN-&lt;step&gt;.png. */
    Path screenshot(String stepName) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++step, stepName));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls this element to the top of the window, then saves the page as {@link #screenshot} does. */
    Path screenshotAt(By element, String stepName) {
        driver.executeScript("""
                document.activeElement.blur();
                document.querySelectorAll('.table-scroll').forEach(t => t.scrollLeft = 0);
                window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY);
                """, visible(element));
        return screenshot(stepName);
    }

    /** Keeps the last page a test saw (screenshot and HTML), for a look after a failure. */
    void keepLastPage() {
        Path shot = screenshot("last");
        try {
            Files.writeString(
                    shot.resolveSibling(shot.getFileName().toString().replace(".png", ".html")),
                    driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void waitForTaskListLoaded() {
        wait.until(d -> d.findElements(By.cssSelector(".tasks-list .loader, .tasks-list .loading")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    private WebElement fieldGroup(String fieldLabel) {
        return visible(By.xpath("//*[contains(@class,'fjs-form-field')][./label[" + labelled(fieldLabel) + "]]"));
    }

    private WebElement field(String fieldLabel) {
        WebElement label = visible(label(fieldLabel));
        String id = label.getAttribute("for");
        return visible(By.id(id));
    }

    private static By label(String text) {
        return By.xpath("//form//label[" + labelled(text) + "]");
    }

    /** A form-js label's text, with or without the asterisk of a required field. */
    private static String labelled(String text) {
        return "normalize-space()=" + literal(text) + " or normalize-space()=" + literal(text + "*");
    }

    private void clickLabelled(String optionLabel, String type) {
        WebElement label = visible(By.xpath("//form//label[" + labelled(optionLabel) + "][.//input[@type='" + type
                + "'] or @for=//input[@type='" + type + "']/@id]"));
        List<WebElement> nested = label.findElements(By.cssSelector("input[type='" + type + "']"));
        WebElement input = nested.isEmpty() ? driver.findElement(By.id(label.getAttribute("for"))) : nested.get(0);
        clickCentered(input);
        wait.until(d -> input.isSelected());
    }

    /** Scrolls the element to the middle of the window first: Tasklist's footer lies over the bottom. */
    private void clickCentered(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        // Tasklist's notices (for example that a process was started) lie over its buttons for a few seconds:
        // the click is tried again until nothing lies over the element.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
                    return true;
                });
    }

    private static String literal(String text) {
        return "'" + text + "'";
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temp directory harms nothing.
        }
    }
}
