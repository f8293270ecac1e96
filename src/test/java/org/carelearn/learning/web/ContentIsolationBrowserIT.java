package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.HostilePackage;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Course packages are third-party code: a lesson must not act as the person viewing it (issue 16). A hostile
 * package (test resource cmi5/hostile) tries to read the learner's courses and a page of CareLearn, the
 * cookies and the page around its frame; it runs from the content origin in a sandboxed frame, so every
 * attempt fails, for a learner in the player and for an admin previewing the course alike, while the
 * lesson still speaks cmi5 to the LRS and returns to CareLearn through its returnURL.
 */
class ContentIsolationBrowserIT extends BrowserJourney {

    @Test
    void aHostileLessonReachesNeitherTheLearnerNorTheApplication() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> imported = admin.post("api/admin/courses", "application/zip", HostilePackage.zip());
        assertEquals(201, imported.statusCode(), imported.body());
        long versionId = Json.object(imported.body()).getJsonNumber("versionId").longValue();
        SampleCourses.offer(admin, HostilePackage.COURSE_ID);

        browser.signIn(DemoAccounts.LEADERSHIP);
        browser.open("learning/index.xhtml");
        WebElement enrol = browser.driver().findElements(By.cssSelector(".enrol-button")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(HostilePackage.COURSE_TITLE)).findFirst()
                .orElseThrow(() -> new AssertionError("The catalog offers no probe course: " + browser.text()));
        browser.clickAndWaitForNewPage(enrol);
        browser.open("learning/index.xhtml");
        browser.clickAndWaitForNewPage(browser.driver().findElements(By.cssSelector("a.course-link")).stream()
                .filter(a -> a.getText().equals(HostilePackage.COURSE_TITLE)).findFirst().orElseThrow());
        browser.clickAndWaitForNewPage(browser.find("#lesson-0 .launch-button"));

        WebElement frame = browser.find("#au-frame");
        browser.driver().switchTo().frame(frame);
        assertEveryProbeRefused("ready");
        browser.driver().switchTo().defaultContent();
        assertSandboxedOnTheContentOrigin(frame);
        browser.driver().switchTo().frame(frame);

        browser.find("#exit").click();
        WebDriver driver = browser.driver();
        driver.switchTo().defaultContent();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/learning/course.xhtml"));
        browser.waitForPage();
        String said = browser.text();
        assertTrue(said.contains("Course completed: \"" + HostilePackage.COURSE_TITLE + "\"")
                || said.contains("\"" + HostilePackage.AU_TITLE + "\": "),
                "the returnURL brings the learner back to the course page, which says how the lesson went: " + said);

        // An admin previewing the course is no easier a target.
        driver.manage().deleteAllCookies();
        browser.signIn(DemoAccounts.ADMIN);
        browser.open("admin/course-version.xhtml?version=" + versionId);
        browser.clickAndWaitForNewPage(browser.find("a.au-preview"));
        WebElement preview = browser.find("#au-frame");
        driver.switchTo().frame(preview);
        assertEveryProbeRefused("preview");
        driver.switchTo().defaultContent();
        assertSandboxedOnTheContentOrigin(preview);
    }

    private void assertSandboxedOnTheContentOrigin(WebElement frame) {
        String flags = frame.getAttribute("sandbox");
        assertTrue(flags != null, "the lesson's frame is sandboxed");
        List<String> sandbox = List.of(flags.split("\\s+"));
        assertTrue(sandbox.contains("allow-scripts"), sandbox.toString());
        assertFalse(sandbox.contains("allow-same-origin"), sandbox.toString());
        assertFalse(sandbox.contains("allow-top-navigation"), sandbox.toString());
        URI src = URI.create(frame.getAttribute("src"));
        URI app = URI.create(base.toString());
        assertNotEquals(app.getScheme() + "://" + app.getAuthority(), src.getScheme() + "://" + src.getAuthority(),
                "the lesson comes from another origin than CareLearn's pages: " + src);
    }

    /** Waits for the lesson to finish its probes and start, then checks that no probe reached anything. */
    private void assertEveryProbeRefused(String state) {
        browser.waiting(Duration.ofSeconds(30)).until(d -> HostilePackage.PROBES.stream()
                .noneMatch(id -> "pending".equals(d.findElement(By.id(id)).getAttribute("data-outcome")))
                && !"starting".equals(d.findElement(By.id("status")).getAttribute("data-state")));
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String id : HostilePackage.PROBES) {
            outcomes.put(id, browser.find("#" + id).getText());
        }
        assertTrue(outcomes.values().stream().allMatch(o -> o.startsWith("refused")), outcomes.toString());
        assertEquals(state, browser.find("#status").getAttribute("data-state"), "the lesson itself still works");
    }
}
