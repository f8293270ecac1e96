package org.carelearn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In Chromium, CareLearn's pages run under their Content-Security-Policy without the browser refusing anything
 * of theirs, and a script injected into a page is refused, as the console reports.
 */
class SecurityPolicyBrowserIT extends BrowserJourney {

    @Test
    void anInjectedInlineScriptIsRefusedAndTheConsoleSaysSo() {
        browser.signIn(DemoAccounts.LEARNER);
        browser.open("learning/index.xhtml");
        browser.consoleMessages();
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("window.injectedRan = 'no';"
                + "var script = document.createElement('script');"
                + "script.textContent = \"window.injectedRan = 'inline script';\";"
                + "document.body.appendChild(script);"
                + "var holder = document.createElement('div');"
                + "holder.innerHTML = '<img alt=\"\" src=\"data:,\" onerror=\"window.injectedRan = \\'handler\\'\""
                + " onload=\"window.injectedRan = \\'handler\\'\">';"
                + "document.body.appendChild(holder);");
        List<String> console = new ArrayList<>();
        try {
            Ui.until(browser, d -> {
                console.addAll(browser.consoleMessages());
                return console.stream().anyMatch(m -> m.contains("inline script")
                        && m.contains("Content Security Policy"));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no violation in the console (the script: " + page.executeScript(
                    "return window.injectedRan;") + "): " + console, e);
        }
        assertEquals("no", page.executeScript("return window.injectedRan;"), "neither the script nor the handler ran");
        assertTrue(console.stream().anyMatch(m -> m.contains("inline event handler")
                && m.contains("Content Security Policy")), console.toString());
    }

    @Test
    void everyPageOfEachRoleRunsUnderThePolicy() {
        List<String> refused = new ArrayList<>();
        browser.signIn(DemoAccounts.LEARNER);
        visit(refused, "index.xhtml", "learning/index.xhtml", "learning/transcript.xhtml", "account/password.xhtml");
        Ui.signOut(browser);
        browser.signIn(DemoAccounts.MANAGER);
        visit(refused, "team/index.xhtml", "team/member.xhtml?employeeId=LR3002");
        Ui.signOut(browser);
        browser.signIn(DemoAccounts.LEADERSHIP);
        visit(refused, "leadership/index.xhtml");
        Ui.signOut(browser);
        browser.signIn(DemoAccounts.ADMIN);
        visit(refused, "admin/staff.xhtml", "admin/staff-member.xhtml?employeeId=LR3002", "admin/organisation.xhtml",
                "admin/hr-import.xhtml", "admin/courses.xhtml", "admin/enrolments.xhtml?employeeId=LR3002",
                "admin/audit.xhtml", "admin/statements.xhtml", "admin/lrs-clients.xhtml", "admin/lrs-forwarding.xhtml");
        Ui.signOut(browser);
        visit(refused, "signin.xhtml", "verify.xhtml?code=CL-AAAA-BBBB-CCCC");
        assertTrue(refused.isEmpty(), "the browser refused what CareLearn's own pages need: " + refused);
    }

    private void visit(List<String> refused, String... paths) {
        for (String path : paths) {
            browser.open(path);
            // pages with PrimeFaces components run it in CSP mode; the learner's plain pages load none of it
            Boolean withoutCsp = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return !!window.PrimeFaces && !(PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE);");
            assertFalse(withoutCsp, path + ": PrimeFaces started without CSP mode");
            browser.consoleMessages().stream()
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                    .forEach(m -> refused.add(path + ": " + m));
        }
    }
}
