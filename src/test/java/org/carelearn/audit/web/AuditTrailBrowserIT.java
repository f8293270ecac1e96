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

/** What an admin does shows up in the audit trail, under their name and the record they changed. */
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
                    && row.get(WHAT).equals("STAFF_UPDATED")).findFirst().orElse(null) : null;
        });

        assertAll(
                () -> assertEquals("StaffMember", event.get(RECORD_TYPE)),
                () -> assertEquals("email: " + oldEmail + " -> " + newEmail, event.get(DETAILS)));
    }
}
