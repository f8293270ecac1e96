package org.carelearn.assignment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo manager waives one of a report's required courses from the report's page: a waiver without a reason
 * is refused in the dialog, one with a reason and an end date is shown as "Waived" with both, and the report no
 * longer finds the course among the training required of her in My learning. Mei Chen (demo data: the three core
 * courses) is this test's; no other test touches her.
 */
class WaiveRequirementBrowserIT extends BrowserJourney {

    private static final String MEI = "LR3004";
    private static final String COURSE = "Trauma-informed care";
    private static final String TABLE = "requirements:table";

    @Test
    void theManagerWaivesAReportsRequiredCourseWithAReasonAndSheNoLongerSeesItAsRequired() {
        LocalDate endsOn = LocalDate.now(ZoneId.of("America/New_York")).plusDays(60);
        String reason = "Completed trauma-informed care at her previous hospital in 2026";

        Ui.signIn(browser, DemoAccounts.MANAGER);
        browser.open("team/member.xhtml?employeeId=" + MEI);
        assertEquals("Training of Mei Chen", Ui.heading(browser));
        assertEquals("Required", row(COURSE).get(1));

        rowElement(COURSE).findElement(By.cssSelector(".waive-button")).click();
        Ui.until(browser, d -> Ui.byId(browser, "waiver:reason").isDisplayed());
        assertEquals(COURSE, browser.find(".waive-course").getText());
        Ui.type(browser, "waiver:endsOn_input", endsOn.toString());
        Ui.byId(browser, "waiver:confirmWaiver").click();
        browser.waitForAjax();
        browser.waitForText("Give the reason for the waiver: it is kept with it and shown to the person's manager");
        assertEquals("Required", row(COURSE).get(1), "nothing changed");

        Ui.type(browser, "waiver:reason", reason);
        Ui.type(browser, "waiver:endsOn_input", endsOn.toString());
        Ui.byId(browser, "waiver:confirmWaiver").click();
        browser.waitForAjax();
        browser.waitForText("\"" + COURSE + "\" is waived until " + DateStyle.date(endsOn) + ".");

        List<String> waived = row(COURSE);
        assertEquals("Waived\nuntil " + DateStyle.date(endsOn) + ": " + reason, waived.get(1));
        assertEquals("", waived.get(2), "no due date while waived");
        assertTrue(browser.driver().findElements(By.cssSelector(".end-waiver-button")).size() >= 1);
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());

        Ui.signOut(browser);
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> issued = admin.post("api/admin/accounts/" + MEI.toLowerCase() + "/temporary-password",
                "application/json", "");
        assertEquals(200, issued.statusCode(), issued.body());
        String temporary = Json.object(issued.body()).getString("temporaryPassword");
        Ui.signIn(browser, MEI.toLowerCase(), temporary);
        String chosen = "Mei-Chen-Own-Passphrase-26";
        Ui.type(browser, "password:current", temporary);
        Ui.type(browser, "password:replacement", chosen);
        Ui.type(browser, "password:confirmation", chosen);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "password:change"));
        browser.open("learning/index.xhtml");

        List<String> required = browser.driver()
                .findElements(By.cssSelector("section[aria-labelledby='requiredHeading'] a.course-link")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, required.size(), required.toString());
        assertFalse(required.contains(COURSE), required.toString());
    }

    private WebElement rowElement(String course) {
        return browser.driver().findElement(By.id(TABLE))
                .findElements(By.cssSelector("tbody[id='" + TABLE + "_data'] > tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".requirement-course")).getText().equals(course)).findFirst()
                .orElseThrow(() -> new AssertionError("No requirement of " + course + ": " + browser.text()));
    }

    private List<String> row(String course) {
        return rowElement(course).findElements(By.cssSelector("td")).stream().map(td -> td.getText().strip())
                .toList();
    }
}
