package org.carelearn.catalog.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carelearn.testing.BrokenPackages;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** /api/admin/courses: importing packages over HTTP, versions, the list, and every refusal with its reasons. */
class CourseResourceIT extends DeployedCareLearn {

    private static final String COURSES = "api/admin/courses";

    private WebClient admin() {
        return WebClient.signedIn(base, DemoAccounts.ADMIN);
    }

    private static JsonArray array(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray();
        }
    }

    /** What the list shows: the number of courses and of versions (each course's latest number). */
    private static List<Integer> catalogSize(WebClient client) {
        JsonArray courses = array(client.getJson(COURSES).body());
        int versions = courses.stream().mapToInt(c -> c.asJsonObject().getInt("latestVersion")).sum();
        return List.of(courses.size(), versions);
    }

    @Test
    void aPackageIsImportedAndItsVersionDescribed() {
        WebClient admin = admin();
        String iri = SampleCourses.uniqueCourseIri();
        HttpResponse<String> created = admin.post(COURSES + "?fileName=good.zip", "application/zip",
                SampleCourses.goodPackage(iri, "Breaking bad news"));

        assertEquals(201, created.statusCode(), created.body());
        JsonObject version = Json.object(created.body());
        long versionId = version.getJsonNumber("versionId").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/admin/courses/" + versionId));
        assertEquals(iri, version.getString("courseIri"));
        assertEquals(1, version.getInt("number"));
        assertEquals("Breaking bad news", version.getString("title"));
        assertEquals("admin", version.getString("importedBy"));
        JsonArray aus = version.getJsonArray("aus");
        assertEquals(2, aus.size());
        JsonObject assessment = aus.getJsonObject(1);
        assertEquals(iri + "/au/assessment", assessment.getString("id"));
        assertEquals("Passed", assessment.getString("moveOn"));
        assertEquals("OwnWindow", assessment.getString("launchMethod"));
        assertEquals(0.8, assessment.getJsonNumber("masteryScore").doubleValue());
        assertEquals("assessment/index.html?mode=exam", assessment.getString("url"));
        assertTrue(!assessment.containsKey("launchUrl") || assessment.isNull("launchUrl"),
                "a packaged AU opens only under a launch's or a preview's grant");
        assertEquals(List.of(iri + "/au/assessment"), version.getJsonArray("blocks").getJsonObject(0)
                .getJsonArray("members").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList());

        JsonObject read = Json.object(admin.getJson(COURSES + "/" + versionId).body());
        assertEquals(version, read);
        assertTrue(array(admin.getJson(COURSES).body()).stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getString("courseIri").equals(iri) && c.getInt("auCount") == 2));
    }

    @Test
    void importingTheSameCourseTwiceMakesTwoVersionsBothReadable() {
        WebClient admin = admin();
        String iri = SampleCourses.uniqueCourseIri();
        HttpResponse<String> first = admin.post(COURSES + "?fileName=v1.zip", "application/zip",
                SampleCourses.goodPackage(iri, "Version one"));
        HttpResponse<String> second = admin.post(COURSES + "?fileName=cmi5.xml", "application/xml",
                SampleCourses.utf8(SampleCourses.oneAu(iri, "https://content.example/au/1", "")));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        long firstId = Json.object(first.body()).getJsonNumber("versionId").longValue();
        JsonObject latest = Json.object(second.body());
        assertEquals(2, latest.getInt("number"));
        assertEquals(false, latest.getBoolean("packaged"));
        assertEquals("https://content.example/au/1", latest.getJsonArray("aus").getJsonObject(0).getString("launchUrl"));
        JsonObject old = Json.object(admin.getJson(COURSES + "/" + firstId).body());
        assertEquals("Version one", old.getString("title"));
        assertEquals(2, old.getJsonArray("aus").size());
        assertEquals(List.of(2, 1), old.getJsonArray("versions").stream()
                .map(v -> v.asJsonObject().getInt("number")).toList());
    }

    @ParameterizedTest
    @EnumSource(BrokenPackages.class)
    void aBrokenPackageIsRefusedWithEveryReasonAndNothingIsStored(BrokenPackages broken) {
        WebClient admin = admin();
        List<Integer> before = catalogSize(admin);
        HttpResponse<String> refused = admin.post(COURSES + "?fileName=" + broken.fileName,
                broken.isXml() ? "text/xml" : "application/octet-stream", broken.bytes());

        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject error = Json.object(refused.body());
        assertEquals(422, error.getInt("status"));
        assertTrue(error.getString("message").startsWith("The package " + broken.fileName + " was not imported"));
        List<String> details = error.getJsonArray("details").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertTrue(details.stream().anyMatch(d -> d.contains(broken.reason)), broken + ": " + details);
        assertEquals(before, catalogSize(admin), broken + " stored nothing");
    }

    /**
     * What a file is comes from its first bytes, not from the type a browser or a script guessed: a Markdown
     * file sent as text/markdown (as ADL's CATAPULT suite sends one) is refused with the importer's reason,
     * not with the REST framework's "cannot consume" message, and a package sent under another type imports.
     */
    @Test
    void theDeclaredMediaTypeDoesNotDecideWhatTheFileIs() {
        WebClient admin = admin();
        List<Integer> before = catalogSize(admin);
        HttpResponse<String> markdown = admin.post(COURSES + "?fileName=notes.md", "text/markdown; charset=UTF-8",
                "# Course notes\n\nNot a course.\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(422, markdown.statusCode(), markdown.body());
        JsonObject error = Json.object(markdown.body());
        assertEquals("The package notes.md was not imported: 1 problem", error.getString("message"));
        assertEquals("the file is neither a zip (cmi5 package) nor a cmi5.xml course structure",
                error.getJsonArray("details").getString(0));
        assertEquals(before, catalogSize(admin), "nothing stored");

        HttpResponse<String> imported = admin.post(COURSES + "?fileName=course.zip", "application/x-zip",
                SampleCourses.goodPackage(SampleCourses.uniqueCourseIri(), "Sent as application/x-zip"));
        assertEquals(201, imported.statusCode(), imported.body());
    }

    /** Just over the default 200 MB (the server's own body limit is a little higher, so the catalog answers). */
    @Test
    void anUploadAnnouncedLargerThanTheLimitIs413BeforeItIsRead() throws Exception {
        WebClient admin = admin();
        URL url = new URL(base, COURSES + "?fileName=huge.zip");
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getFile() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nCookie: JSESSIONID=" + admin.cookie("JSESSIONID") + "\r\nContent-Type: application/zip\r\n"
                    + "Accept: application/json\r\nContent-Length: 209715300\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[4096]);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String status = in.readLine();
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
            StringBuilder rest = new StringBuilder();
            for (String line; (line = in.readLine()) != null;) {
                rest.append(line).append('\n');
            }
            assertTrue(rest.toString().contains("The package is larger than 200 MB"), rest.toString());
        }
    }

    @Test
    void onlyAdminsImport() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        assertEquals(403, learner.post(COURSES, "application/zip",
                SampleCourses.goodPackage(SampleCourses.uniqueCourseIri(), "No")).statusCode());
        assertEquals(403, learner.getJson(COURSES).statusCode());
        assertEquals(404, admin().getJson(COURSES + "/999999999").statusCode());
    }
}
