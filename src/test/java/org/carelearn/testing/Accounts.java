package org.carelearn.testing;

import java.net.URL;
import java.net.http.HttpResponse;

/** Creates people with accounts for tests, the way an admin would: through the REST API. */
public final class Accounts {

    private Accounts() {
    }

    /** A new staff member in the infusion center; returns the temporary password of their account. */
    public static String newPersonWithTemporaryPassword(URL base, String employeeId) {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> created = admin.post("api/admin/staff", "application/json",
                SampleStaff.json(employeeId, "Jo", "Tester"));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create " + employeeId + ": " + created.body());
        }
        HttpResponse<String> issued = admin.post("api/admin/accounts/" + employeeId.toLowerCase()
                + "/temporary-password", "application/json", "");
        return Json.object(issued.body()).getString("temporaryPassword");
    }
}
