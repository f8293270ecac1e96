package org.carelearn.assignment.rest;

import static org.carelearn.assignment.rest.AssignmentResourceIT.EMPATHY;
import static org.carelearn.assignment.rest.AssignmentResourceIT.OUTSIDE_LINE;
import static org.carelearn.assignment.rest.AssignmentResourceIT.inForty;
import static org.carelearn.assignment.rest.AssignmentResourceIT.newPerson;
import static org.carelearn.assignment.rest.AssignmentResourceIT.personRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad rules sent to POST /api/assignments/rules: each is refused with a message that says what to fix, in the
 * one error shape, and changes nothing: the same active rules, and the person still has no requirement.
 */
class AssignmentBadInputIT extends DeployedCareLearn {

    private WebClient admin;
    private String nurse;
    private String rulesBefore;

    @BeforeEach
    void aNurseWithNothingRequired() {
        admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        nurse = newPerson(admin, OUTSIDE_LINE);
        rulesBefore = activeRules();
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(rulesBefore, activeRules(), "no rule stored");
        assertEquals("[]", admin.getJson("api/assignments/people/" + nurse + "/requirements").body(),
                "nothing required of the nurse");
    }

    private String activeRules() {
        HttpResponse<String> rules = admin.getJson("api/assignments/rules");
        assertEquals(200, rules.statusCode(), rules.body());
        return rules.body();
    }

    private static void refused(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Json.object(response.body());
        assertEquals(status, error.getInt("status"));
        assertEquals(message, error.getString("message"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private HttpResponse<String> create(WebClient client, String json) {
        return client.post("api/assignments/rules", "application/json", json);
    }

    @Test
    void noTarget() {
        refused(create(admin, "{\"name\":\"For nobody\",\"courseIri\":\"" + EMPATHY + "\",\"dueKind\":\"NONE\"}"),
                422, "Choose whom the training is for: a person, a manager's team or line, a department or a job role");
    }

    @Test
    void aDueDateInThePast() {
        LocalDate past = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        refused(create(admin, personRule("Too late", EMPATHY, nurse, past)), 422,
                "The due date " + past + " is already past; choose today or a later day");
    }

    @Test
    void aRecertificationOfZeroMonths() {
        refused(create(admin, """
                {"name":"Never again","courseIri":"%s","targetKind":"PERSON","targetEmployeeId":"%s",
                 "dueKind":"DAYS_AFTER_ASSIGNED","dueDays":30,"recertifyEveryMonths":0,"windowDays":30}"""
                .formatted(EMPATHY, nurse)), 422, "Recertification must come every 1 to 120 months, not every 0");
    }

    @Test
    void anUnknownCourse() {
        refused(create(admin, personRule("Phantom", "https://carelearn.example/courses/no-such-course", nurse,
                inForty())), 422,
                "There is no course https://carelearn.example/courses/no-such-course in the catalog that can be assigned");
    }

    @Test
    void aManagerAssigningOutsideHerLine() {
        WebClient manager = WebClient.signedIn(base, DemoAccounts.MANAGER);
        refused(create(manager, personRule("Not mine", EMPATHY, nurse, inForty())), 422,
                "You can assign training only to people in your line: " + nurse + " is not one of them");
        refused(manager.post("api/assignments/rules/preview", "application/json",
                personRule("Not mine", EMPATHY, nurse, inForty())), 422,
                "You can assign training only to people in your line: " + nurse + " is not one of them");
        refused(create(manager, """
                {"name":"Not my team","courseIri":"%s","targetKind":"DIRECT_REPORTS","targetEmployeeId":"%s",
                 "dueKind":"NONE"}""".formatted(EMPATHY, nurse)), 422,
                "You can assign training only within your line: " + nurse + " is neither you nor anyone in your line");
    }

    /** A body that is not JSON is a syntax error, 400 as everywhere in the API; only well-formed rules get 422. */
    @Test
    void malformedJson() {
        refused(create(admin, "{\"name\":\"Half a rule\",\"targetKind\":"), 400,
                "The request body is not valid JSON of the expected shape");
        refused(create(admin, personRule("Wrong kind", EMPATHY, nurse, inForty()).replace("PERSON", "EVERYONE")),
                400, "The request body is not valid JSON of the expected shape");
    }
}
