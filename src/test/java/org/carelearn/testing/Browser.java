package org.carelearn.testing;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a downloaded browser), with the
 * waits a PrimeFaces page needs. Each Browser looks to its test like a newly started Chromium; the process itself
 * is kept between tests ({@link Chromiums}).
 */
public final class Browser implements AutoCloseable {

    /**
     * How often a wait looks again. Selenium's default, half a second, rounds every page load and every ajax
     * answer up to the next 500 ms; most are over in a fraction of that, and a look costs a few milliseconds.
     */
    static final Duration POLLING = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final boolean recordNetwork;
    private final String base;
    private boolean closed;

    public Browser(URL base) {
        this(base, false);
    }

    /**
     * With {@code recordNetwork}, Chromium's network events (DevTools' Network domain, as chromedriver's performance
     * log gives them) are kept for {@link #networkEvents}: what a page's scripts sent and what they were answered.
     */
    public Browser(URL base, boolean recordNetwork) {
        this.recordNetwork = recordNetwork;
        this.driver = Chromiums.take(base, recordNetwork);
        this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    public WebDriver driver() {
        return driver;
    }

    /** A wait on this browser for at most {@code patience}, looking every {@link #POLLING}. */
    public WebDriverWait waiting(Duration patience) {
        return new WebDriverWait(driver, patience, POLLING);
    }

    public void open(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        waitForPage();
    }

    public void signIn(String username, String password) {
        open("signin.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNewPage(driver.findElement(By.id("signInButton")));
    }

    /**
     * Clicks something that loads a new page (a form post, a link) and waits until the new one is ready.
     * The old page is marked in its window object, which a new document does not inherit; asking whether an
     * old element went stale instead trips over chromedriver's "node does not belong to the document" while
     * the pages change.
     */
    public void clickAndWaitForNewPage(WebElement element) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("window.carelearnOldPage = true;");
        element.click();
        waiting(Duration.ofSeconds(30)).until(d -> {
            try {
                return page.executeScript(
                        "return window.carelearnOldPage !== true && document.readyState === 'complete';");
            } catch (WebDriverException changing) {
                return false;
            }
        });
        waitForPage();
    }

    public void signIn(DemoAccounts account) {
        signIn(account.username, account.password);
    }

    public WebElement find(String cssSelector) {
        return waiting(Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for the document, then for PrimeFaces' ajax queue to drain. */
    public void waitForPage() {
        waiting(Duration.ofSeconds(30)).until(d -> "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        waitForAjax();
    }

    public void waitForAjax() {
        waiting(Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /** Waits until the page's text contains this. */
    public void waitForText(String expected) {
        waiting(Duration.ofSeconds(30)).until(d -> text().contains(expected));
    }

    /** The browser console's messages since the last call (the console is read out, not copied). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /**
     * The errors the browser's console showed since the last call: script errors, and failed requests (a 404
     * favicon, a script that did not load), which Chromium reports there with the address. Reading clears them.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
    }

    /** The network events since the last call, as DevTools' JSON messages (see {@link #Browser(URL, boolean)}). */
    public List<String> networkEvents() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Hands the Chromium back for the next test, which gets it as a fresh one ({@link Chromiums}). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Chromiums.giveBack(driver, recordNetwork);
        }
    }
}
