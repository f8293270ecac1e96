package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.Test;

/** Pages belong to roles: others are turned away, and a visitor is asked to sign in first. */
class RoleAccessBrowserIT extends BrowserJourney {

    private static final String FORBIDDEN =
            "This page belongs to another role. If you need it for your work, ask your CareLearn administrator.";

    @Test
    void learnerIsTurnedAwayFromTheStaffDirectory() {
        Ui.signIn(browser, DemoAccounts.LEARNER);

        browser.open("admin/staff.xhtml");

        assertAll(
                () -> assertEquals("Not available to you", Ui.heading(browser)),
                () -> assertEquals(FORBIDDEN, Ui.byId(browser, "forbidden").getText()),
                () -> assertFalse(Ui.present(browser, "directory:staff"), "no staff table"),
                () -> assertFalse(browser.text().contains("Victor Mensah") || browser.text().contains("LR1001"),
                        "no staff data"));
    }

    @Test
    void learnerIsTurnedAwayFromTheManagersAndLeadershipPages() {
        Ui.signIn(browser, DemoAccounts.LEARNER);

        browser.open("team/index.xhtml");
        assertEquals(FORBIDDEN, Ui.byId(browser, "forbidden").getText());

        browser.open("leadership/index.xhtml");
        assertEquals(FORBIDDEN, Ui.byId(browser, "forbidden").getText());
    }

    @Test
    void visitorSignsInFirstAndThenLandsOnThePageAskedFor() {
        browser.open("admin/staff.xhtml");

        assertAll(
                () -> assertTrue(Ui.byId(browser, "username").isDisplayed(), "the sign-in form"),
                () -> assertFalse(Ui.present(browser, "directory:staff"), "no staff table before signing in"));

        Ui.submitSignIn(browser, DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);

        assertAll(
                () -> assertTrue(Ui.path(browser).endsWith("/admin/staff.xhtml"), browser.driver().getCurrentUrl()),
                () -> assertEquals("Staff directory", Ui.heading(browser)),
                () -> assertTrue(Ui.byId(browser, "directory:staff").getText().matches("(?s).*\\b\\d{2,} staff\\b.*"),
                        "the directory counts the hospital's staff"),
                () -> assertEquals(25, Ui.column(browser, "directory:staff", 0).size(), "a first page of 25"));
    }
}
