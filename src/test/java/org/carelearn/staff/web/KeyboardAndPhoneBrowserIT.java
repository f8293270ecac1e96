package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.Contrast;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.FocusIndicator;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Everyone's way in, whatever they hold: a person who works by keyboard always sees where they are (WCAG 2.1
 * 2.4.7, with the indicator at 3:1 against what is behind it, 1.4.11) and can leave the account menu by Tab
 * or Escape without losing their place (2.1.1, 2.4.3); a person on a phone gets a menu button instead of a
 * menu bar wrapped over the screen; and the progress bar's figure reads at 4.5:1 (1.4.3).
 */
class KeyboardAndPhoneBrowserIT extends BrowserJourney {

    @Test
    void theSignInPageShowsWhereTheKeyboardIsOnEveryField() {
        browser.open("signin.xhtml");
        List<FocusIndicator> stops = new ArrayList<>();
        stops.add(FocusIndicator.now(browser)); // the user name field has focus as the page opens
        tab();
        stops.add(FocusIndicator.now(browser));
        tab();
        stops.add(FocusIndicator.now(browser));
        assertAll(() -> assertTrue(stops.get(0).where().startsWith("input#username"), stops.toString()),
                () -> assertTrue(stops.get(1).where().startsWith("input#password"), stops.toString()),
                () -> assertTrue(stops.get(2).where().startsWith("button#signInButton"), stops.toString()),
                () -> assertAllVisible(stops));
    }

    @Test
    void myLearningAndTheAccountMenuCanBeUsedByKeyboardAlone() {
        Ui.signIn(browser, DemoAccounts.LEARNER);
        browser.open("learning/index.xhtml");
        // Tab from the top of the page to its end: every stop shows where it is
        List<FocusIndicator> stops = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tab();
            FocusIndicator stop = FocusIndicator.now(browser);
            if (stop == null || (!stops.isEmpty() && stop.where().equals(stops.get(0).where()))) {
                break; // past the last stop: the browser's own controls, then the page again
            }
            stops.add(stop);
        }
        assertTrue(stops.size() >= 8, "the menu, the account button, each course and its button: " + stops);
        assertTrue(stops.stream().anyMatch(s -> s.where().contains("nav:account_button")), stops.toString());
        assertAllVisible(stops);

        // the account menu: Enter opens it on its first item, arrows move, Escape closes it back on the button
        WebElement account = Ui.byId(browser, "nav:account_button");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", account);
        keys(Keys.ENTER);
        WebElement menu = Ui.byId(browser, "nav:account_menu");
        Ui.until(browser, d -> focused().startsWith("a#nav:password"));
        assertTrue(FocusIndicator.now(browser).visible(), FocusIndicator.now(browser).toString());
        keys(Keys.ARROW_DOWN);
        Ui.until(browser, d -> focused().startsWith("a#nav:reminders"));
        keys(Keys.ARROW_DOWN);
        Ui.until(browser, d -> focused().startsWith("input#nav:signOut"));
        assertTrue(FocusIndicator.now(browser).visible(), FocusIndicator.now(browser).toString());
        keys(Keys.ESCAPE);
        Ui.until(browser, d -> !menu.isDisplayed());
        assertTrue(focused().startsWith("button#nav:account_button"), "Escape returns to the button: " + focused());
        assertEquals("false", account.getAttribute("aria-expanded"));

        // Tab out of the open menu: it closes and focus moves on to what follows the button, not to the page
        keys(Keys.ENTER);
        Ui.until(browser, d -> focused().startsWith("a#nav:password"));
        keys(Keys.TAB);
        Ui.until(browser, d -> !menu.isDisplayed());
        String after = focused();
        assertFalse(after.isEmpty() || after.startsWith("a#nav:") || after.startsWith("button#nav:account_button"),
                "focus moved on: " + after);
        assertTrue(FocusIndicator.now(browser).visible(), FocusIndicator.now(browser).toString());
        // ... and Shift+Tab from there comes back to the button, with the menu still closed
        new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        Ui.until(browser, d -> focused().startsWith("button#nav:account_button"));
        assertFalse(menu.isDisplayed());

        // Sign out, by keyboard, from a page that loads no PrimeFaces script: the form still sends its nonce
        keys(Keys.ENTER);
        Ui.until(browser, d -> focused().startsWith("a#nav:password"));
        keys(Keys.END);
        Ui.until(browser, d -> focused().startsWith("input#nav:signOut"));
        keys(Keys.ENTER);
        Ui.until(browser, d -> d.getCurrentUrl().contains("signin.xhtml"));
        browser.waitForPage();
        assertTrue(Ui.present(browser, "signInButton"), browser.text());
    }

    @Test
    void aPhoneGetsAMenuButtonThatOpensTheNavigation() {
        Ui.signIn(browser, DemoAccounts.LEARNER);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        browser.open("index.xhtml");
        WebElement header = browser.driver().findElement(By.cssSelector("header.app-header"));
        WebElement toggle = Ui.byId(browser, "menuToggle");
        assertAll(() -> assertTrue(header.getSize().getHeight() <= 72,
                        "the header is one line: " + header.getSize().getHeight() + " px"),
                () -> assertEquals("Menu", toggle.getAccessibleName()),
                () -> assertEquals("false", toggle.getAttribute("aria-expanded")),
                () -> assertFalse(browser.driver().findElement(By.id("nav:myLearning")).isDisplayed(),
                        "the navigation waits behind the button"));

        toggle.click();
        Ui.until(browser, d -> "true".equals(toggle.getAttribute("aria-expanded")));
        WebElement myLearning = Ui.until(browser, d -> {
            WebElement link = d.findElement(By.id("nav:myLearning"));
            return link.isDisplayed() ? link : null;
        });
        assertTrue(Ui.byId(browser, "nav:account_button").isDisplayed(), "the account menu is in there too");
        Ui.clickAndWaitForNewPage(browser, myLearning);
        assertEquals("My learning", Ui.heading(browser));
        assertEquals("false", Ui.byId(browser, "menuToggle").getAttribute("aria-expanded"), "a new page starts closed");

        // the button closes the navigation again, and Escape does too, returning to the button
        Ui.byId(browser, "menuToggle").click();
        Ui.until(browser, d -> d.findElement(By.id("nav:transcript")).isDisplayed());
        keys(Keys.ESCAPE);
        Ui.until(browser, d -> !d.findElement(By.id("nav:transcript")).isDisplayed());
        assertTrue(focused().startsWith("button#menuToggle"), focused());
    }

    @Test
    void theProgressFigureReadsAgainstTheBarAndTheTrack() {
        // a course of its own, with its lesson waived: part done, as the leadership account chose it
        SampleCourses.Enrolled chosen = SampleCourses.enrolledInNewCourse(base, DemoAccounts.LEADERSHIP,
                "Progress label course");
        String course = chosen.courseIri();
        WebClient admin = chosen.admin();
        long enrolment = chosen.enrolment();
        assertEquals(204, admin.post("api/admin/enrolments/" + enrolment + "/waivers", "application/json",
                "{\"au\": \"" + course + "/au/lesson\", \"reason\": \"Tested Out\"}").statusCode());

        Ui.signIn(browser, DemoAccounts.LEADERSHIP);
        browser.open("learning/index.xhtml");
        List<WebElement> bars = browser.driver().findElements(By.cssSelector(".progress"));
        assertFalse(bars.isEmpty());
        boolean partlyDone = false;
        for (WebElement bar : bars) {
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    const progress = arguments[0], figure = progress.querySelector('.progress-figure'),
                          track = progress.querySelector('.progress-bar'), fill = track.querySelector('span');
                    let behind = figure, background = 'rgba(0, 0, 0, 0)';
                    while (behind && /rgba\\(.*, 0\\)|transparent/.test(background)) {
                        background = getComputedStyle(behind).backgroundColor;
                        behind = behind.parentElement;
                    }
                    return { figure: figure.innerText, color: getComputedStyle(figure).color, behind: background,
                             fill: getComputedStyle(fill).backgroundColor, track: getComputedStyle(track).backgroundColor,
                             now: track.getAttribute('aria-valuenow') };
                    """, bar);
            String figure = (String) seen.get("figure");
            assertEquals(seen.get("now") + "%", figure, "the figure says what the bar tells assistive technology");
            partlyDone |= !"0%".equals(figure) && !"100%".equals(figure);
            double text = Contrast.ratio((String) seen.get("color"), (String) seen.get("behind"));
            assertTrue(text >= 4.5, figure + ": " + String.format("%.2f:1", text) + " " + seen);
            double fill = Contrast.ratio((String) seen.get("fill"), (String) seen.get("track"));
            assertTrue(fill >= 3, "the fill against the track (1.4.11): " + String.format("%.2f:1", fill) + " " + seen);
        }
        assertTrue(partlyDone, "a course part done is on the page");
    }

    private void assertAllVisible(List<FocusIndicator> stops) {
        assertTrue(stops.stream().allMatch(s -> s != null && s.visible()),
                () -> "stops without a visible focus indicator: "
                        + stops.stream().filter(s -> s == null || !s.visible()).toList());
    }

    private void tab() {
        keys(Keys.TAB);
    }

    private void keys(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        browser.waitForAjax();
    }

    /** The focused element as FocusIndicator names it ("button#id ..."), or "" when it is the page itself. */
    private String focused() {
        FocusIndicator now = FocusIndicator.now(browser);
        return now == null ? "" : now.where();
    }
}
