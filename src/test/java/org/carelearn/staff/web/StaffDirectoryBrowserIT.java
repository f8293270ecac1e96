package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.ScreenshotOnFailure;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin works with the staff directory: finds people by name and department, sorts and pages, and
 * edits a person's e-mail and job role.
 */
class StaffDirectoryBrowserIT extends DeployedCareLearn {

    private static final String TABLE = "directory:staff";
    private static final int EMPLOYEE_ID = 0;
    private static final int NAME = 1;
    private static final int EMAIL = 2;
    private static final int DEPARTMENT = 3;
    private static final int JOB_ROLE = 4;

    private Browser browser;

    /** A family name only this test's people have. */
    private String family;
    private String nurse;
    private String secondNurse;
    private String radiationNurse;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void threePeopleAndAnAdmin() {
        family = "Quillby" + letters(6);
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        nurse = add(admin, SampleStaff.json(SampleStaff.uniqueEmployeeId(), "Ada", family));
        secondNurse = add(admin, SampleStaff.json(SampleStaff.uniqueEmployeeId(), "Bea", family));
        radiationNurse = add(admin, SampleStaff.json(SampleStaff.uniqueEmployeeId(), "Cyrus", family, "RADONC",
                "RN-RADONC", "LR5001"));
        browser = new Browser(base);
        Ui.signIn(browser, DemoAccounts.ADMIN);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void findsPeopleByNameThenByDepartment() {
        browser.open("admin/staff.xhtml");

        Ui.type(browser, TABLE + ":nameColumn:filter", family.toLowerCase(Locale.ROOT));
        Ui.until(browser, d -> Ui.report(browser, TABLE).equals("3 staff"));
        Map<String, List<String>> rows = Ui.rows(browser, TABLE).stream()
                .collect(Collectors.toMap(row -> row.get(EMPLOYEE_ID), row -> row));
        assertAll(
                () -> assertEquals(Set.of(nurse, secondNurse, radiationNurse), rows.keySet()),
                () -> assertEquals(family + ", Ada", rows.get(nurse).get(NAME)),
                () -> assertEquals("Infusion Center", rows.get(secondNurse).get(DEPARTMENT)),
                () -> assertEquals("Radiation Oncology", rows.get(radiationNurse).get(DEPARTMENT)));

        Ui.choose(browser, TABLE + ":departmentFilter", "Radiation Oncology");
        Ui.until(browser, d -> Ui.report(browser, TABLE).equals("1 staff"));
        List<String> found = Ui.rows(browser, TABLE).get(0);
        assertAll(
                () -> assertEquals(radiationNurse, found.get(EMPLOYEE_ID)),
                () -> assertEquals(family + ", Cyrus", found.get(NAME)),
                () -> assertEquals("Radiation Oncology Nurse", found.get(JOB_ROLE)));

        Ui.type(browser, TABLE + ":nameColumn:filter", "no-such-person-" + family);
        Ui.until(browser, d -> Ui.report(browser, TABLE).equals("0 staff"));
        assertTrue(Ui.byId(browser, TABLE).getText().contains("No staff member matches these filters."));
    }

    @Test
    void sortsByEmployeeIdAndPages() {
        browser.open("admin/staff.xhtml");
        int total = Integer.parseInt(Ui.report(browser, TABLE).replace(" staff", ""));
        assertTrue(total >= 63, "the demo hospital's 60 and this test's 3, was " + total);

        sortByEmployeeId();
        List<String> firstPage = Ui.until(browser, d -> sortedPage(Comparator.naturalOrder()));
        assertEquals(25, firstPage.size());

        browser.find("[id='" + TABLE + "'] .ui-paginator-page[aria-label='Page 2']").click();
        List<String> secondPage = Ui.until(browser, d -> {
            List<String> ids = sortedPage(Comparator.naturalOrder());
            return ids != null && !ids.get(0).equals(firstPage.get(0)) ? ids : null;
        });
        assertAll(
                () -> assertEquals(Math.min(25, total - 25), secondPage.size()),
                () -> assertTrue(secondPage.get(0).compareTo(firstPage.get(24)) > 0,
                        "page 2 continues after page 1: " + firstPage + " then " + secondPage),
                () -> assertEquals(total + " staff", Ui.report(browser, TABLE)));

        sortByEmployeeId();
        List<String> descending = Ui.until(browser, d -> sortedPage(Comparator.reverseOrder()));
        assertTrue(descending.get(0).compareTo(secondPage.get(secondPage.size() - 1)) > 0,
                "highest ids first: " + descending);
    }

    @Test
    void editsEmailAndJobRole() {
        openFromDirectory(nurse);
        assertEquals("Ada " + family, Ui.heading(browser));

        String email = "ada." + nurse.toLowerCase(Locale.ROOT) + "@radonc.lindenridge.example";
        Ui.type(browser, "member:email", email);
        Ui.choose(browser, "member:jobRole", "Radiation Oncology Nurse");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "member:save"));

        assertAll(
                () -> assertTrue(Ui.byId(browser, "messages").getText().contains("Saved Ada " + family + "."),
                        Ui.byId(browser, "messages").getText()),
                () -> assertEquals(email, Ui.byId(browser, "member:email").getAttribute("value")),
                () -> assertEquals("Radiation Oncology Nurse", Ui.chosen(browser, "member:jobRole")),
                () -> assertEquals("Infusion Center", Ui.chosen(browser, "member:department")));

        browser.open("admin/staff.xhtml");
        Ui.type(browser, TABLE + ":employeeIdColumn:filter", nurse);
        Ui.until(browser, d -> Ui.report(browser, TABLE).equals("1 staff"));
        List<String> row = Ui.rows(browser, TABLE).get(0);
        assertAll(
                () -> assertEquals(email, row.get(EMAIL)),
                () -> assertEquals("Radiation Oncology Nurse", row.get(JOB_ROLE)));
    }

    @Test
    void invalidEmailAndOverlongNameAreExplainedAndChangeNothing() {
        openFromDirectory(secondNurse);
        String before = Ui.byId(browser, "member:email").getAttribute("value");

        // passes the browser's own check of type="email", so it is CareLearn that must refuse it
        Ui.type(browser, "member:email", "bea@localhost");
        Ui.choose(browser, "member:jobRole", "Oncology Social Worker");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "member:save"));

        assertAll(
                () -> assertTrue(browser.text().contains("E-mail 'bea@localhost' is not a valid address"),
                        browser.text()),
                () -> assertTrue(!browser.text().contains("Saved Bea"), "no success message"));

        browser.open("admin/staff-member.xhtml?employeeId=" + secondNurse);
        assertAll(
                () -> assertEquals(before, Ui.byId(browser, "member:email").getAttribute("value")),
                () -> assertEquals("Infusion Nurse", Ui.chosen(browser, "member:jobRole")));

        // a name longer than the field allows is refused as a whole, never cut short without a word
        String longName = "Bea" + "trice".repeat(18);
        Ui.type(browser, "member:givenName", longName);
        assertEquals(longName, Ui.byId(browser, "member:givenName").getAttribute("value"), "the field takes it all");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "member:save"));
        assertAll(
                () -> assertTrue(browser.text().contains("Given name: at most 80 characters (this one has 93)."),
                        browser.text()),
                () -> assertTrue(!browser.text().contains("Saved "), "no success message"));
        browser.open("admin/staff-member.xhtml?employeeId=" + secondNurse);
        assertEquals("Bea", Ui.byId(browser, "member:givenName").getAttribute("value"), "the name is unchanged");

        // the same on the organisation page, whose two add forms share a page
        String code = "Q" + letters(8).toUpperCase(Locale.ROOT);
        browser.open("admin/organisation.xhtml");
        Ui.type(browser, browser.find("input[id$=':newDepartmentCode']").getAttribute("id"), code);
        Ui.type(browser, browser.find("input[id$=':newDepartmentName']").getAttribute("id"),
                "Department of " + "x".repeat(107));
        browser.find("button[id$=':addDepartment']").click();
        browser.waitForText("Department name: at most 120 characters (this one has 121).");
        assertTrue(!browser.text().contains(code), "no department was added");
    }

    @Test
    void anAccountWithoutARoleIsExplainedAndChangesNothing() {
        openFromDirectory(nurse);
        List<WebElement> ticked = browser.driver().findElements(
                By.cssSelector("[id='member:roles'] .ui-chkbox-box.ui-state-active"));
        assertTrue(!ticked.isEmpty(), "the nurse has a role to take away");
        ticked.forEach(WebElement::click);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "member:save"));

        assertAll(
                () -> assertTrue(browser.text().contains("Choose at least one role"), browser.text()),
                () -> assertTrue(!browser.text().contains("Saved Ada"), "no success message"));
        browser.open("admin/staff-member.xhtml?employeeId=" + nurse);
        assertEquals(ticked.size(), browser.driver().findElements(
                By.cssSelector("[id='member:roles'] .ui-chkbox-box.ui-state-active")).size(), "roles unchanged");
    }

    private void sortByEmployeeId() {
        browser.find("[id='" + TABLE + ":employeeIdColumn'] .ui-column-title").click();
    }

    private void openFromDirectory(String employeeId) {
        browser.open("admin/staff.xhtml");
        Ui.type(browser, TABLE + ":nameColumn:filter", family);
        Ui.until(browser, d -> Ui.report(browser, TABLE).equals("3 staff"));
        Ui.clickAndWaitForNewPage(browser, browser.driver().findElement(By.linkText(employeeId)));
    }

    /** The employee ids of the page shown, if they are in this order (else null, to keep waiting). */
    private List<String> sortedPage(Comparator<String> order) {
        browser.waitForAjax();
        List<String> ids = Ui.column(browser, TABLE, EMPLOYEE_ID);
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(order);
        return !ids.isEmpty() && ids.equals(sorted) ? ids : null;
    }

    private static String add(WebClient admin, String json) {
        HttpResponse<String> added = admin.post("api/admin/staff", "application/json", json);
        assertEquals(201, added.statusCode(), added.body());
        return json.replaceAll("(?s).*\"employeeId\":\"([^\"]+)\".*", "$1");
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
