package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.carelearn.testing.Browser;
import org.carelearn.testing.Cmi5Au;
import org.carelearn.testing.CourseLessons;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cluster's acceptance test (issue 13): a learner is midway through a lesson when the node that serves her is
 * killed with {@code kill -9}; she goes on through the balancer without signing in again, her lesson resumes where
 * it was, and the LRS holds every statement the lesson was told was stored.
 *
 * <p>It runs against deployments/cluster/ (two nodes on standalone-ha.xml behind HAProxy, on PostgreSQL), which
 * {@code mvn verify -Pcluster} starts before and stops after it, on a database of its own; it finds the balancer
 * in {@code carelearn.cluster.url} and the nodes' pid files in {@code carelearn.cluster.home}. The plain
 * {@code mvn verify} does not run it.
 *
 * <p>Her session and her pages' state must live on both nodes: the page she opened on the dead node (a course page,
 * a view-scoped bean and its Faces view state) is used on the other one afterwards.
 */
class ClusterFailoverBrowserIT {

    private static final String COURSE = "Trauma-informed care";
    private static final String PROGRESS = "https://carelearn.example/state/progress";

    private final URL base = url(System.getProperty("carelearn.cluster.url", "http://127.0.0.1:8080/"));
    private final Path clusterHome = Path.of(System.getProperty("carelearn.cluster.home", "target/cluster-it"));
    private Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLearnerWhoseNodeDiesMidLessonGoesOnThroughTheOtherNode() {
        browser = new Browser(base, true);
        WebDriver driver = browser.driver();
        browser.signIn(DemoAccounts.LEARNER);
        CourseLessons lessons = new CourseLessons(browser);

        // The course page in a second tab, rendered by her node before it dies; used afterwards on the other node.
        String lessonTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String courseTab = driver.getWindowHandle();
        lessons.openCourse(COURSE);
        driver.switchTo().window(lessonTab);

        lessons.openCourse(COURSE);
        lessons.launch(0);
        Cmi5Au launch = new Cmi5Au(frameUrl());
        for (int page = 0; page < 2; page++) {
            lessons.answerKnowledgeChecks();
            lessons.forward(1);
        }
        waitUntilSaved(launch, 3);
        String node = nodeOfSession();

        killNode(node);

        // In the lesson that stayed open: the next page, its checks, saved through the balancer by the survivor
        lessons.answerKnowledgeChecks();
        lessons.forward(1);
        lessons.answerKnowledgeChecks();
        String stoppedAt = lessons.pageTitle();
        waitUntilSaved(launch, 4);
        lessons.exit();
        assertTrue(driver.getCurrentUrl().contains("/learning/course.xhtml"),
                "back on the course page, still signed in: " + driver.getCurrentUrl());
        String survivor = nodeOfSession();
        assertNotEquals(node, survivor, "the session is now served by the node that is alive");

        // The course page the dead node rendered: its Launch goes to the survivor, and the lesson opens where she left it
        driver.switchTo().window(courseTab);
        lessons.launch(0);
        assertEquals(stoppedAt, lessons.pageTitle(), "the lesson resumes on the page where she left it");
        lessons.exit();
        assertTrue(driver.getCurrentUrl().contains("/learning/course.xhtml"), driver.getCurrentUrl());
        assertEquals("Not completed", lessons.lessonStatus(0));

        Set<String> acknowledged = acknowledgedStatements();
        Lrs lrs = new Lrs(base);
        Set<String> missing = new TreeSet<>();
        for (String id : acknowledged) {
            HttpResponse<String> stored = lrs.send("GET", "statements?statementId=" + id, null, (String) null);
            if (stored.statusCode() != 200 || !stored.body().contains(id)) {
                missing.add(id + " (" + stored.statusCode() + ")");
            }
        }
        assertEquals(Set.of(), missing, "acknowledged to the lesson but not in the LRS");
        Map<String, Long> verbs = lrs.verbCountsOf(launch.parameter("registration"));
        // two sessions, each launched, initialized and terminated: the first one's terminated stored by the survivor
        assertEquals(2L, verbs.get("launched"), verbs.toString());
        assertEquals(2L, verbs.get("initialized"), verbs.toString());
        assertEquals(2L, verbs.get("terminated"), verbs.toString());
        assertEquals(null, verbs.get("abandoned"), "no session was lost with the node: " + verbs);
        assertTrue(acknowledged.size() >= 4, "at least both sessions' initialized and terminated: " + acknowledged);
    }

    /** The node that owns the browser's session: WildFly appends its route (jboss.node.name) to the session id. */
    private String nodeOfSession() {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null && session.getValue().contains("."), "a session id with a route: " + session);
        return session.getValue().substring(session.getValue().lastIndexOf('.') + 1);
    }

    /** kill -9 of the node's java process (deployments/cluster/start keeps its pid), and wait until it is gone. */
    private void killNode(String node) {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(clusterHome.resolve(node + ".pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file of " + node + " in " + clusterHome, e);
        }
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(node + " is not running"));
        assertTrue(process.destroyForcibly(), "SIGKILL sent to " + node);
        process.onExit().join();
    }

    private String frameUrl() {
        browser.driver().switchTo().defaultContent();
        String src = browser.driver().findElement(By.id("au-frame")).getAttribute("src");
        browser.driver().switchTo().frame("au-frame");
        return src;
    }

    /** Waits until the lesson's progress document, read through the balancer, lists this many pages seen. */
    private void waitUntilSaved(Cmi5Au launch, int pagesSeen) {
        Lrs lrs = new Lrs(base);
        String path = "activities/state?stateId=" + Cmi5Au.encode(PROGRESS) + "&activityId="
                + Cmi5Au.encode(launch.parameter("activityId")) + "&agent=" + Cmi5Au.encode(launch.parameter("actor"))
                + "&registration=" + launch.parameter("registration");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            HttpResponse<String> state = lrs.send("GET", path, null, (String) null);
            return state.statusCode() == 200 && Json.object(state.body()).getJsonArray("seen").size() >= pagesSeen;
        });
    }

    /**
     * The ids of every statement the browser sent to the LRS and was answered 200 (POST) or 204 (PUT) for, from
     * Chromium's network events: the lesson's requests and their answers, as the lesson saw them.
     */
    private Set<String> acknowledgedStatements() {
        Map<String, List<String>> sent = new HashMap<>();
        Set<String> acknowledged = new HashSet<>();
        Map<String, Integer> answered = new HashMap<>();
        for (String event : browser.networkEvents()) {
            JsonObject message = Json.object(event).getJsonObject("message");
            JsonObject params = message.getJsonObject("params");
            switch (message.getString("method")) {
                case "Network.requestWillBeSent" -> {
                    JsonObject request = params.getJsonObject("request");
                    String address = request.getString("url");
                    String method = request.getString("method");
                    if (address.startsWith("http") && (method.equals("POST") || method.equals("PUT"))
                            && URI.create(address).getPath().replaceAll("/+", "/").endsWith("/xapi/statements")) {
                        sent.put(params.getString("requestId"), statementIds(method, address,
                                request.getString("postData", "")));
                    }
                }
                case "Network.responseReceived" -> answered.put(params.getString("requestId"),
                        params.getJsonObject("response").getInt("status"));
                default -> { }
            }
        }
        sent.forEach((request, ids) -> {
            Integer status = answered.get(request);
            if (status != null && (status == 200 || status == 204)) {
                acknowledged.addAll(ids);
            }
        });
        assertTrue(!acknowledged.isEmpty(), "the lesson's statements were seen in Chromium's network events");
        return acknowledged;
    }

    private static List<String> statementIds(String method, String address, String body) {
        if (method.equals("PUT")) {
            String query = URI.create(address).getRawQuery();
            for (String parameter : query == null ? new String[0] : query.split("&")) {
                if (parameter.startsWith("statementId=")) {
                    return List.of(URLDecoder.decode(parameter.substring(12), StandardCharsets.UTF_8));
                }
            }
            return List.of();
        }
        String json = body.strip();
        if (json.startsWith("[")) {
            JsonArray batch = Json.array(json);
            return batch.stream().map(JsonValue::asJsonObject).map(s -> s.getString("id")).toList();
        }
        JsonObject statement = Json.object(json);
        JsonValue id = statement.get("id");
        return id instanceof JsonString text ? List.of(text.getString()) : List.of();
    }

    private static URL url(String address) {
        try {
            return URI.create(address.endsWith("/") ? address : address + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
