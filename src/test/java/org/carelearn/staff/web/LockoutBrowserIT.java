package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.carelearn.testing.Accounts;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.ScreenshotOnFailure;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Five wrong passwords in a row lock an account, so that even the right one is refused, until an admin
 * unlocks it.
 */
class LockoutBrowserIT extends DeployedCareLearn {

    private static final String REJECTED = "The user name or password is not correct, or the account is not active.";
    private static final String LOCKED =
            "Too many failed attempts: this account is locked for 15 minutes. An administrator can unlock it sooner.";

    private Browser person;
    private Browser admin;

    @RegisterExtension
    final ScreenshotOnFailure personScreenshots = new ScreenshotOnFailure(() -> person);

    @RegisterExtension
    final ScreenshotOnFailure adminScreenshots = new ScreenshotOnFailure(() -> admin);

    @BeforeEach
    void openBrowsers() {
        person = new Browser(base);
        admin = new Browser(base);
    }

    @AfterEach
    void closeBrowsers() {
        person.close();
        admin.close();
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdminUnlocksIt() {
        String employeeId = SampleStaff.uniqueEmployeeId();
        String username = employeeId.toLowerCase(Locale.ROOT);
        String temporaryPassword = Accounts.newPersonWithTemporaryPassword(base, employeeId);

        for (int attempt = 1; attempt <= 4; attempt++) {
            Ui.signIn(person, username, "Wrong-guess-number-" + attempt);
            assertEquals(REJECTED, Ui.byId(person, "signInError").getText(), "attempt " + attempt);
        }
        Ui.signIn(person, username, "Wrong-guess-number-5");
        assertEquals(LOCKED, Ui.byId(person, "signInError").getText(), "the fifth failure locks");

        Ui.signIn(person, username, temporaryPassword);
        assertAll(
                () -> assertEquals(LOCKED, Ui.byId(person, "signInError").getText(), "even the right password"),
                () -> assertTrue(Ui.path(person).endsWith("/signin.xhtml"), person.driver().getCurrentUrl()));

        // the admin sees the lock, on the home page and on the person's page, and lifts it
        Ui.signIn(admin, DemoAccounts.ADMIN);
        assertTrue(Ui.byId(admin, "lockedAccounts").getText().contains(username),
                "the home page lists locked accounts");
        admin.open("admin/staff-member.xhtml?employeeId=" + employeeId);
        assertAll(
                () -> assertEquals("Jo Tester", Ui.heading(admin)),
                () -> assertTrue(Ui.byId(admin, "lockState").getText().startsWith("Locked until "),
                        Ui.byId(admin, "lockState").getText()));

        Ui.byId(admin, "accountForm:unlock").click();
        Ui.until(admin, d -> Ui.byId(admin, "lockState").getText().equals("Not locked"));
        assertTrue(Ui.byId(admin, "messages").getText().contains("Unlocked."), Ui.byId(admin, "messages").getText());

        // now the person gets in (and, with a temporary password, is asked to choose their own)
        Ui.signIn(person, username, temporaryPassword);
        assertAll(
                () -> assertTrue(Ui.path(person).endsWith("/account/password.xhtml"), person.driver().getCurrentUrl()),
                () -> assertEquals("Jo Tester", Ui.byId(person, "signedInAs").getText()));
    }
}
