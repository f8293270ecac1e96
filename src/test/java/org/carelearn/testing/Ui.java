package org.carelearn.testing;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on CareLearn's pages, for browser tests: sign in on whatever page asks for it,
 * sign out through the Account menu, pick from PrimeFaces menus, read tables. Waits are on what the
 * page shows, never on the clock.
 */
public final class Ui {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Ui() {
    }

    /** Waits until the condition holds (not null, not false) and returns its value. */
    public static <T> T until(Browser browser, Function<WebDriver, T> condition) {
        return browser.waiting(PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** The displayed element with this id (Faces ids contain ':', so no CSS selector). */
    public static WebElement byId(Browser browser, String id) {
        return until(browser, d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }

    public static boolean present(Browser browser, String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /**
     * Opens the sign-in page and signs in. Unlike {@link Browser#signIn(String, String)} it waits until the
     * browser has left the sign-in page, so the next look at the page sees where the sign-in led.
     */
    public static void signIn(Browser browser, String username, String password) {
        browser.open("signin.xhtml");
        submitSignIn(browser, username, password);
    }

    public static void signIn(Browser browser, DemoAccounts account) {
        signIn(browser, account.username, account.password);
    }

    /** Fills the sign-in form the page shows now (the sign-in page, or a protected page asking first). */
    public static void submitSignIn(Browser browser, String username, String password) {
        WebElement user = byId(browser, "username");
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.driver().findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        clickAndWaitForNewPage(browser, browser.driver().findElement(By.id("signInButton")));
    }

    /** Clicks something that loads a new page and waits until it is ready (see {@link Browser}). */
    public static void clickAndWaitForNewPage(Browser browser, WebElement element) {
        browser.clickAndWaitForNewPage(element);
    }

    /** Opens a submenu of the navigation (Administration) with its button, as a person does. */
    public static void openSubmenu(Browser browser, String submenuId) {
        WebElement button = browser.find("[id='" + submenuId + "'] > button");
        WebElement list = browser.driver().findElement(By.cssSelector("[id='" + submenuId + "'] > ul"));
        button.click();
        until(browser, d -> list.isDisplayed());
    }

    /** Account menu, then "Sign out". */
    public static void signOut(Browser browser) {
        byId(browser, "nav:account_button").click();
        until(browser, d -> d.findElements(By.id("nav:signOut")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null)).click();
        until(browser, d -> d.getCurrentUrl().contains("signin.xhtml"));
        until(browser, d -> !d.findElements(By.id("signInButton")).isEmpty());
        browser.waitForPage();
    }

    /** The page's path after the context root, without the query. */
    public static String path(Browser browser) {
        String url = browser.driver().getCurrentUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Heading of the page (its h1). */
    public static String heading(Browser browser) {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    /**
     * Opens a PrimeFaces selectOneMenu and clicks the option with this label, as a person does: if the
     * panel does not open (the widget was still being set up) or the click on the item is lost (the panel
     * was still moving), they look again and click again. Fails if the menu never shows the label.
     */
    public static void choose(Browser browser, String selectOneMenuId, String label) {
        WebElement menu = byId(browser, selectOneMenuId);
        WebElement panel = browser.driver().findElement(By.id(selectOneMenuId + "_panel"));
        for (int attempt = 1;; attempt++) {
            try {
                pick(browser, menu, panel, label);
                return;
            } catch (TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
                if (panel.isDisplayed()) {
                    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
                }
            }
        }
    }

    private static void pick(Browser browser, WebElement menu, WebElement panel, String label) {
        WebDriverWait shortly = browser.waiting(Duration.ofSeconds(5));
        shortly.ignoring(StaleElementReferenceException.class);
        // in the middle of the window first: PrimeFaces hides an open panel when the page scrolls, and a
        // click that scrolls to an item would land on the menu again instead
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", menu);
        menu.click();
        shortly.until(d -> panel.isDisplayed());
        // the panel fades in; a click on an item before it is still is lost
        shortly.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.jQuery || jQuery(':animated').length === 0;"));
        shortly.until(d -> panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(li -> label.equals(li.getAttribute("data-label")) && li.isDisplayed()).findFirst()
                .orElse(null)).click();
        shortly.until(d -> !panel.isDisplayed()
                && label.equals(menu.findElement(By.cssSelector(".ui-selectonemenu-label")).getText()));
    }

    /** Answers "Yes" in the PrimeFaces confirmation dialog the page shows, once it has stopped moving. */
    public static void confirm(Browser browser) {
        WebElement yes = browser.find(".ui-confirmdialog-yes");
        until(browser, d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.jQuery || jQuery(':animated').length === 0;"));
        yes.click();
        until(browser, d -> d.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                .noneMatch(WebElement::isDisplayed));
        browser.waitForAjax();
    }

    /** The label a PrimeFaces selectOneMenu shows. */
    public static String chosen(Browser browser, String selectOneMenuId) {
        return byId(browser, selectOneMenuId + "_label").getText();
    }

    /** Replaces the text of an input. */
    public static void type(Browser browser, String inputId, String text) {
        WebElement input = byId(browser, inputId);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** The texts of one column (0-based) of a PrimeFaces data table's visible rows. */
    public static List<String> column(Browser browser, String tableId, int column) {
        return browser.driver().findElement(By.id(tableId))
                .findElements(By.cssSelector("tbody[id='" + tableId + "_data'] > tr")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> cell(row, column)).toList();
    }

    /** The rows of a PrimeFaces data table as their cells' texts. */
    public static List<List<String>> rows(Browser browser, String tableId) {
        return browser.driver().findElement(By.id(tableId))
                .findElements(By.cssSelector("tbody[id='" + tableId + "_data'] > tr")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(row -> row.findElements(By.cssSelector("td")).stream().map(Ui::cellText).toList()).toList();
    }

    private static String cell(WebElement row, int column) {
        return cellText(row.findElements(By.cssSelector("td")).get(column));
    }

    /** What the cell shows (a reflow table's column title in the cell is hidden at the browser's width). */
    private static String cellText(WebElement td) {
        return td.getText().strip();
    }

    /** The "N staff" (or "N events") report of a paginated table. */
    public static String report(Browser browser, String tableId) {
        return browser.driver().findElement(By.id(tableId)).findElements(By.cssSelector(".ui-paginator-current"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse("");
    }
}
