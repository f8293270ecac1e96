package org.carelearn.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneId;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser half of ComplaintsReportingIT (outside the test class, which the server loads too: nothing of
 * Selenium is named there): the leader picks each fixture department in the training-effect page's own form and
 * reads the interval and the verdict the browser shows.
 */
final class EffectInTheBrowser {

    /** How the fixture departments' names begin, before the month they were built for. */
    static final String FEWER = "Effect IT fewer ";
    static final String SAME = "Effect IT same ";
    /** The demo hospital's zone, where the fixture's month was taken. */
    private static final ZoneId HOSPITAL = ZoneId.of("America/New_York");

    private EffectInTheBrowser() {
    }

    static void check(URL base, String category) {
        String month = YearMonth.now(HOSPITAL).toString();
        try (Browser browser = new Browser(base)) {
            Ui.signIn(browser, DemoAccounts.LEADERSHIP);
            browser.open("leadership/effect.xhtml");

            show(browser, FEWER + month, category);
            assertEquals("0.07", browser.find("[data-field='lower']").getText());
            assertEquals("0.59", browser.find("[data-field='upper']").getText());
            String verdict = browser.find("#verdict").getText();
            assertTrue(verdict.contains("Fewer cases after"), verdict);
            assertFalse(browser.text().contains("No detectable change:"), "the interval excludes 1");

            show(browser, SAME + month, category);
            assertEquals("0.21", browser.find("[data-field='lower']").getText());
            assertEquals("2.98", browser.find("[data-field='upper']").getText());
            assertTrue(browser.find("#verdict").getText().contains("No detectable change: the interval includes 1"),
                    browser.find("#verdict").getText());
        }
    }

    /** Chooses the department whose name begins so, and the category, in the page's form, and shows them. */
    private static void show(Browser browser, String departmentName, String category) {
        Select departments = new Select(browser.find("#department"));
        WebElement option = departments.getOptions().stream().filter(o -> o.getText().startsWith(departmentName))
                .findFirst().orElseThrow(() -> new AssertionError("no department named " + departmentName
                        + "...: ComplaintsReportingIT's first test builds it"));
        departments.selectByValue(option.getAttribute("value"));
        new Select(browser.find("#category")).selectByValue(category);
        browser.clickAndWaitForNewPage(browser.driver().findElement(By.id("apply")));
    }
}
