package org.carelearn.staff.web;

import java.util.List;
import org.carelearn.testing.Accessibility;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.CourseLessons;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page each kind of user reaches has no WCAG 2.1 A or AA violation that axe-core finds (the lessons, page
 * by page, are checked as the learner takes them in CourseCompletionBrowserIT). Automated checks find part of
 * what a person with a screen reader meets, not all of it; they keep what was fixed fixed.
 */
class AccessibilityBrowserIT extends BrowserJourney {

    @Test
    void publicPages() {
        check(List.of("signin.xhtml", "verify.xhtml", "verify.xhtml?code=CL-AAAA-BBBB-CCCC"));
    }

    @Test
    void learnerPages() {
        browser.signIn(DemoAccounts.LEARNER);
        check(List.of("index.xhtml", "learning/index.xhtml", "learning/transcript.xhtml", "account/password.xhtml"));
        new CourseLessons(browser).openCourse("Trauma-informed care");
        Accessibility.assertNoViolations(browser, "the course page");
    }

    @Test
    void managerAndLeadershipPages() {
        browser.signIn(DemoAccounts.MANAGER);
        check(List.of("team/index.xhtml", "team/member.xhtml?employeeId=LR3002"));
        Ui.signOut(browser);
        browser.signIn(DemoAccounts.LEADERSHIP);
        check(List.of("leadership/index.xhtml"));
    }

    @Test
    void adminPages() {
        browser.signIn(DemoAccounts.ADMIN);
        check(List.of("admin/staff.xhtml", "admin/staff-member.xhtml?employeeId=LR3002", "admin/organisation.xhtml",
                "admin/hr-import.xhtml", "admin/courses.xhtml", "admin/enrolments.xhtml?employeeId=LR3002",
                "admin/audit.xhtml", "admin/statements.xhtml", "admin/lrs-clients.xhtml",
                "admin/lrs-forwarding.xhtml"));
        browser.open("admin/courses.xhtml");
        browser.clickAndWaitForNewPage(browser.driver().findElement(By.linkText("Trauma-informed care")));
        Accessibility.assertNoViolations(browser, "a course version");
        browser.clickAndWaitForNewPage(browser.find("a.au-preview"));
        Accessibility.assertNoViolations(browser, "a lesson's preview");
    }

    private void check(List<String> paths) {
        for (String path : paths) {
            browser.open(path);
            Accessibility.assertNoViolations(browser, path);
        }
    }
}
