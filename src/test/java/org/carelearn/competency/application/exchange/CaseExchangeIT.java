package org.carelearn.competency.application.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * /api/competencies/frameworks over HTTP: CASE export and import against the real server and database. The demo
 * framework and a fresh framework go out and come back identical; a package OpenSALT published imports with its
 * identifiers; five broken files are refused with their reasons and change nothing.
 */
class CaseExchangeIT extends DeployedCareLearn {

    private static final String FRAMEWORKS = "api/competencies/frameworks";
    private static final String DEMO = "2d525d17-9d5f-5668-84fe-2cd286c57a16";

    private WebClient admin() {
        return WebClient.signedIn(base, DemoAccounts.ADMIN);
    }

    private static JsonArray array(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray();
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CaseExchangeIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sample framework with fresh identifiers, so that each run imports a framework of its own. */
    private static String freshSample() {
        String json = new CasePackageWriter("https://elsewhere.example/case")
                .write(CaseSamples.framework(), Instant.parse("2026-11-01T00:00:00Z")).toString();
        FrameworkDefinition sample = CaseSamples.framework();
        List<String> ids = new java.util.ArrayList<>(List.of(sample.identifier()));
        sample.domains().forEach(d -> ids.add(d.identifier()));
        sample.competencies().forEach(c -> {
            ids.add(c.identifier());
            c.indicators().forEach(i -> ids.add(i.identifier()));
        });
        for (String id : ids) {
            json = json.replace(id, UUID.randomUUID().toString());
        }
        return json;
    }

    private static String frameworkId(String caseJson) {
        return Json.object(caseJson).getJsonObject("CFDocument").getString("identifier");
    }

    @Test
    void theDemoFrameworkExportsAsValidCaseAndImportsBackUnchanged() throws IOException {
        WebClient admin = admin();
        JsonObject listed = array(admin.getJson(FRAMEWORKS).body()).stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("identifier").equals(DEMO)).findFirst().orElseThrow();
        assertEquals(10, listed.getInt("competencies"));

        HttpResponse<String> exported = admin.getJson(FRAMEWORKS + "/" + DEMO + "/versions/"
                + listed.getInt("latestVersion") + "/case");
        assertEquals(200, exported.statusCode(), exported.body());
        assertTrue(exported.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("patient-relations-competencies-v"));
        assertEquals(List.of(), CasePackageWriterTest.schemaErrors(exported.body()));
        assertEquals(new CasePackageReader().read(resource("/demo/patient-relations.case.json")).framework(),
                new CasePackageReader().read(exported.body()).framework());

        HttpResponse<String> again = admin.post(FRAMEWORKS, "application/json", exported.body());
        assertEquals(200, again.statusCode(), again.body());
        assertFalse(Json.object(again.body()).getBoolean("created"));
        assertTrue(Json.object(again.body()).getString("message").contains("is unchanged"));
    }

    @Test
    void aFrameworkImportedFromCaseExportsToAnIdenticalOne() {
        WebClient admin = admin();
        String sent = freshSample();
        String id = frameworkId(sent);

        HttpResponse<String> created = admin.post(FRAMEWORKS, "application/json", sent);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject result = Json.object(created.body());
        assertEquals(1, result.getInt("version"));
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith(FRAMEWORKS + "/" + id + "/versions/1/case"));
        HttpResponse<String> back = admin.getJson(FRAMEWORKS + "/" + id + "/case");
        assertEquals(200, back.statusCode(), back.body());
        assertEquals(new CasePackageReader().read(sent).framework(), new CasePackageReader().read(back.body())
                .framework());
        assertEquals(Json.object(sent).getJsonArray("CFItems").size(),
                Json.object(back.body()).getJsonArray("CFItems").size());
    }

    @Test
    void aPackageAnotherOrganisationPublishedImportsWithItsIdentifiers() throws IOException {
        WebClient admin = admin();
        String published = resource("/case/third-party/opensalt-ccss-ratios-excerpt.json");

        HttpResponse<String> imported = admin.post(FRAMEWORKS, "application/json", published);

        assertTrue(imported.statusCode() == 201 || imported.statusCode() == 200, imported.body());
        HttpResponse<String> back = admin.getJson(FRAMEWORKS + "/20c5134f-423d-4097-a971-3dd5152bf507/case");
        assertEquals(200, back.statusCode(), back.body());
        FrameworkDefinition held = new CasePackageReader().read(back.body()).framework();
        assertEquals(new CasePackageReader().read(published).framework(), held);
        assertEquals("CCSS.Math.Content.6.RP.A.3",
                held.competency("d83a65ed-770c-4dbe-a505-11e5e17a9a79").code());
    }

    @Test
    void fiveBrokenFilesAreRefusedWithTheirReasonsAndChangeNothing() {
        WebClient admin = admin();
        String good = freshSample();
        String id = frameworkId(good);
        String privacy = Json.object(good).getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("fullStatement").equals("Keeps what patients say private")).findFirst()
                .orElseThrow().getString("identifier");
        String listening = Json.object(good).getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("fullStatement").equals("Listens before answering")).findFirst()
                .orElseThrow().getString("identifier");
        String before = admin.getJson(FRAMEWORKS).body();

        List<List<String>> cases = List.of(
                List.of(good.substring(0, good.length() / 2), "The file is not well-formed JSON"),
                List.of(good.replace("\"CFDocument\"", "\"Document\""), "The package has no CFDocument"),
                List.of(good.replaceFirst("\"destinationNodeURI\":\\{\"title\":\"([^\"]*)\",\"identifier\":\""
                        + id, "\"destinationNodeURI\":{\"title\":\"$1\",\"identifier\":\""
                        + "00000000-0000-4000-8000-000000000000"), "which is neither the CFDocument nor an item"),
                List.of(good.replace(listening, privacy), "is used twice in the package"),
                List.of(good.replace("\"fullStatement\":\"Keeps what patients say private\"",
                        "\"fullStatement\":\"\""), "has no fullStatement"));
        for (List<String> broken : cases) {
            HttpResponse<String> refused = admin.post(FRAMEWORKS, "application/json", broken.get(0));

            assertEquals(422, refused.statusCode(), refused.body());
            JsonObject error = Json.object(refused.body());
            assertEquals(422, error.getInt("status"));
            assertTrue(error.getString("message").startsWith("The CASE file was refused and nothing was stored"));
            assertTrue(error.getJsonArray("details").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(r -> r.getString().contains(broken.get(1))), broken.get(1) + ": " + refused.body());
        }

        assertEquals(before, admin.getJson(FRAMEWORKS).body());
        assertEquals(404, admin.getJson(FRAMEWORKS + "/" + id + "/case").statusCode());
    }

    @Test
    void aLearnerCanNeitherReadNorImportFrameworksHere() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);

        assertEquals(403, learner.getJson(FRAMEWORKS).statusCode());
        assertEquals(403, learner.post(FRAMEWORKS, "application/json", freshSample()).statusCode());
    }
}
