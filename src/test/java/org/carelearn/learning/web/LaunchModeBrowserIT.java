package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.Cmi5Au;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.ScriptTimeoutException;

/**
 * A lesson as a person's browser runs it: Browse from the course page opens the lesson and records nothing
 * towards the course, and a lesson whose session token is refused gets its 401 instead of the browser's
 * password dialog. The demo leader takes a course of the test's own.
 */
class LaunchModeBrowserIT extends BrowserJourney {

    private static final String TITLE = "Browse test course";

    private String course;
    private long enrolment;
    private WebClient leader;

    @BeforeEach
    void enrolInACourseOfItsOwn() {
        SampleCourses.Enrolled enrolled = SampleCourses.enrolledInNewCourse(base, DemoAccounts.LEADERSHIP, TITLE);
        course = enrolled.courseIri();
        enrolment = enrolled.enrolment();
        leader = enrolled.learner();
    }

    @Test
    void browseOpensTheLessonAndRecordsNothingTowardsTheCourse() {
        browser.signIn(DemoAccounts.LEADERSHIP);
        browser.open("learning/course.xhtml?enrolment=" + enrolment);
        assertEquals("Not started", browser.find("[id$='status']").getText());
        browser.clickAndWaitForNewPage(browser.find("#lesson-0 .browse-button"));
        String frame = browser.find("#au-frame").getAttribute("src");
        Cmi5Au lesson = new Cmi5Au(frame);
        assertTrue(lesson.url().endsWith("/lesson/index.html"), frame);
        assertEquals("Browse", lesson.start().getString("launchMode"));

        JsonObject launched = statements(lesson.parameter("registration")).stream()
                .filter(s -> s.getJsonObject("verb").getString("id").endsWith("/launched")).findFirst().orElseThrow();
        assertEquals("Browse", launched.getJsonObject("context").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/launchmode"));
        browser.open("learning/course.xhtml?enrolment=" + enrolment);
        assertEquals("Not started", browser.find("[id$='status']").getText(), "browsing does not start the course");
    }

    @Test
    void aLessonWhoseTokenIsRefusedGetsA401InsteadOfAPasswordDialog() {
        Cmi5Au abandoned = launch();
        abandoned.fetch();
        launch(); // the relaunch abandons the first session: its token is refused from now on

        browser.open("signin.xhtml"); // CareLearn's own origin, where packaged lessons run
        assertEquals("401", statusOfScriptRequest(abandoned.authorization()), "a refused session token");
        assertEquals("401", statusOfScriptRequest(null), "no token at all");
        String client = "Basic " + Base64.getEncoder().encodeToString((Lrs.KEY + ":" + Lrs.SECRET)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("200", statusOfScriptRequest(client), "an LRS client's Basic credentials still work");
    }

    private Cmi5Au launch() {
        HttpResponse<String> launched = leader.post("api/me/learning/" + enrolment + "/launches", "application/json",
                "{\"au\": \"" + course + "/au/lesson\"}");
        assertEquals(200, launched.statusCode(), launched.body());
        return new Cmi5Au(Json.object(launched.body()).getString("url"));
    }

    /**
     * What a lesson's script gets when it reads statements with these credentials: the status, or "no
     * answer" when the browser holds the request back (behind its password dialog) for ten seconds.
     */
    private String statusOfScriptRequest(String authorization) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        try {
            Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + " const headers = {'X-Experience-API-Version': '1.0.3'};"
                            + " if (arguments[0]) { headers.Authorization = arguments[0]; }"
                            + " fetch('xapi/statements?limit=1', {headers}).then(r => done(String(r.status)),"
                            + " e => done('failed: ' + e));", authorization);
            return String.valueOf(status);
        } catch (ScriptTimeoutException e) {
            return "no answer";
        } finally {
            browser.driver().navigate().refresh(); // a dialog left open would hold back the next request
            browser.waitForPage();
        }
    }

    private List<JsonObject> statements(String registration) {
        HttpResponse<String> response = new Lrs(base).send("GET", "statements?registration=" + registration,
                null, (String) null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body()).getJsonArray("statements").stream().map(JsonValue::asJsonObject).toList();
    }
}
