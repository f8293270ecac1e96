package org.carelearn.competency.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * page; each refusal is a 403 in the audit trail. The demo validator reaches their worklist.
 */
class ValidationAccessIT extends DeployedCareLearn {

    private static final List<String> VALIDATOR_PAGES = List.of("competency/worklist.xhtml",
            "competency/validate.xhtml?request=1");

    @Test
    void aLearnerIsRefusedTheValidatorsPagesAndSomeoneElsesEvidenceAndEachRefusalIsAudited() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        for (String path : List.of("competency/worklist.xhtml", "competency/validate.xhtml?request=1",
                "admin/validators.xhtml", "competency/profile.xhtml?employeeId=LR3003")) {
            assertEquals(403, learner.get(path).statusCode(), path);
        }
        assertEquals(200, learner.get("competency/profile.xhtml").statusCode(), "her own");

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        JsonObject page = Json.object(admin.getJson("api/admin/audit?action=PAGE_FORBIDDEN&max=1000").body());
        List<String> refused = page.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> "learner".equals(e.getString("actor"))).map(e -> e.getString("detail")).toList();
        for (String path : List.of("/competency/worklist.xhtml", "/competency/validate.xhtml", "/admin/validators.xhtml",
                "/competency/profile.xhtml")) {
            assertTrue(refused.contains(path + " refused to learner: not for their role"), path + " in " + refused);
        }
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
