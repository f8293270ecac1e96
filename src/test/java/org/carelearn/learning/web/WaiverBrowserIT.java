package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator waives a lesson for a staff member who met its requirements elsewhere (cmi5 9.3.7):
 * from the person's directory page to their enrolments, with a reason, after confirming; the lesson then
 * counts as met and the waiver button is gone.
 */
class WaiverBrowserIT extends BrowserJourney {

    private static final String COURSE = "Cultural sensitivity and language access";

    @Test
    void anAdminWaivesALessonWithAReason() {
        browser.signIn(DemoAccounts.ADMIN);
        browser.open("admin/staff-member.xhtml?employeeId=LR1004");
        browser.clickAndWaitForNewPage(browser.find("#member\\:enrolments"));
        assertEquals("Enrolments of Helen Castellanos", Ui.heading(browser));

        Ui.choose(browser, "enrolments:reason", "Equivalent Outside Activity");
        WebElement section = enrolment();
        String lesson = section.findElement(By.cssSelector("tbody tr td")).getText();
        section.findElement(By.cssSelector(".waive-button")).click();
        Ui.confirm(browser);
        browser.waitForText("Waived (Equivalent Outside Activity). The lesson now counts as met.");

        List<WebElement> cells = enrolment().findElements(By.cssSelector("tbody tr:first-child td"));
        assertEquals(lesson, cells.get(0).getText());
        assertEquals("Waived", cells.get(1).getText());
        assertTrue(cells.get(2).findElements(By.cssSelector(".waive-button")).isEmpty(), "waived once only");
    }

    private WebElement enrolment() {
        return browser.driver().findElements(By.cssSelector(".transcript-entry")).stream()
                .filter(e -> e.findElement(By.cssSelector("h2")).getText().equals(COURSE)).findFirst()
                .orElseThrow(() -> new AssertionError("No enrolment in " + COURSE + ": " + browser.text()));
    }
}
