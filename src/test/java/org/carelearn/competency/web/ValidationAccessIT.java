package org.carelearn.competency.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Who reaches the validation pages: a learner (or a manager) approved for nothing is refused the worklist and the
 * validation form, everyone but an administrator the validators' page, and a learner someone else's evidence
 * page; each refusal is a 403 in the audit trail, once. The demo validator reaches their worklist.
 */
class ValidationAccessIT extends DeployedCareLearn {

    private static final List<String> VALIDATOR_PAGES = List.of("competency/worklist.xhtml",
            "competency/validate.xhtml?request=1");

    @Test
    void aLearnerIsRefusedTheValidatorsPagesAndSomeoneElsesEvidenceAndEachRefusalIsAuditedOnce() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        for (String path : List.of("competency/worklist.xhtml", "competency/validate.xhtml?request=1",
                "admin/validators.xhtml", "competency/profile.xhtml?employeeId=LR3003")) {
            assertEquals(403, learner.get(path).statusCode(), path);
        }
        assertEquals(200, learner.get("competency/profile.xhtml").statusCode(), "her own");
        // someone no other test asks for, so that every entry naming them is this refusal's
        String someoneElse = "ZQ" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertEquals(403, learner.get("competency/profile.xhtml?employeeId=" + someoneElse).statusCode());

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        List<String> refused = audited(admin, "action=PAGE_FORBIDDEN").stream()
                .filter(e -> "learner".equals(e.getString("actor"))).map(e -> e.getString("detail")).toList();
        for (String path : List.of("/competency/worklist.xhtml", "/competency/validate.xhtml",
                "/admin/validators.xhtml")) {
            assertTrue(refused.contains(path + " refused to learner: not for their role"), path + " in " + refused);
        }
        List<JsonObject> profile = audited(admin, "actor=learner").stream()
                .filter(e -> e.getString("detail", "").contains(someoneElse)).toList();
        assertEquals(1, profile.size(), "one entry for one refused look at a profile: " + profile);
        assertEquals("COMPETENCY_ACCESS_REFUSED", profile.get(0).getString("action"));
        assertEquals("The competency profile page of " + someoneElse + " refused to learner",
                profile.get(0).getString("detail"));
        assertFalse(refused.contains("/competency/profile.xhtml refused to learner: not for their role"),
                "the page guard does not record the profile's refusal a second time: " + refused);
    }

    private static List<JsonObject> audited(WebClient admin, String filter) {
        return Json.object(admin.getJson("api/admin/audit?" + filter + "&max=1000").body()).getJsonArray("events")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aManagerWhoValidatesNothingHasNoWorklistAndTheDemoValidatorHasOne() {
        WebClient manager = WebClient.signedIn(base, DemoAccounts.MANAGER);
        for (String path : VALIDATOR_PAGES) {
            assertEquals(403, manager.get(path).statusCode(), path);
        }
        assertEquals(200, manager.get("competency/profile.xhtml?employeeId=LR3002").statusCode(),
                "a report's profile");

        WebClient validator = WebClient.signedIn(base, DemoAccounts.VALIDATOR);
        assertEquals(200, validator.get("competency/worklist.xhtml").statusCode());
        assertTrue(validator.get("index.xhtml").body().contains("Validations"), "the menu offers the worklist");
        assertEquals(403, validator.get("admin/validators.xhtml").statusCode());
    }

    @Test
    void anAdministratorSeesTheDemoValidators() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String body = admin.get("admin/validators.xhtml").body();
        assertTrue(body.contains("Kofi Asante (LR6004)"), "the demo validator is listed");
        assertTrue(body.contains("Sharing difficult news"));
    }
}
