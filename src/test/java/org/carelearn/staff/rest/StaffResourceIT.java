package org.carelearn.staff.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/admin/staff as an integration would use it, with the one error shape for every failure. */
class StaffResourceIT extends DeployedCareLearn {

    private WebClient admin;

    @BeforeEach
    void signIn() {
        admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
    }

    @Test
    void addReadUpdateDeactivate() {
        String id = SampleStaff.uniqueEmployeeId();
        HttpResponse<String> created = admin.post("api/admin/staff", "application/json",
                SampleStaff.json(id, "Rosa", "Quintero", "PALLIATIVE", "RN-PALL", "LR6001"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/staff/" + id));
        JsonObject rosa = Json.object(created.body());
        assertEquals("Palliative Care", rosa.getString("departmentName"));
        assertEquals(id.toLowerCase(), rosa.getString("username"));
        assertEquals("[\"LEARNER\"]", rosa.getJsonArray("roles").toString());

        String edit = SampleStaff.json(id, "Rosa", "Quintero-Vale", "PALLIATIVE", "RN-PALL", "LR6001")
                .replace("}", ",\"version\":" + rosa.getJsonNumber("version").longValue()
                        + ",\"roles\":[\"LEARNER\",\"MANAGER\"]}");
        HttpResponse<String> updated = admin.put("api/admin/staff/" + id, "application/json", edit);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Quintero-Vale", Json.object(updated.body()).getString("familyName"));
        assertEquals(2, Json.object(updated.body()).getJsonArray("roles").size());

        HttpResponse<String> stale = admin.put("api/admin/staff/" + id, "application/json", edit);
        assertEquals(400, stale.statusCode(), "the version read before the edit is stale now");
        assertTrue(Json.object(stale.body()).getString("message").contains("Someone else changed"));

        HttpResponse<String> deactivated = admin.post("api/admin/staff/" + id + "/deactivate", "application/json", "");
        assertEquals(false, Json.object(deactivated.body()).getBoolean("active"));

        JsonObject page = Json.object(admin.getJson("api/admin/staff?employeeId=" + id + "&active=false").body());
        assertEquals(1, page.getInt("total"));
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() {
        String id = SampleStaff.uniqueEmployeeId();
        HttpResponse<String> invalid = admin.post("api/admin/staff", "application/json",
                "{\"employeeId\":\"" + id + "\",\"givenName\":\"\",\"familyName\":\"X\",\"email\":\"nope\","
                        + "\"departmentCode\":\"INFUSION\",\"jobRoleCode\":\"RN-INFUSION\"}");
        assertEquals(400, invalid.statusCode());
        JsonObject error = Json.object(invalid.body());
        assertEquals(400, error.getInt("status"));
        String details = error.getJsonArray("details").toString();
        assertTrue(details.contains("givenName") && details.contains("email") && details.contains("hireDate"), details);

        HttpResponse<String> malformed = admin.post("api/admin/staff", "application/json", "{\"employeeId\": ");
        assertEquals(400, malformed.statusCode());
        assertTrue(!malformed.body().contains("Exception") && !malformed.body().contains("at org."), malformed.body());

        HttpResponse<String> unknownManager = admin.post("api/admin/staff", "application/json",
                SampleStaff.json(id, "A", "B", "INFUSION", "RN-INFUSION", "NOBODY1"));
        assertEquals(400, unknownManager.statusCode());
        assertEquals("No staff member with employee id NOBODY1 to be the manager",
                Json.object(unknownManager.body()).getString("message"));

        HttpResponse<String> wrongType = admin.post("api/admin/staff", "text/plain", "hello");
        assertEquals(415, wrongType.statusCode());

        assertEquals(404, admin.getJson("api/admin/staff/" + id).statusCode(), "nothing was created");
        assertEquals("No staff member with employee id " + id,
                Json.object(admin.getJson("api/admin/staff/" + id).body()).getString("message"));
    }

    @Test
    void departmentsAndJobRolesAreListed() {
        String departments = admin.getJson("api/departments").body();
        assertTrue(departments.contains("\"code\":\"CHAPLAINCY\"") && departments.contains("Survivorship Clinic"));
        assertTrue(admin.getJson("api/job-roles").body().contains("Patient Relations Liaison"));
    }
}
