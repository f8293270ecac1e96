package org.carelearn.learning.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carelearn.testing.Cmi5Au;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LMS side of cmi5 as an AU meets it: the launch URL, the single-use fetch URL, LMS.LaunchData, the
 * session's auth-token and the rules it is held to, abandoning on relaunch, waivers and moveOn for a block
 * and the course. Each test imports a course of its own and enrols the demo leader in it.
 */
class Cmi5LaunchIT extends DeployedCareLearn {

    private static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";

    private WebClient learner;
    private String course;
    private long enrolment;
    private String launchMethod;

    @BeforeEach
    void enrolInACourseOfItsOwn() {
        SampleCourses.Enrolled enrolled = SampleCourses.enrolledInNewCourse(base, DemoAccounts.LEADERSHIP, "Launch test course");
        course = enrolled.courseIri();
        enrolment = enrolled.enrolment();
        learner = enrolled.learner();
    }

    private Cmi5Au launch(String au) {
        return launch(au, null);
    }

    private Cmi5Au launch(String au, String launchMode) {
        HttpResponse<String> launched = learner.post("api/me/learning/" + enrolment + "/launches", "application/json",
                "{\"au\": \"" + course + "/au/" + au + "\"" + (launchMode == null ? ""
                        : ", \"launchMode\": \"" + launchMode + "\"") + "}");
        assertEquals(200, launched.statusCode(), launched.body());
        launchMethod = Json.object(launched.body()).getString("launchMethod");
        return new Cmi5Au(Json.object(launched.body()).getString("url"));
    }

    @Test
    void theLaunchUrlCarriesCmi5sParametersAndTheFetchUrlAnswersOnce() {
        Cmi5Au au = launch("lesson");
        assertTrue(au.url().endsWith("/lesson/index.html"), au.url());
        // No trailing slash: libraries that append "/statements" to it must not make a doubled slash
        assertTrue(au.parameter("endpoint").endsWith("/xapi"), au.parameter("endpoint"));
        assertNotEquals(course + "/au/lesson", au.parameter("activityId"), "the LMS generates the activity id");
        JsonObject actor = au.actor();
        assertTrue(actor.containsKey("account") && !actor.containsKey("mbox") && !actor.containsKey("name"),
                "an account without personal data: " + actor);

        assertTrue(au.fetch().containsKey("auth-token"));
        JsonObject again = au.fetch();
        assertEquals("1", again.getString("error-code"), again.toString());

        JsonObject data = au.launchData();
        assertEquals("Normal", data.getString("launchMode"));
        assertEquals("Completed", data.getString("moveOn"));
        assertEquals(course + "/au/lesson", data.getJsonObject("contextTemplate").getJsonObject("contextActivities")
                .getJsonArray("grouping").getJsonObject(0).getString("id"));
        String sessionId = data.getJsonObject("contextTemplate").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/sessionid");
        assertEquals(origin(au.url()) + "/lesson-return/" + sessionId, data.getString("returnURL"),
                "an AU in the player's frame returns to the content origin's return page");
        assertEquals(sessionId, au.credentials()[0]);

        HttpResponse<String> preferences = au.xapi("GET", "agents/profile?profileId=cmi5LearnerPreferences&agent="
                + Cmi5Au.encode(au.parameter("actor")), null);
        assertEquals(200, preferences.statusCode(), preferences.body());
        assertTrue(Json.object(preferences.body()).containsKey("languagePreference"));
        assertEquals(403, au.xapi("PUT", "activities/state?stateId=LMS.LaunchData&activityId="
                + Cmi5Au.encode(au.parameter("activityId")) + "&agent=" + Cmi5Au.encode(au.parameter("actor"))
                + "&registration=" + au.parameter("registration"), "{}").statusCode(), "the AU may not change it");
    }

    @Test
    void theLessonOpensFromTheContentOriginWithoutASessionUntilItsLaunchEnds() {
        Cmi5Au au = launch("lesson");
        String content = origin(au.url());
        assertNotEquals(origin(base.toString()), content, "the lesson is not on CareLearn's origin");
        HttpResponse<String> page = anonymous(au.url());
        assertEquals(200, page.statusCode(), "the URL itself is the credential: no cookie needed");
        assertTrue(page.body().contains("<title>Lesson</title>"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("frame-ancestors 'self' " + content + " " + origin(base.toString()) + ";"));
        assertEquals(200, anonymous(au.url().replace("index.html", "style.css")).statusCode(), "relative links work");

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(au.parameter("fetch")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "null")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-experience-api-version"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                .contains("X-Experience-API-Version"), "a sandboxed lesson's runtime may call the fetch URL");

        Cmi5Au next = launch("lesson");
        assertEquals(404, anonymous(au.url()).statusCode(), "a new launch abandons the session, and its grant ends");
        assertEquals(200, anonymous(next.url()).statusCode());
        JsonObject data = next.start();
        assertEquals(200, next.post(next.statement(data, INITIALIZED, null, true)).statusCode());
        assertEquals(200, next.post(next.statement(data, TERMINATED, "{\"duration\": \"PT1M\"}", true)).statusCode());
        assertEquals(200, anonymous(next.url()).statusCode(), "a lesson on its way out still loads for a moment");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static HttpResponse<String> anonymous(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoFetchesRacingGetOneTokenBetweenThem() throws Exception {
        Cmi5Au au = launch("lesson");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonObject>> answers = two.invokeAll(List.<Callable<JsonObject>>of(au::fetch, au::fetch));
            long tokens = 0;
            for (Future<JsonObject> answer : answers) {
                JsonObject json = answer.get();
                tokens += json.containsKey("auth-token") ? 1 : 0;
                assertTrue(json.containsKey("auth-token") || json.containsKey("error-code"), json.toString());
            }
            assertEquals(1, tokens, "the fetch URL is single-use, even for two calls at once");
        } finally {
            two.shutdown();
        }
    }

    @Test
    void statementsSentSideBySideInOneSessionAreAllStored() throws Exception {
        Cmi5Au au = launch("lesson");
        JsonObject data = au.start();
        assertEquals(200, au.post(au.statement(data, INITIALIZED, null, true)).statusCode());
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String experienced = au.statement(data, "http://adlnet.gov/expapi/verbs/experienced", null, false);
                posts.add(() -> au.post(experienced));
            }
            for (Future<HttpResponse<String>> answer : four.invokeAll(posts)) {
                assertEquals(200, answer.get().statusCode(), answer.get().body());
            }
        } finally {
            four.shutdown();
        }
        assertEquals(8L, new Lrs(base).verbCountsOf(au.parameter("registration")).get("experienced"));
    }

    @Test
    void theSessionsRulesRefuseWhatBreaksThemAndStoreNothing() {
        Cmi5Au au = launch("lesson");
        JsonObject data = au.start();
        String completed = au.statement(data, COMPLETED, "{\"completion\": true, \"duration\": \"PT1M\"}", true);

        HttpResponse<String> early = au.post(completed);
        assertEquals(403, early.statusCode(), early.body());
        assertTrue(early.body().contains("first statement of a session must be initialized"), early.body());
        assertEquals(List.of("launched"), new Lrs(base).verbsOf(au.parameter("registration")));

        assertEquals(200, au.post(au.statement(data, INITIALIZED, null, true)).statusCode());
        String otherActor = au.statement(data, INITIALIZED, null, false).replace(au.parameter("actor"),
                "{\"mbox\": \"mailto:someone.else@example.org\"}");
        assertEquals(403, au.post(otherActor).statusCode(), "only its own learner");
        String voiding = "{\"actor\": " + au.parameter("actor") + ", \"verb\": {\"id\":"
                + " \"http://adlnet.gov/expapi/verbs/voided\"}, \"object\": {\"objectType\": \"StatementRef\", \"id\":"
                + " \"" + UUID.randomUUID() + "\"}, \"context\": {\"registration\": \""
                + au.parameter("registration") + "\"}}";
        assertEquals(403, au.post(voiding).statusCode(), "never voiding");

        assertEquals(200, au.post(completed).statusCode());
        HttpResponse<String> twice = au.post(au.statement(data, COMPLETED, "{\"completion\": true, \"duration\":"
                + " \"PT1M\"}", true));
        assertEquals(403, twice.statusCode(), twice.body());
        assertEquals(200, au.post(au.statement(data, TERMINATED, "{\"duration\": \"PT2M\"}", true)).statusCode());
        HttpResponse<String> after = au.post(au.statement(data, "http://adlnet.gov/expapi/verbs/experienced", null,
                false));
        assertEquals(403, after.statusCode(), after.body());
        assertTrue(after.body().contains("terminated"), after.body());
        HttpResponse<String> again = au.post(completed);
        assertEquals(403, again.statusCode(), "a statement stored before, sent again after terminated: " + again.body());
        assertTrue(again.body().contains("terminated"), again.body());

        assertEquals(403, au.xapi("GET", "statements", null).statusCode(), "reads only its own learner's");
        assertEquals(200, au.xapi("GET", "statements?registration=" + au.parameter("registration"), null)
                .statusCode());
        assertEquals(List.of("completed", "initialized", "launched", "terminated"),
                new Lrs(base).verbsOf(au.parameter("registration")));
        assertEquals(50, progress(), "one AU of two meets its moveOn");
    }

    @Test
    void aRelaunchAbandonsTheOpenSessionWhoseTokenStopsWorking() {
        Cmi5Au first = launch("lesson");
        JsonObject data = first.start();
        assertEquals(200, first.post(first.statement(data, INITIALIZED, null, true)).statusCode());

        Cmi5Au second = launch("lesson");
        HttpResponse<String> refused = first.post(first.statement(data, "http://adlnet.gov/expapi/verbs/experienced",
                null, false));
        assertEquals(401, refused.statusCode(), "the abandoned session's token is no longer accepted");
        String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
        assertFalse(challenge.startsWith("Basic"), "no Basic challenge, which makes browsers ask for a password: "
                + challenge);
        assertTrue(second.fetch().containsKey("auth-token"));
        assertEquals(Map.of("abandoned", 1L, "initialized", 1L, "launched", 2L),
                new Lrs(base).verbCountsOf(first.parameter("registration")));
    }

    @Test
    void passingTheAssessmentSatisfiesTheBlockAndWithTheLessonTheCourse() {
        Cmi5Au exam = launch("assessment");
        assertEquals("OwnWindow", launchMethod, "as the course structure asks");
        JsonObject data = exam.start();
        assertEquals(0.8, data.getJsonNumber("masteryScore").doubleValue());
        exam.post(exam.statement(data, INITIALIZED, null, true));
        HttpResponse<String> low = exam.post(exam.statement(data, PASSED,
                "{\"success\": true, \"score\": {\"scaled\": 0.5}, \"duration\": \"PT3M\"}", true));
        assertEquals(403, low.statusCode(), "passed below the mastery score: " + low.body());
        String passed = exam.statement(data, PASSED,
                "{\"success\": true, \"score\": {\"scaled\": 0.9}, \"duration\": \"PT3M\"}", true);
        HttpResponse<String> mixed = exam.post("[" + passed + ", " + exam.statement(data, PASSED,
                "{\"success\": true, \"score\": {\"scaled\": 0.5}, \"duration\": \"PT3M\"}", true) + "]");
        assertEquals(403, mixed.statusCode(), "one refused statement refuses its batch: " + mixed.body());
        assertEquals(List.of("initialized", "launched"), new Lrs(base).verbsOf(exam.parameter("registration")),
                "nothing of a refused batch is stored, and the LMS stored nothing in reply");
        assertEquals(200, exam.post(passed).statusCode());
        assertEquals(1L, new Lrs(base).verbCountsOf(exam.parameter("registration")).get("satisfied"),
                "the block is satisfied, by the time the AU's POST is answered");
        assertEquals(200, exam.post(passed).statusCode(), "the same statement again, as after a lost answer");
        assertEquals(1L, new Lrs(base).verbCountsOf(exam.parameter("registration")).get("satisfied"),
                "the LMS's satisfied statement is stored once");
        assertEquals("IN_PROGRESS", enrolmentField("status"));

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> waived = admin.post("api/admin/enrolments/" + enrolment + "/waivers", "application/json",
                "{\"au\": \"" + course + "/au/lesson\", \"reason\": \"Equivalent Outside Activity\"}");
        assertEquals(204, waived.statusCode(), waived.body());
        HttpResponse<String> again = admin.post("api/admin/enrolments/" + enrolment + "/waivers", "application/json",
                "{\"au\": \"" + course + "/au/lesson\", \"reason\": \"Administrative\"}");
        assertEquals(400, again.statusCode(), again.body());
        assertTrue(again.body().contains("already waived"), "once per AU and registration: " + again.body());
        assertEquals("COMPLETED", enrolmentField("status"));
        assertEquals(100, progress());
        Map<String, Long> verbs = new Lrs(base).verbCountsOf(exam.parameter("registration"));
        assertEquals(2L, verbs.get("satisfied"), "the block's and the course's: " + verbs);
        assertEquals(1L, verbs.get("waived"));
        // cmi5 9.3.7 and 9.3.9: the waiver has a session id of its own, and the satisfied statement it brings
        // about (the course's) carries that session id, as the block's carries the assessment session's.
        List<JsonObject> statements = statementsOf(exam.parameter("registration"));
        String waiverSession = sessionIdOf(statements, "waived", null);
        assertNotEquals(exam.credentials()[0], waiverSession);
        assertEquals(waiverSession, sessionIdOf(statements, "satisfied",
                "https://w3id.org/xapi/cmi5/activitytype/course"));
        assertEquals(exam.credentials()[0], sessionIdOf(statements, "satisfied",
                "https://w3id.org/xapi/cmi5/activitytype/block"));
    }

    @Test
    void aNewVersionOfTheCourseLeavesTheLearnerInProgressOnTheirs() {
        long started = Long.parseLong(enrolmentField("courseVersionId"));
        assertTrue(courseStructureUnder(launch("lesson")).contains(">Launch test course<"));

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> second = admin.post("api/admin/courses", "application/zip",
                SampleCourses.goodPackage(course, "Launch test course, revised"));
        assertEquals(201, second.statusCode(), second.body());
        long newVersion = Json.object(second.body()).getJsonNumber("versionId").longValue();
        assertNotEquals(started, newVersion);

        assertEquals(started, Long.parseLong(enrolmentField("courseVersionId")), "the enrolment keeps its version");
        String structure = courseStructureUnder(launch("lesson"));
        assertTrue(structure.contains(">Launch test course<") && !structure.contains("revised"),
                "and launches it: " + structure);
    }

    /** The cmi5.xml of the version the AU's launch opened, read through the launch's content grant. */
    private static String courseStructureUnder(Cmi5Au au) {
        HttpResponse<String> structure = anonymous(au.url().replace("lesson/index.html", "cmi5.xml"));
        assertEquals(200, structure.statusCode(), au.url());
        return structure.body();
    }

    @Test
    void theLaunchedStatementNamesTheUrlTheAuWasLaunchedWithLessCmi5sParameters() {
        Cmi5Au exam = launch("assessment");
        // cmi5 9.6.3.4: the URL used to launch the AU (its own query string kept), less the parameters of 8.1
        String used = exam.url() + "?mode=" + exam.parameter("mode");
        String launched = launchedUrl(exam);
        assertEquals(used, launched);
        assertEquals(200, anonymous(launched).statusCode(), "it opens the AU while the session lasts");
        for (String parameter : List.of("endpoint", "fetch", "actor", "registration", "activityId")) {
            assertFalse(launched.contains(parameter + "="), parameter + " is not recorded: " + launched);
        }

        launch("assessment");
        assertEquals(404, anonymous(launched).statusCode(), "once the session is over (abandoned by the relaunch),"
                + " the URL in the statement opens nothing");
    }

    /** What the launched statement of the AU's latest session names as its launch URL (cmi5 9.6.3.4). */
    private String launchedUrl(Cmi5Au au) {
        HttpResponse<String> launched = new Lrs(base).send("GET", "statements?registration="
                + au.parameter("registration") + "&verb=" + Cmi5Au.encode("http://adlnet.gov/expapi/verbs/launched")
                + "&limit=1", null, (String) null);
        assertEquals(200, launched.statusCode(), launched.body());
        return Json.object(launched.body()).getJsonArray("statements").getJsonObject(0).getJsonObject("context")
                .getJsonObject("extensions").getString("https://w3id.org/xapi/cmi5/context/extensions/launchurl");
    }

    @Test
    void aRelaunchRacingTheLastStatementsOfTheOpenSessionNeverFails() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<String> sessions = new ArrayList<>();
        try {
            for (int round = 0; round < 6; round++) {
                Cmi5Au au = launch("lesson");
                JsonObject data = au.start();
                sessions.add(au.credentials()[0]);
                assertEquals(200, au.post(au.statement(data, INITIALIZED, null, true)).statusCode());
                String lastStatements = "[" + au.statement(data, "http://adlnet.gov/expapi/verbs/experienced", null,
                        false) + "," + au.statement(data, TERMINATED, "{\"duration\": \"PT1M\"}", true) + "]";
                Future<HttpResponse<String>> ending = two.submit(() -> au.post(lastStatements));
                Future<HttpResponse<String>> relaunch = two.submit(() -> learner.post("api/me/learning/" + enrolment
                        + "/launches", "application/json", "{\"au\": \"" + course + "/au/lesson\"}"));
                assertEquals(200, relaunch.get().statusCode(), "round " + round + ": " + relaunch.get().body());
                int ended = ending.get().statusCode();
                assertTrue(ended == 200 || ended == 401 || ended == 403, "round " + round + ": the session's last"
                        + " statements are stored, or refused because the session is over: " + ended + " "
                        + ending.get().body());
            }
        } finally {
            two.shutdown();
        }
        List<JsonObject> statements = statementsOf(launchParameterRegistration());
        for (String session : sessions) {
            long endings = statements.stream().filter(st -> session.equals(sessionIdOf(st)))
                    .filter(st -> verbOf(st).equals("terminated") || verbOf(st).equals("abandoned")).count();
            assertEquals(1, endings, "session " + session + " ended once, terminated or abandoned");
        }
    }

    @Test
    void everyStatementCmi5ForbidsInASessionIsRefusedAndNothingIsStored() {
        Cmi5Au exam = launch("assessment");
        exam.fetch();
        JsonObject data = exam.launchData();
        HttpResponse<String> early = exam.post(exam.statement(data, INITIALIZED, null, true));
        assertEquals(403, early.statusCode(), early.body());
        assertTrue(early.body().contains("learner preferences"), "initialized before the preferences were read: "
                + early.body());
        assertEquals(200, exam.xapi("GET", "agents/profile?profileId=cmi5LearnerPreferences&agent="
                + Cmi5Au.encode(exam.parameter("actor")), null).statusCode());
        assertEquals(200, exam.post(exam.statement(data, INITIALIZED, null, true)).statusCode());

        String experienced = exam.statement(data, "http://adlnet.gov/expapi/verbs/experienced", null, false);
        String passed = exam.statement(data, PASSED, "{\"success\": true, \"score\": {\"scaled\": 0.9, \"raw\": 9,"
                + " \"min\": 0, \"max\": 10}, \"duration\": \"PT3M\"}", true);
        Map<String, String> forbidden = new java.util.LinkedHashMap<>();
        forbidden.put("its own id", changed(experienced, s -> s.remove("id")));
        forbidden.put("a timestamp", changed(experienced, s -> s.remove("timestamp")));
        forbidden.put("in UTC", changed(experienced, s -> s.add("timestamp", "2026-12-02T04:00:00.000-06:00")));
        forbidden.put("not a Group", changed(passed, s -> s.add("actor", jakarta.json.Json.createObjectBuilder(
                Json.object(exam.parameter("actor"))).add("objectType", "Group"))));
        forbidden.put("score.min and score.max", passed.replace(", \"min\": 0", ""));
        forbidden.put("score.min and score.max ", passed.replace(", \"max\": 10", ""));
        forbidden.put("carry the moveon category", experienced.replace("\"grouping\"",
                "\"category\": [{\"id\": \"" + Cmi5Au.MOVEON + "\"}], \"grouping\""));
        forbidden.put("masteryscore context extension", passed.replace(
                ",\"https://w3id.org/xapi/cmi5/context/extensions/masteryscore\":0.8", ""));
        forbidden.put("masteryscore context extension 0.8", passed.replace(
                "\"https://w3id.org/xapi/cmi5/context/extensions/masteryscore\":0.8",
                "\"https://w3id.org/xapi/cmi5/context/extensions/masteryscore\":0.7"));
        for (Map.Entry<String, String> statement : forbidden.entrySet()) {
            assertFalse(statement.getValue().equals(passed) || statement.getValue().equals(experienced),
                    "the test changed the statement: " + statement.getKey());
            HttpResponse<String> refused = exam.post(statement.getValue());
            assertEquals(403, refused.statusCode(), statement.getKey() + ": " + refused.body());
            assertTrue(refused.body().contains(statement.getKey().strip()), refused.body());
        }
        assertEquals(List.of("initialized", "launched"), new Lrs(base).verbsOf(exam.parameter("registration")),
                "nothing refused was stored");
        assertEquals(200, exam.post(passed).statusCode(), "the same statement, as cmi5 wants it, is stored");
    }

    @Test
    void theLearnerPreferencesDocumentKeepsTheShapeCmi5Gives() {
        Cmi5Au au = launch("lesson");
        au.start();
        String path = "agents/profile?profileId=cmi5LearnerPreferences&agent=" + Cmi5Au.encode(au.parameter("actor"));
        String before = au.xapi("GET", path, null).body();
        for (String invalid : List.of("just some text", "{\"audioPreference\": \"on\"}",
                "{\"languagePreference\": \"en-US\"}", "{\"languagePreference\": \"not comma separated\","
                        + " \"audioPreference\": \"on\"}",
                "{\"languagePreference\": \"\", \"audioPreference\": \"on\"}",
                "{\"languagePreference\": \"en-US\", \"audioPreference\": \"loud\"}")) {
            HttpResponse<String> refused = au.xapi("PUT", path, invalid);
            assertEquals(403, refused.statusCode(), invalid + ": " + refused.body());
            assertTrue(refused.body().contains("cmi5LearnerPreferences refused"), refused.body());
            assertEquals(403, au.xapi("POST", path, invalid).statusCode(), "POST too: " + invalid);
        }
        assertEquals(before, au.xapi("GET", path, null).body(), "the stored preferences did not change");
        HttpResponse<String> valid = au.xapi("PUT", path, "{\"languagePreference\": \"es-US,en-US\","
                + " \"audioPreference\": \"off\"}");
        assertEquals(409, valid.statusCode(), "a valid document still follows xAPI: If-Match is missing. "
                + valid.body());
    }

    @Test
    void aBrowseLaunchRecordsNoCredit() {
        Cmi5Au au = launch("lesson", "Browse");
        JsonObject data = au.start();
        assertEquals("Browse", data.getString("launchMode"));
        assertEquals(200, au.post(au.statement(data, INITIALIZED, null, true)).statusCode());
        HttpResponse<String> completed = au.post(au.statement(data, COMPLETED, "{\"completion\": true,"
                + " \"duration\": \"PT1M\"}", true));
        assertEquals(403, completed.statusCode(), completed.body());
        assertTrue(completed.body().contains("Browse mode"), completed.body());
        assertEquals(200, au.post(au.statement(data, TERMINATED, "{\"duration\": \"PT2M\"}", true)).statusCode());

        assertEquals(0, progress());
        assertEquals("NOT_STARTED", enrolmentField("status"), "browsing does not start the course");
        JsonObject launched = statementsOf(au.parameter("registration")).stream()
                .filter(st -> verbOf(st).equals("launched")).findFirst().orElseThrow();
        assertEquals("Browse", launched.getJsonObject("context").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/launchmode"));

        HttpResponse<String> unknown = learner.post("api/me/learning/" + enrolment + "/launches", "application/json",
                "{\"au\": \"" + course + "/au/lesson\", \"launchMode\": \"Practice\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("Normal, Browse or Review"), unknown.body());
    }

    /**
     * cmi5 10.2.2 as CATAPULT's 006-launchMode checks it: a Review session says so in LMS.LaunchData and the
     * launched statement; completed, failed and passed are refused with 403 and stored nowhere; initialized,
     * terminated and statements cmi5 merely allows are stored; the course gains nothing and is not started.
     */
    @Test
    void aReviewLaunchRecordsNoCredit() {
        Cmi5Au exam = launch("assessment", "Review");
        JsonObject data = exam.start();
        assertEquals("Review", data.getString("launchMode"));
        assertEquals(200, exam.post(exam.statement(data, INITIALIZED, null, true)).statusCode());
        assertEquals(200, exam.post(exam.statement(data, "http://adlnet.gov/expapi/verbs/experienced", null, false))
                .statusCode(), "a statement cmi5 allows, without the moveon category, may be sent in Review");
        for (String judged : List.of(exam.statement(data, COMPLETED, "{\"completion\": true, \"duration\": \"PT1M\"}",
                true), exam.statement(data, "http://adlnet.gov/expapi/verbs/failed", "{\"success\": false, \"score\":"
                        + " {\"scaled\": 0.5}, \"duration\": \"PT1M\"}", true),
                exam.statement(data, PASSED, "{\"success\": true, \"score\": {\"scaled\": 0.9}, \"duration\":"
                        + " \"PT1M\"}", true))) {
            HttpResponse<String> refused = exam.post(judged);
            assertEquals(403, refused.statusCode(), judged + ": " + refused.body());
            assertTrue(refused.body().contains("launched in Review mode, which records no completion or judgement"),
                    refused.body());
        }
        assertEquals(200, exam.post(exam.statement(data, TERMINATED, "{\"duration\": \"PT2M\"}", true)).statusCode());

        assertEquals(List.of("experienced", "initialized", "launched", "terminated"),
                new Lrs(base).verbsOf(exam.parameter("registration")), "nothing refused was stored");
        assertEquals(0, progress());
        assertEquals("NOT_STARTED", enrolmentField("status"), "reviewing does not start the course");
        JsonObject launched = statementsOf(exam.parameter("registration")).stream()
                .filter(st -> verbOf(st).equals("launched")).findFirst().orElseThrow();
        assertEquals("Review", launched.getJsonObject("context").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/launchmode"));
    }

    private String launchParameterRegistration() {
        return enrolmentField("registration");
    }

    private static String changed(String statement, java.util.function.Consumer<jakarta.json.JsonObjectBuilder> change) {
        jakarta.json.JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder(Json.object(statement));
        change.accept(builder);
        return builder.build().toString();
    }

    /** The registration's statements, read with the demo LRS client (one page holds them all here). */
    private List<JsonObject> statementsOf(String registration) {
        HttpResponse<String> response = new Lrs(base).send("GET", "statements?registration=" + registration
                + "&limit=500", null, (String) null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body()).getJsonArray("statements").stream().map(JsonValue::asJsonObject).toList();
    }

    private static String verbOf(JsonObject statement) {
        String verb = statement.getJsonObject("verb").getString("id");
        return verb.substring(verb.lastIndexOf('/') + 1);
    }

    private static String sessionIdOf(JsonObject statement) {
        return statement.getJsonObject("context").getJsonObject("extensions")
                .getString("https://w3id.org/xapi/cmi5/context/extensions/sessionid", null);
    }

    /** The session id of the one statement with this verb (and object type, when given). */
    private static String sessionIdOf(List<JsonObject> statements, String verb, String objectType) {
        return sessionIdOf(statements.stream().filter(st -> verbOf(st).equals(verb)).filter(st -> objectType == null
                || objectType.equals(st.getJsonObject("object").getJsonObject("definition").getString("type")))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + verb + " " + objectType);
                }).orElseThrow());
    }

    private int progress() {
        return Integer.parseInt(enrolmentField("progress"));
    }

    private String enrolmentField(String name) {
        return Json.array(learner.getJson("api/me/learning").body()).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("id").longValue() == enrolment).findFirst().orElseThrow().get(name)
                .toString().replace("\"", "");
    }
}
