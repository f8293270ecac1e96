package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * A new colleague's first day: an admin adds them and gives them a temporary password; they sign in,
 * must choose their own password before anything else, and then reach their home page.
 */
class NewStaffOnboardingBrowserIT extends BrowserJourney {

    private static final String MUST_CHANGE = "You signed in with a temporary password. Choose your own password to continue.";

    @Test
    void newStaffMemberSignsInWithATemporaryPasswordAndChoosesTheirOwn() {
        String employeeId = SampleStaff.uniqueEmployeeId();
        String username = employeeId.toLowerCase(Locale.ROOT);

        // the admin adds the person ...
        Ui.signIn(browser, DemoAccounts.ADMIN);
        browser.open("admin/staff.xhtml");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "addStaff"));
        assertEquals("Add a staff member", Ui.heading(browser));
        Ui.type(browser, "member:employeeId", employeeId);
        Ui.type(browser, "member:givenName", "Noor");
        Ui.type(browser, "member:familyName", "Haddadin");
        Ui.type(browser, "member:email", "noor." + username + "@lindenridge.example");
        Ui.choose(browser, "member:department", "Palliative Care");
        Ui.choose(browser, "member:jobRole", "Palliative Care Nurse");
        Ui.type(browser, "member:hireDate_input", "2026-11-02");
        Ui.byId(browser, "member:hireDate_input").sendKeys(Keys.ESCAPE);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "member:save"));

        assertAll(
                () -> assertEquals("Noor Haddadin", Ui.heading(browser)),
                () -> assertTrue(Ui.byId(browser, "messages").getText().contains(
                        "Added Noor Haddadin (" + employeeId + "). Issue a temporary password so they can sign in."),
                        Ui.byId(browser, "messages").getText()),
                () -> assertEquals(username, Ui.byId(browser, "accountUsername").getText()),
                () -> assertEquals("None issued yet: this person cannot sign in",
                        Ui.byId(browser, "passwordState").getText()));

        // ... issues a temporary password, reads it off the screen, and signs out
        Ui.byId(browser, "accountForm:issuePassword").click();
        Ui.byId(browser, "accountForm:confirmYes").click();
        String temporary = Ui.byId(browser, "temporaryPassword").getText();
        browser.waitForAjax();
        assertAll(
                () -> assertEquals(14, temporary.length(), temporary),
                () -> assertEquals("Temporary: to be changed at the next sign-in",
                        Ui.byId(browser, "passwordState").getText()));
        Ui.signOut(browser);

        // the new person signs in and is sent to choose a password
        Ui.signIn(browser, username, temporary);
        assertAll(
                () -> assertTrue(Ui.path(browser).endsWith("/account/password.xhtml"), browser.driver().getCurrentUrl()),
                () -> assertEquals(MUST_CHANGE, Ui.byId(browser, "mustChange").getText()));

        // every other page sends them back
        browser.open("index.xhtml");
        assertAll(
                () -> assertTrue(Ui.path(browser).endsWith("/account/password.xhtml"), browser.driver().getCurrentUrl()),
                () -> assertFalse(Ui.present(browser, "learnerPanel")));

        // a short password is refused with the policy's reason
        changePassword(temporary, "Short-pass1");
        assertAll(
                () -> assertTrue(Ui.path(browser).endsWith("/account/password.xhtml"), browser.driver().getCurrentUrl()),
                () -> assertTrue(browser.text().contains("The new password must be at least 12 characters long"),
                        browser.text()),
                () -> assertEquals(MUST_CHANGE, Ui.byId(browser, "mustChange").getText()));

        // a good one is accepted, and home is theirs
        String chosen = "Quiet-Evening-Rounds-26";
        changePassword(temporary, chosen);
        assertAll(
                () -> assertTrue(Ui.path(browser).endsWith("/index.xhtml"), browser.driver().getCurrentUrl()),
                () -> assertTrue(Ui.byId(browser, "messages").getText().contains("Your password has been changed.")),
                () -> assertEquals("Welcome, Noor Haddadin", Ui.heading(browser)),
                () -> assertTrue(Ui.byId(browser, "learnerPanel").getText()
                        .contains("Palliative Care Nurse, Palliative Care")),
                () -> assertFalse(Ui.present(browser, "mustChange")));

        // from now on the chosen password leads straight home
        Ui.signOut(browser);
        Ui.signIn(browser, username, chosen);
        assertEquals("Welcome, Noor Haddadin", Ui.heading(browser));
    }

    private void changePassword(String current, String replacement) {
        Ui.type(browser, "password:current", current);
        Ui.type(browser, "password:replacement", replacement);
        Ui.type(browser, "password:confirmation", replacement);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "password:change"));
    }
}
