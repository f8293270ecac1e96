package org.carelearn.assignment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /api/assignments as the hospital's other systems use it: rules made, read, previewed and ended; curricula;
 * a person's requirements with their due dates and the rules behind them; who may do what. The people are new
 * (unique ids, in the demo manager's line below one of her nurses, so her own team stays as the demo has it)
 * and every rule made here is ended before the test returns.
 */
class AssignmentResourceIT extends DeployedCareLearn {

    static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";
    static final String TRAUMA = "https://carelearn.example/courses/trauma-informed-care";
    /** A nurse on the demo manager's team (LR3001); people made below her are in the manager's line. */
    static final String IN_LINE = "LR3002";
    /** The infusion center's manager: her people are outside the demo manager's line. */
    static final String OUTSIDE_LINE = "LR4001";

    private WebClient admin;

    @BeforeEach
    void signIn() {
        admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
    }

    /** A new active person reporting to that manager; returns the employee id. */
    static String newPerson(WebClient admin, String manager) {
        String id = SampleStaff.uniqueEmployeeId();
        HttpResponse<String> created = admin.post("api/admin/staff", "application/json",
                SampleStaff.json(id, "Noor", "Tester", "ONC-INPT", "RN-ONC", manager));
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }

    /** The JSON of a rule for one course and one person, due on a fixed date. */
    static String personRule(String name, String course, String employeeId, LocalDate dueOn) {
        return """
                {"name":"%s","courseIri":"%s","targetKind":"PERSON","targetEmployeeId":"%s",
                 "dueKind":"FIXED_DATE","dueDate":"%s"}""".formatted(name, course, employeeId, dueOn);
    }

    /** Well clear of today in any time zone, so the hospital's calendar agrees with the test's. */
    static LocalDate inForty() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(40);
    }

    @Test
    void anAdministratorPreviewsCreatesReadsAndEndsARule() {
        String nurse = newPerson(admin, OUTSIDE_LINE);
        String rule = personRule("Empathy for " + nurse, EMPATHY, nurse, inForty());

        HttpResponse<String> preview = admin.post("api/assignments/rules/preview", "application/json", rule);
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(1, Json.object(preview.body()).getInt("reached"));
        assertEquals("[\"Noor Tester\"]", Json.object(preview.body()).getJsonArray("firstNames").toString());
        assertEquals("[]", admin.getJson("api/assignments/people/" + nurse + "/requirements").body(),
                "a preview changes nothing");

        HttpResponse<String> created = admin.post("api/assignments/rules", "application/json", rule);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject made = Json.object(created.body()).getJsonObject("rule");
        long id = made.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/assignments/rules/" + id));
        assertEquals("PERSON", made.getString("targetKind"));
        assertEquals(inForty().toString(), made.getString("dueDate"));
        assertEquals(1, Json.object(created.body()).getJsonObject("preview").getInt("reached"));
        assertEquals("Empathy for " + nurse, Json.object(admin.getJson("api/assignments/rules/" + id).body())
                .getString("name"));
        assertTrue(Json.array(admin.getJson("api/assignments/rules").body()).stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id), "listed among active rules");

        JsonArray required = Json.array(admin.getJson("api/assignments/people/" + nurse + "/requirements").body());
        assertEquals(1, required.size());
        JsonObject requirement = required.getJsonObject(0);
        assertEquals(EMPATHY, requirement.getString("courseIri"));
        assertEquals("OPEN", requirement.getString("state"));
        assertEquals(inForty().toString(), requirement.getString("dueOn"));
        assertFalse(requirement.getBoolean("overdue"));
        assertEquals("Empathy for " + nurse, requirement.getJsonArray("rules").getJsonObject(0).getString("name"));
        assertNotNull(requirement.getString("courseTitle"));

        HttpResponse<String> ended = admin.post("api/assignments/rules/" + id + "/end", "application/json", "");
        assertEquals(200, ended.statusCode(), ended.body());
        assertFalse(Json.object(ended.body()).isNull("endedAt"));
        assertEquals("[]", admin.getJson("api/assignments/people/" + nurse + "/requirements").body());
        HttpResponse<String> again = admin.post("api/assignments/rules/" + id + "/end", "application/json", "");
        assertEquals(422, again.statusCode());
        assertEquals("The rule \"Empathy for " + nurse + "\" has already ended",
                Json.object(again.body()).getString("message"));
        assertEquals(404, admin.getJson("api/assignments/rules/987654321").statusCode());
    }

    @Test
    void anAdministratorDefinesACurriculumAndListsIt() {
        String name = "Core " + SampleStaff.uniqueEmployeeId();
        HttpResponse<String> defined = admin.post("api/assignments/curricula", "application/json",
                "{\"name\":\"" + name + "\",\"courseIris\":[\"" + EMPATHY + "\",\"" + TRAUMA
                        + "\"],\"unlockInOrder\":true}");
        assertEquals(201, defined.statusCode(), defined.body());
        long id = Json.object(defined.body()).getJsonNumber("id").longValue();
        assertTrue(defined.headers().firstValue("Location").orElseThrow().endsWith("/api/assignments/curricula/" + id));
        JsonObject listed = Json.array(admin.getJson("api/assignments/curricula").body()).stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals(2, listed.getJsonArray("courseIris").size());
        assertTrue(listed.getBoolean("unlockInOrder"));

        HttpResponse<String> unknown = admin.post("api/assignments/curricula", "application/json",
                "{\"name\":\"Nothing real\",\"courseIris\":[\"https://carelearn.example/courses/none\"]}");
        assertEquals(422, unknown.statusCode());
        assertEquals("There is no course https://carelearn.example/courses/none in the catalog that can be assigned",
                Json.object(unknown.body()).getString("message"));
    }

    @Test
    void aManagerAssignsAndReadsWithinHerLineAndALearnerReadsOnlyHerOwn() {
        String mine = newPerson(admin, IN_LINE);
        String notMine = newPerson(admin, OUTSIDE_LINE);
        WebClient manager = WebClient.signedIn(base, DemoAccounts.MANAGER);

        HttpResponse<String> created = manager.post("api/assignments/rules", "application/json",
                personRule("Trauma-informed care for " + mine, TRAUMA, mine, inForty()));
        assertEquals(201, created.statusCode(), created.body());
        long id = Json.object(created.body()).getJsonObject("rule").getJsonNumber("id").longValue();
        try {
            assertEquals(200, manager.getJson("api/assignments/rules/" + id).statusCode());
            assertEquals(1, Json.array(manager.getJson("api/assignments/people/" + mine + "/requirements").body())
                    .size());
            HttpResponse<String> outside = manager.getJson("api/assignments/people/" + notMine + "/requirements");
            assertEquals(403, outside.statusCode());
            assertEquals("You can see your own requirements, and a manager those of the people in their line",
                    Json.object(outside.body()).getString("message"));
            assertTrue(Json.array(manager.getJson("api/assignments/rules").body()).stream()
                    .noneMatch(r -> r.asJsonObject().getString("targetKind").equals("JOB_ROLE")),
                    "hospital-wide rules are the administrators'");

            WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
            assertEquals(200, learner.getJson("api/assignments/people/LR3002/requirements").statusCode(),
                    "her own");
            assertEquals(403, learner.getJson("api/assignments/people/" + mine + "/requirements").statusCode());
            HttpResponse<String> rules = learner.getJson("api/assignments/rules");
            assertEquals(403, rules.statusCode());
            assertEquals("Only managers and administrators work with assignment rules",
                    Json.object(rules.body()).getString("message"));
        } finally {
            assertEquals(200, manager.post("api/assignments/rules/" + id + "/end", "application/json", "").statusCode());
        }
    }
}
