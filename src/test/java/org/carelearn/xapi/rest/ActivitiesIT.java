package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.Test;

/**
 * The Activities resource puts together what the stored statements say about an activity: later statements
 * win, language maps are merged, and a statement naming the activity twice (as object and as context parent)
 * counts once.
 */
class ActivitiesIT extends DeployedCareLearn {

    @Test
    void theActivityIsDescribedByAllItsStatementsLaterOnesWinning() {
        Lrs lrs = new Lrs(base);
        String activity = "https://carelearn.example/activities/teach-back/" + UUID.randomUUID();
        assertEquals(200, lrs.send("POST", "statements", "application/json", statement(activity,
                "{\"name\":{\"en-US\":\"Teach-back draft\"},\"type\":\"http://adlnet.gov/expapi/activities/lesson\"}",
                "")).statusCode());
        assertEquals(200, lrs.send("POST", "statements", "application/json", statement(activity,
                "{\"name\":{\"es\":\"Repetir lo aprendido\"},\"type\":\"http://adlnet.gov/expapi/activities/module\"}",
                ",\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"" + activity + "\",\"definition\":"
                        + "{\"name\":{\"en-US\":\"Teach-back\"}}}]}}")).statusCode());

        HttpResponse<String> answer = lrs.send("GET",
                "activities?activityId=" + URLEncoder.encode(activity, StandardCharsets.UTF_8), null, null);

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject definition = Json.createReader(new StringReader(answer.body())).readObject()
                .getJsonObject("definition");
        assertEquals("Teach-back", definition.getJsonObject("name").getString("en-US"));
        assertEquals("Repetir lo aprendido", definition.getJsonObject("name").getString("es"));
        assertEquals("http://adlnet.gov/expapi/activities/module", definition.getString("type"));
    }

    @Test
    void anActivityNoStatementDescribesIsReturnedWithItsIdOnly() {
        String activity = "https://carelearn.example/activities/never-mentioned/" + UUID.randomUUID();
        HttpResponse<String> answer = new Lrs(base).send("GET",
                "activities?activityId=" + URLEncoder.encode(activity, StandardCharsets.UTF_8), null, null);

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(Json.createObjectBuilder().add("objectType", "Activity").add("id", activity).build(),
                Json.createReader(new StringReader(answer.body())).readObject());
    }

    private static String statement(String activity, String definition, String context) {
        return "{\"actor\":{\"mbox\":\"mailto:sam.okafor@lindenridge.example\",\"objectType\":\"Agent\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                + "\"object\":{\"id\":\"" + activity + "\",\"objectType\":\"Activity\",\"definition\":" + definition + "}"
                + context + "}";
    }
}
