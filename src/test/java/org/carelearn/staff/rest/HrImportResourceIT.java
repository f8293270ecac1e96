package org.carelearn.staff.rest;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.hrRow;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/** /api/admin/hr-import: the feed for scheduled jobs. */
class HrImportResourceIT extends DeployedCareLearn {

    @Test
    void aGoodFeedIsImportedAndCounted() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String a = uniqueEmployeeId();
        String b = uniqueEmployeeId();
        HttpResponse<String> response = admin.post("api/admin/hr-import?fileName=nightly.csv", "text/csv",
                hrFeed(hrRow(a, "LR7001"), hrRow(b, a)));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = Json.object(response.body());
        assertEquals(2, result.getInt("created"));
        assertEquals(b.toLowerCase(), Json.object(admin.getJson("api/admin/staff/" + b).body()).getString("username"));
    }

    @Test
    void aFeedWithBadRowsIsRefusedWithEveryRowNamedAndNothingStored() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String good = uniqueEmployeeId();
        String bad = uniqueEmployeeId();
        HttpResponse<String> response = admin.post("api/admin/hr-import", "text/csv",
                hrFeed(hrRow(good, "LR7001"), hrRow(bad, "LR7001").replace("SOCWORK", "NOPE")));
        assertEquals(422, response.statusCode());
        JsonObject error = Json.object(response.body());
        assertEquals("Nothing was imported: 1 problem in hr-feed.csv", error.getString("message"));
        assertEquals("Line 3 (" + bad + "): department code 'NOPE' is not in the directory",
                error.getJsonArray("details").getString(0));
        assertEquals(404, admin.getJson("api/admin/staff/" + good).statusCode(), "the good row was not stored either");
    }
}
