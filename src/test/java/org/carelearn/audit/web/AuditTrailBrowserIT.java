package org.carelearn.audit.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Accounts;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What an admin does shows up in the audit trail, under their name and the record they changed, in words; the
 * first-run setup asks for the public address until an admin gives it.
 */
class AuditTrailBrowserIT extends BrowserJourney {

    private static final String TABLE = "audit:events";
    private static final int WHO = 1;
    private static final int WHAT = 2;
    private static final int RECORD_TYPE = 3;
    private static final int RECORD = 4;
    private static final int DETAILS = 5;

    @Test
    void editingAStaffMemberIsAuditedUnderTheAdminsName() {
        String employeeId = SampleStaff.uniqueEmployeeId();
        Accounts.newPersonWithTemporaryPassword(base, employeeId);
        String oldEmail = employeeId.toLowerCase(Locale.ROOT) + "@test.lindenridge.example";
        String newEmail = "jo.tester." + employeeId.toLowerCase(Locale.ROOT) + "@lindenridge.example";

        Ui.signIn(browser, DemoAccounts.ADMIN);
        browser.open("admin/staff-member.xhtml?employeeId=" + employeeId);
        Ui.type(browser, "member:email", newEmail);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "member:save"));
        assertTrue(Ui.byId(browser, "messages").getText().contains("Saved Jo Tester."));

        browser.open("admin/audit.xhtml");
        Ui.type(browser, TABLE + ":actorColumn:filter", DemoAccounts.ADMIN.username);
        List<String> event = Ui.until(browser, d -> {
            List<List<String>> rows = Ui.rows(browser, TABLE);
            boolean filtered = !rows.isEmpty()
                    && rows.stream().allMatch(row -> row.get(WHO).equals(DemoAccounts.ADMIN.username));
            return filtered ? rows.stream().filter(row -> row.get(RECORD).equals(employeeId)
                    && row.get(WHAT).equals("Staff member updated")).findFirst().orElse(null) : null;
        });

        assertAll(
                () -> assertEquals("Staff member", event.get(RECORD_TYPE)),
                () -> assertEquals("email: " + oldEmail + " -> " + newEmail, event.get(DETAILS)));

        completeTheFirstRunSetup();

        browser.open("admin/audit.xhtml");
        List<String> types = browser.driver().findElements(By.cssSelector("select[id$='targetTypeFilter_input'] option"))
                .stream().map(o -> o.getAttribute("textContent").strip()).toList();
        assertEquals(List.of("All", "Account", "Assignment rule", "Case import", "Case record", "Case records (many)",
                "Competency", "Competency framework", "Course", "Course package", "Database backup", "Department",
                "Enrolment", "HR import", "Job role", "LRS client", "LRS forwarding", "Leadership report", "Page",
                "Patient experience import", "Patient experience measure", "Setting", "Staff member",
                "Survey-ready pack"), types);

        // a narrow window: long user names and record ids wrap between their parts, never inside a word
        browser.driver().manage().window().setSize(new Dimension(900, 1000));
        Ui.choose(browser, TABLE + ":targetTypeFilter", "Course");
        List<List<String>> courses = Ui.until(browser, d -> {
            List<List<String>> rows = Ui.rows(browser, TABLE);
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.get(RECORD_TYPE).equals("Course")) ? rows : null;
        });
        assertTrue(courses.stream().anyMatch(row -> row.get(WHAT).equals("Course imported")
                && row.get(RECORD).equals("https://carelearn.example/courses/trauma-informed-care")), courses.toString());
        assertEquals(List.of(), wordsBrokenAcrossLines(WHO), "Who");
        assertEquals(List.of(), wordsBrokenAcrossLines(RECORD), "Record");

        Ui.choose(browser, TABLE + ":targetTypeFilter", "Setting");
        List<String> setting = Ui.until(browser, d -> Ui.rows(browser, TABLE).stream()
                .filter(row -> row.get(WHAT).equals("Public address set")).findFirst().orElse(null));
        assertAll(
                () -> assertEquals(DemoAccounts.ADMIN.username, setting.get(WHO)),
                () -> assertEquals("carelearn.public-url", setting.get(RECORD)),
                () -> assertTrue(setting.get(DETAILS).endsWith("-> " + publicAddress()), setting.get(DETAILS)));
    }

    /**
     * Until an admin gives the address certificates and links point to, every admin page warns; an address
     * that is not one is refused with the reason.
     */
    private void completeTheFirstRunSetup() {
        browser.open("index.xhtml");
        WebElement warning = Ui.byId(browser, "setupWarning");
        assertTrue(warning.getText().contains("Certificates cannot carry a working verification link"),
                warning.getText());
        Ui.clickAndWaitForNewPage(browser, warning.findElement(By.linkText("Complete the setup")));
        assertEquals("Setup", Ui.heading(browser));

        Ui.type(browser, "setup:publicUrl", "learning.lindenridge.example");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "setup:save"));
        assertTrue(browser.text().contains("The public address must start with https:// or http://"), browser.text());
        assertTrue(Ui.present(browser, "setupWarning"), "still not set");

        Ui.type(browser, "setup:publicUrl", publicAddress() + "/");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "setup:save"));
        assertTrue(browser.text().contains("Saved. Certificates now link to " + publicAddress() + "/verify.xhtml"),
                browser.text());
        browser.open("index.xhtml");
        assertTrue(!Ui.present(browser, "setupWarning"), "no warning once the address is set");
    }

    /** The address these tests reach the server at, which is what the server assumed before the setup. */
    private String publicAddress() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The words (letters and digits) of a column's cells that the browser split over two lines. */
    @SuppressWarnings("unchecked")
    private List<String> wordsBrokenAcrossLines(int column) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const broken = [];
                for (const row of document.querySelectorAll("tbody[id='audit:events_data'] > tr")) {
                  const cell = row.children[arguments[0]];
                  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                  for (let node; (node = walker.nextNode());) {
                    if (node.parentElement.closest('.ui-column-title')) continue;
                    for (const word of node.data.matchAll(/[A-Za-z0-9]+/g)) {
                      const range = document.createRange();
                      range.setStart(node, word.index);
                      range.setEnd(node, word.index + word[0].length);
                      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                      if (tops.size > 1) broken.push(word[0]);
                    }
                  }
                }
                return broken;""", column);
    }
}
