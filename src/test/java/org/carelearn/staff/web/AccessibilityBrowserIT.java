package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carelearn.testing.Accessibility;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.CourseLessons;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page each kind of user reaches has no WCAG 2.1 A or AA violation that axe-core finds (the lessons, page
 * by page, are checked as the learner takes them in CourseCompletionBrowserIT). Automated checks find part of
 * what a person with a screen reader meets, not all of it; they keep what was fixed fixed.
 *
 * <p>On the same walk, every page leaves the browser's console clean (no script error, no failed request: a
 * missing favicon or script shows there with its address) and writes its dates in CareLearn's one style
 * ("Dec 16, 2026"), never as ISO dates.
 */
class AccessibilityBrowserIT extends BrowserJourney {

    /** A date as 2026-12-02, which CareLearn's style (platform.time.DateStyle) never writes on a page. */
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Test
    void publicPages() {
        check(List.of("signin.xhtml", "verify.xhtml", "verify.xhtml?code=CL-AAAA-BBBB-CCCC"));
        // the sign-in page after a failed sign-in, and after signing out
        browser.open("signin.xhtml");
        Ui.submitSignIn(browser, DemoAccounts.LEARNER.username, "not-the-password");
        assertTrue(browser.driver().getCurrentUrl().contains("signin.xhtml?failure="), browser.driver().getCurrentUrl());
        checkThisPage("the sign-in page after a failed sign-in");
        Ui.submitSignIn(browser, DemoAccounts.LEARNER.username, DemoAccounts.LEARNER.password);
        Ui.signOut(browser);
        checkThisPage("the signed-out page");
        HttpResponse<byte[]> icon = new WebClient(base).download("favicon.ico");
        assertEquals(200, icon.statusCode(), "CareLearn's favicon");
    }

    @Test
    void learnerPages() {
        browser.signIn(DemoAccounts.LEARNER);
        check(List.of("index.xhtml", "learning/index.xhtml", "learning/transcript.xhtml", "account/password.xhtml",
                "account/reminders.xhtml"));
        new CourseLessons(browser).openCourse("Trauma-informed care");
        checkThisPage("the course page");
    }

    @Test
    void managerAndLeadershipPages() {
        browser.signIn(DemoAccounts.MANAGER);
        check(List.of("team/index.xhtml", "team/member.xhtml?employeeId=LR3002"));
        Ui.signOut(browser);
        browser.signIn(DemoAccounts.LEADERSHIP);
        check(List.of("leadership/index.xhtml", "leadership/coverage.xhtml", "leadership/compliance.xhtml",
                "leadership/audit.xhtml", "leadership/complaints.xhtml",
                "leadership/effect.xhtml?department=ONC-INPT&category=COMMUNICATION",
                "leadership/patient-experience.xhtml", "leadership/survey-pack.xhtml"));
        theLeaderOpensTheMatrixACellAndAPerson();
        theTrainingEffectSaysWhatItsIntervalAllows();
    }

    /**
     * The training effect in the browser, on the demo's data (ComplaintsReportingIT checks two fixtures of known
     * counts, one each side of 1, over HTTP): whatever the demo's figures, the verdict shown is the one the interval
     * shown allows, and "No detectable change" appears exactly when the interval includes 1.
     */
    private void theTrainingEffectSaysWhatItsIntervalAllows() {
        browser.open("leadership/effect.xhtml?department=ONC-INPT&category=COMMUNICATION");
        List<WebElement> verdicts = browser.driver().findElements(By.id("verdict"));
        if (verdicts.isEmpty()) {
            assertTrue(browser.find("#outcome").getText().length() > 20, "without a figure the page says why");
            return;
        }
        String verdict = verdicts.get(0).getText();
        List<WebElement> lower = browser.driver().findElements(By.cssSelector("[data-field='lower']"));
        if (lower.isEmpty()) {
            assertEquals("NO_INTERVAL", verdicts.get(0).getAttribute("data-verdict"), verdict);
            assertFalse(verdict.contains("No detectable change"), verdict);
            return;
        }
        double from = Double.parseDouble(lower.get(0).getText().replace(',', '.'));
        double to = Double.parseDouble(browser.find("[data-field='upper']").getText().replace(',', '.'));
        assertTrue(from <= to, from + " to " + to);
        assertEquals(from <= 1 && to >= 1, verdict.contains("No detectable change"), from + " to " + to + ": "
                + verdict);
    }

    /**
     * The leader's way from the coverage matrix to a person (same signed-in browser): a cell's people are as many
     * as the cell says need the competency, and a person's profile shows the status the list gave them.
     */
    private void theLeaderOpensTheMatrixACellAndAPerson() {
        browser.open("leadership/coverage.xhtml");
        WebElement share = browser.find("#matrix tbody td.coverage-cell a.coverage-share");
        String competency = share.findElement(By.xpath("..")).getAttribute("data-competency");
        int total = Integer.parseInt(share.getAttribute("data-total"));
        int holding = Integer.parseInt(share.getAttribute("data-holding"));
        browser.clickAndWaitForNewPage(share);
        checkThisPage("the people behind a coverage cell");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#people tbody tr"));
        assertEquals(total, rows.size(), "the cell's people");
        assertEquals(holding, rows.stream().map(r -> r.getAttribute("data-status"))
                .filter(s -> s.equals("COMPETENT") || s.equals("EXPIRING")).count(), "holding the level needed");
        WebElement first = rows.get(0);
        String status = first.findElement(By.cssSelector(".competency-badge")).getText();
        String employeeId = first.getAttribute("data-employee");
        browser.clickAndWaitForNewPage(first.findElement(By.cssSelector("th a")));
        assertTrue(browser.driver().getCurrentUrl().contains("competency/profile.xhtml?employeeId=" + employeeId));
        assertEquals(status, browser.find("section[data-competency='" + competency + "'] .competency-badge")
                .getText(), "the profile agrees with the cell's list");
        checkThisPage("a person's competency profile opened by the leader");
    }

    @Test
    void adminPages() {
        browser.signIn(DemoAccounts.ADMIN);
        check(List.of("admin/staff.xhtml", "admin/staff-member.xhtml?employeeId=LR3002", "admin/organisation.xhtml",
                "admin/hr-import.xhtml", "admin/courses.xhtml", "admin/enrolments.xhtml?employeeId=LR3002",
                "admin/audit.xhtml", "admin/statements.xhtml", "admin/lrs-clients.xhtml",
                "admin/lrs-forwarding.xhtml", "admin/setup.xhtml", "admin/assignments.xhtml", "admin/mail.xhtml"));
        browser.open("admin/courses.xhtml");
        browser.clickAndWaitForNewPage(browser.driver().findElement(By.linkText("Trauma-informed care")));
        checkThisPage("a course version");
        browser.clickAndWaitForNewPage(browser.find("a.au-preview"));
        checkThisPage("a lesson's preview");
    }

    /** What the console showed after the last page was read (a late request such as the favicon's). */
    @AfterEach
    void nothingLateInTheConsole() {
        List<String> late = browser.consoleErrors();
        assertTrue(late.isEmpty(), () -> "the browser's console: " + late);
    }

    private void check(List<String> paths) {
        for (String path : paths) {
            browser.open(path);
            checkThisPage(path);
        }
    }

    private void checkThisPage(String where) {
        Accessibility.assertNoViolations(browser, where);
        List<String> console = browser.consoleErrors();
        assertTrue(console.isEmpty(), () -> where + ", the browser's console: " + console);
        Matcher iso = ISO_DATE.matcher(browser.text());
        assertTrue(!iso.find(), () -> where + " writes a date as " + iso.group() + " instead of CareLearn's style");
    }
}
