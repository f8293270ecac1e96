package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.carelearn.testing.Accounts;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.ServerSettings;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Automatic logoff (HIPAA 45 CFR 164.312(a)(2)(iii)): a warning before the idle limit, which lets the person
 * stay signed in; doing nothing signs them out. A password change or a deactivation ends the person's other
 * sessions. The idle test shortens the limits to 12 and 6 seconds on the running server for its length
 * (time enough to see the warning and choose to stay, on a loaded machine too).
 */
class AutomaticLogoffBrowserIT extends BrowserJourney {

    @ArquillianResource
    private ManagementClient management;

    @AfterEach
    void defaultLimitsAgain() {
        ServerSettings.clear(management, "carelearn.session.idle-limit");
        ServerSettings.clear(management, "carelearn.session.idle-warning");
    }

    @Test
    void aWarningBeforeTheIdleLimitStayKeepsTheSessionDoingNothingSignsOut() {
        ServerSettings.set(management, "carelearn.session.idle-limit", "PT12S");
        ServerSettings.set(management, "carelearn.session.idle-warning", "PT6S");
        Ui.signIn(browser, DemoAccounts.LEARNER);
        Instant signedIn = Instant.now();
        browser.open("learning/index.xhtml");

        WebElement warning = Ui.byId(browser, "idleWarning");
        assertTrue(warning.getText().contains("signs you out after 12 seconds without activity"), warning.getText());
        Ui.byId(browser, "staySignedIn").click();
        Ui.until(browser, d -> !d.findElement(By.id("idleWarning")).isDisplayed());

        Ui.byId(browser, "idleWarning");
        assertTrue(Duration.between(signedIn, Instant.now()).toMillis() > 12_000,
                "the second warning comes after the first idle limit would have ended the session");
        assertTrue(browser.driver().getCurrentUrl().contains("learning/index.xhtml"), "still on the page");

        Ui.until(browser, d -> d.getCurrentUrl().contains("signin.xhtml?ended=idle"));
        browser.waitForPage();
        assertTrue(browser.text().contains("You were signed out after 12 seconds without activity"), browser.text());
        browser.open("learning/index.xhtml");
        assertTrue(Ui.present(browser, "signInButton"), "the session is over: a page asks to sign in");

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String audit = admin.getJson("api/admin/audit?actor=learner&action=SIGN_OUT&max=5").body();
        assertTrue(audit.contains("automatic logoff after 12 seconds without activity"), audit);
    }

    @Test
    void aPasswordChangeOrADeactivationEndsThePersonsOtherSessions() {
        String id = SampleStaff.uniqueEmployeeId();
        String username = id.toLowerCase();
        String temporary = Accounts.newPersonWithTemporaryPassword(base, id);
        Ui.signIn(browser, username, temporary);
        changePassword(temporary, "Quiet-Corridor-Lamp-31");

        WebClient elsewhere = new WebClient(base);
        elsewhere.signIn(username, "Quiet-Corridor-Lamp-31");
        assertEquals(200, elsewhere.getJson("api/me").statusCode(), "signed in on another computer");

        browser.open("account/password.xhtml");
        changePassword("Quiet-Corridor-Lamp-31", "Bright-Window-Garden-47");
        assertNotEquals(200, elsewhere.getJson("api/me").statusCode(), "the other session ended");
        browser.open("index.xhtml");
        assertTrue(browser.text().contains("Welcome"), "the session that changed the password goes on");

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String audit = admin.getJson("api/admin/audit?targetId=" + username + "&action=SIGN_OUT&max=5").body();
        assertTrue(audit.contains("1 session ended: password changed"), audit);

        assertEquals(204 / 100, admin.post("api/admin/staff/" + id + "/deactivate", "application/json", "")
                .statusCode() / 100, "deactivated");
        browser.open("index.xhtml");
        assertTrue(Ui.present(browser, "signInButton"), "a deactivated person's session is over");
    }

    private void changePassword(String current, String replacement) {
        if (!browser.driver().getCurrentUrl().contains("account/password.xhtml")) {
            browser.open("account/password.xhtml");
        }
        Ui.type(browser, "password:current", current);
        Ui.type(browser, "password:replacement", replacement);
        Ui.type(browser, "password:confirmation", replacement);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "password:change"));
        browser.waitForText("Your password has been changed.");
    }
}
