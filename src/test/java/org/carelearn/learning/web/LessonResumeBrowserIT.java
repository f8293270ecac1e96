package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.Cmi5Au;
import org.carelearn.testing.CourseLessons;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A lesson closed midway, without its terminated statement ever reaching CareLearn (the browser dies),
 * resumes on the page where it stopped, and the LMS records the lost session as
 * abandoned when the learner launches the lesson again.
 */
class LessonResumeBrowserIT extends BrowserJourney {

    private static final String PROGRESS = "https://carelearn.example/state/progress";

    @Test
    void aLessonClosedMidwayResumesAndItsSessionIsAbandoned() {
        browser.signIn(DemoAccounts.MANAGER);
        CourseLessons lessons = new CourseLessons(browser);
        lessons.openCourse("Trauma-informed care");
        lessons.launch(0);
        lessons.forward(3);
        String stoppedAt = lessons.pageTitle();
        Cmi5Au launch = new Cmi5Au(frameUrl());
        waitUntilSaved(launch, 4);

        closeWithoutTerminated();

        lessons.openCourse("Trauma-informed care");
        assertEquals("Not completed", lessons.lessonStatus(0));
        lessons.resume("Trauma-informed care");
        assertEquals(stoppedAt, lessons.pageTitle(), "Resume opens the lesson where the learner left it");
        lessons.exit();

        Map<String, Long> verbs = new Lrs(base).verbCountsOf(launch.parameter("registration"));
        assertEquals(1L, verbs.get("abandoned"), verbs.toString());
        assertEquals(2L, verbs.get("launched"), verbs.toString());
        assertEquals(1L, verbs.get("terminated"), "only the second session terminated: " + verbs);
    }

    private String frameUrl() {
        browser.driver().switchTo().defaultContent();
        String src = browser.driver().findElement(By.id("au-frame")).getAttribute("src");
        browser.driver().switchTo().frame("au-frame");
        return src;
    }

    /** Waits until the lesson's progress document lists this many pages seen. */
    private void waitUntilSaved(Cmi5Au launch, int pagesSeen) {
        Lrs lrs = new Lrs(base);
        String path = "activities/state?stateId=" + Cmi5Au.encode(PROGRESS) + "&activityId="
                + Cmi5Au.encode(launch.parameter("activityId")) + "&agent=" + Cmi5Au.encode(launch.parameter("actor"))
                + "&registration=" + launch.parameter("registration");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            HttpResponse<String> state = lrs.send("GET", path, null, (String) null);
            if (state.statusCode() != 200) {
                return false;
            }
            JsonObject progress = Json.object(state.body());
            return progress.getJsonArray("seen").size() >= pagesSeen;
        });
    }

    /**
     * The lesson's tab dies the way a powered-off computer or a crashed browser leaves it: no page-hide
     * handler runs, so no terminated statement is sent. Work goes on in a new tab of the same browser.
     */
    private void closeWithoutTerminated() {
        WebDriver driver = browser.driver();
        driver.switchTo().defaultContent();
        String lessonTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String newTab = driver.getWindowHandle();
        driver.switchTo().window(lessonTab);
        try {
            ((ChromeDriver) driver).executeCdpCommand("Page.crash", Map.of());
        } catch (WebDriverException crashed) {
            // the tab is gone, as intended
        }
        driver.switchTo().window(newTab);
    }
}
