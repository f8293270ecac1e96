package org.carelearn.learning.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.carelearn.testing.Cmi5Au;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * POST /api/admin/launch-sessions/{session}/abandon: an administrator ends a learner's open lesson session
 * (cmi5 9.3.6). The LMS records abandoned with the session's id and length, the lesson's token stops
 * working at once, and a session that is already over stays as it is.
 */
class LaunchSessionAdminIT extends DeployedCareLearn {

    private static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

    @Test
    void anAdministratorAbandonsAnOpenSessionOnce() {
        SampleCourses.Enrolled enrolled = SampleCourses.enrolledInNewCourse(base, DemoAccounts.LEADERSHIP,
                "Abandon test course");
        String course = enrolled.courseIri();
        WebClient admin = enrolled.admin();
        WebClient learner = enrolled.learner();
        long enrolment = enrolled.enrolment();
        HttpResponse<String> launched = learner.post("api/me/learning/" + enrolment + "/launches",
                "application/json", "{\"au\": \"" + course + "/au/lesson\"}");
        String sessionId = Json.object(launched.body()).getString("sessionId");
        Cmi5Au au = new Cmi5Au(Json.object(launched.body()).getString("url"));
        JsonObject data = au.start();
        assertEquals(200, au.post(au.statement(data, "http://adlnet.gov/expapi/verbs/initialized", null, true))
                .statusCode());

        String abandon = "api/admin/launch-sessions/" + sessionId + "/abandon";
        assertEquals(403, learner.post(abandon, "application/json", "").statusCode(), "administrators only");
        HttpResponse<String> unknown = admin.post("api/admin/launch-sessions/no-such-session/abandon",
                "application/json", "");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("There is no lesson session no-such-session", Json.object(unknown.body()).getString("message"));

        assertEquals(204, admin.post(abandon, "application/json", "").statusCode());
        HttpResponse<String> late = au.post(au.statement(data, "http://adlnet.gov/expapi/verbs/experienced", null,
                false));
        assertTrue(late.statusCode() == 401 || late.statusCode() == 403,
                "the abandoned session's token is no longer accepted: " + late.statusCode() + " " + late.body());

        HttpResponse<String> again = admin.post(abandon, "application/json", "");
        assertEquals(400, again.statusCode(), again.body());
        assertEquals("The session " + sessionId + " has already been abandoned",
                Json.object(again.body()).getString("message"));

        String registration = au.parameter("registration");
        assertEquals(List.of("abandoned", "initialized", "launched"), new Lrs(base).verbsOf(registration));
        JsonObject abandoned = new Lrs(base).send("GET", "statements?registration=" + registration
                + "&verb=" + Cmi5Au.encode("https://w3id.org/xapi/adl/verbs/abandoned"), null, (String) null)
                .body().transform(Json::object).getJsonArray("statements").getJsonObject(0);
        assertEquals(sessionId, abandoned.getJsonObject("context").getJsonObject("extensions").getString(SESSION_ID));
        assertTrue(abandoned.getJsonObject("result").getString("duration").startsWith("PT"), abandoned.toString());
        assertEquals(au.actor(), abandoned.getJsonObject("actor"));
        assertEquals(au.parameter("activityId"), abandoned.getJsonObject("object").getString("id"));
        assertTrue(abandoned.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("category")
                .stream().map(JsonValue::asJsonObject).anyMatch(c -> Cmi5Au.CMI5.equals(c.getString("id"))));
    }
}
