package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Signing in and out: each demo account reaches its own home page and sees only its roles' menu. */
class SignInBrowserIT extends BrowserJourney {

    private static final List<String> PANELS = List.of("learnerPanel", "managerPanel", "leadershipPanel",
            "adminPanel");

    @Test
    void learnerSeesTheirTrainingAndNoOtherRolesMenu() {
        assertHome(DemoAccounts.LEARNER, Set.of("learnerPanel"), List.of("Home", "My learning", "Transcript", "My competencies",
                "Case records"));
        assertTrue(browser.text().contains("Oncology Registered Nurse, Inpatient Oncology Nursing"),
                "the learner panel names the learner's job role and department");
    }

    @Test
    void managerSeesMyTeam() {
        assertHome(DemoAccounts.MANAGER, Set.of("learnerPanel", "managerPanel"),
                List.of("Home", "My learning", "Transcript", "My competencies", "Case records", "My team",
                        "Competency grid"));
    }

    @Test
    void leaderSeesDepartments() {
        assertHome(DemoAccounts.LEADERSHIP, Set.of("learnerPanel", "leadershipPanel"),
                List.of("Home", "My learning", "Transcript", "My competencies", "Case records", "Departments",
                        "Coverage", "Compliance", "Complaints", "Patient experience", "Survey packs", "Audit trail"));
    }

    @Test
    void adminSeesAdministration() {
        assertHome(DemoAccounts.ADMIN, Set.of("learnerPanel", "adminPanel"),
                List.of("Home", "My learning", "Transcript", "My competencies", "Case records",
                        "Administration"));

        Ui.openSubmenu(browser, "nav:admin");
        List<String> adminEntries = Ui.until(browser, d -> {
            List<String> shown = d.findElements(By.cssSelector("[id='nav:admin'] ul .app-menu-link")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            return shown.isEmpty() ? null : shown;
        });
        assertEquals(List.of("Staff directory", "Departments and job roles", "HR feed import", "Assignments",
                "Competency requirements", "Competency grid (hospital)", "Course catalog", "Competency frameworks",
                "Validators", "Audit trail", "E-mail", "Learning records (LRS)", "LRS clients", "LRS forwarding", "Setup"),
                adminEntries);
    }

    @Test
    void wrongPasswordIsRefusedOnTheSignInPage() {
        DemoAccounts learner = DemoAccounts.LEARNER;
        Ui.signIn(browser, learner.username, learner.password + "-wrong");

        assertAll(
                () -> assertTrue(Ui.path(browser).endsWith("/signin.xhtml"), browser.driver().getCurrentUrl()),
                () -> assertEquals("The user name or password is not correct, or the account is not active.",
                        Ui.byId(browser, "signInError").getText()),
                () -> assertTrue(Ui.byId(browser, "username").isDisplayed()),
                () -> assertFalse(Ui.present(browser, "nav"), "no menu before signing in"));

        // the right password still works (and resets the failure count of this shared demo account)
        Ui.submitSignIn(browser, learner.username, learner.password);
        assertEquals("Welcome, " + learner.displayName, Ui.heading(browser));
    }

    @Test
    void signingOutReturnsToTheSignInPageAndEndsTheSession() {
        Ui.signIn(browser, DemoAccounts.MANAGER);
        assertEquals("Welcome, " + DemoAccounts.MANAGER.displayName, Ui.heading(browser));

        Ui.signOut(browser);

        assertAll(
                () -> assertTrue(Ui.path(browser).endsWith("/signin.xhtml"), browser.driver().getCurrentUrl()),
                () -> assertEquals("You have signed out.", Ui.byId(browser, "signedOut").getText()),
                () -> assertFalse(Ui.present(browser, "signInError")));

        browser.open("index.xhtml");
        assertAll(
                () -> assertTrue(Ui.byId(browser, "username").isDisplayed(), "the home page asks for sign-in again"),
                () -> assertFalse(browser.text().contains("Welcome"), browser.text()),
                () -> assertFalse(Ui.present(browser, "nav")));
    }

    private void assertHome(DemoAccounts account, Set<String> panels, List<String> menu) {
        Ui.signIn(browser, account);

        Set<String> shownPanels = PANELS.stream().filter(id -> Ui.present(browser, id)).collect(Collectors.toSet());
        assertAll(
                () -> assertEquals("Welcome, " + account.displayName, Ui.heading(browser)),
                () -> assertEquals(account.displayName, Ui.byId(browser, "signedInAs").getText()),
                () -> assertEquals(panels, shownPanels),
                () -> assertEquals(menu, topMenu()));
    }

    /** The menu bar's top-level entries, as shown. */
    private List<String> topMenu() {
        return browser.driver().findElements(By.cssSelector("[id='nav:menu'] > ul > li > .app-menu-link"))
                .stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }
}
