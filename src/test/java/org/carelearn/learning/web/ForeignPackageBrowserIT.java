package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.CourseLessons;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.ForeignPackage;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A cmi5 package CareLearn did not produce (test resource cmi5/phone-line: its own runtime, its own
 * markup, a block, OwnWindow and AnyWindow AUs, launch parameters and an entitlement key) imports,
 * launches and tracks like CareLearn's own courses, all the way to the course's satisfied statement.
 */
class ForeignPackageBrowserIT extends BrowserJourney {

    @Test
    void theManagerTakesTheForeignCourseToCompletion() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> imported = admin.post("api/admin/courses", "application/zip", ForeignPackage.zip());
        assertEquals(201, imported.statusCode(), imported.body());
        SampleCourses.offer(admin, ForeignPackage.COURSE_ID);

        browser.signIn(DemoAccounts.MANAGER);
        browser.open("learning/index.xhtml");
        WebElement enrol = browser.driver().findElements(By.cssSelector(".enrol-button")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(ForeignPackage.COURSE_TITLE_EN)).findFirst()
                .orElseThrow(() -> new AssertionError("The catalog offers no phone-line course: " + browser.text()));
        browser.clickAndWaitForNewPage(enrol);
        assertTrue(browser.text().contains("You are enrolled in \"" + ForeignPackage.COURSE_TITLE_EN + "\""));
        CourseLessons course = new CourseLessons(browser);
        choosePreferredLanguage("Español");
        browser.open("learning/index.xhtml");
        browser.clickAndWaitForNewPage(browser.driver().findElements(By.cssSelector("a.course-link")).stream()
                .filter(a -> a.getText().equals(ForeignPackage.COURSE_TITLE_EN)).findFirst().orElseThrow());
        assertEquals(List.of(ForeignPackage.GREETING_TITLE_EN, ForeignPackage.COMPLAINT_TITLE_EN,
                ForeignPackage.ESCALATION_TITLE_EN), course.lessonTitles());

        // AU 1 asks for its own window: CareLearn sends the whole window to it.
        browser.clickAndWaitForNewPage(browser.find("#lesson-0 .launch-button"));
        assertTrue(browser.driver().getCurrentUrl().contains("lessons/greeting.html?lang=en&endpoint="),
                browser.driver().getCurrentUrl());
        waitForStatus("ready");
        assertEquals(ForeignPackage.GREETING_LAUNCH_PARAMETERS, browser.find("#pl-launch-params").getText());
        assertEquals(ForeignPackage.GREETING_TITLE_ES, browser.find("#pl-title").getText(),
                "the lesson reads the learner's preferences (cmi5 11) and speaks Spanish");
        browser.find("#pl-finish").click();
        waitForStatus("saved");
        exitLesson();
        assertTrue(course.lessonStatus(0).startsWith("Completed"), course.lessonStatus(0));

        // AU 2 may run anywhere: CareLearn's player frame.
        browser.clickAndWaitForNewPage(browser.find("#lesson-1 .launch-button"));
        browser.driver().switchTo().frame("au-frame");
        waitForStatus("ready");
        answer(ForeignPackage.COMPLAINT_ANSWERS);
        exitLesson();
        assertTrue(course.lessonStatus(1).contains("Passed"), course.lessonStatus(1));

        browser.clickAndWaitForNewPage(browser.find("#lesson-2 .launch-button"));
        browser.driver().switchTo().frame("au-frame");
        waitForStatus("ready");
        assertEquals("Licensed", browser.find("#pl-entitlement").getText());
        answer(ForeignPackage.ESCALATION_ANSWERS);
        exitLesson();

        assertTrue(browser.text().contains("Course completed: \"" + ForeignPackage.COURSE_TITLE_EN + "\""),
                browser.text());
        Map<String, Long> verbs = new Lrs(base).verbCountsOf(registration());
        assertEquals(3L, verbs.get("launched"));
        assertEquals(3L, verbs.get("terminated"));
        assertEquals(2L, verbs.get("satisfied"), "the block's and the course's: " + verbs);
        assertTrue(verbs.get("experienced") >= 3, "its cmi5 allowed statements are kept: " + verbs);

        browser.clickAndWaitForNewPage(browser.find("#lesson-2 .launch-button"));
        browser.driver().switchTo().frame("au-frame");
        waitForStatus("ready");
        assertEquals("Review", browser.find("#pl-mode").getText(), "a completed course opens for review");
        exitLesson();
    }

    /** Lesson preferences on My learning: lessons that have this language start in it. */
    private void choosePreferredLanguage(String language) {
        browser.open("learning/index.xhtml");
        browser.find("#preferences summary").click();
        Ui.until(browser, d -> d.findElement(By.id("preferences:language")).isDisplayed());
        List<String> offered = browser.driver().findElements(By.cssSelector("#preferences\\:language option"))
                .stream().map(o -> o.getAttribute("textContent")).toList();
        assertEquals(List.of("English", "Español"), offered, "the languages the manager's lessons are written in");
        assertTrue(browser.driver().findElements(By.id("preferences:audio")).isEmpty(), "no lesson plays audio");
        new Select(Ui.byId(browser, "preferences:language")).selectByVisibleText(language);
        Ui.clickAndWaitForNewPage(browser, browser.find("#preferences\\:savePreferences"));
        browser.waitForText("Saved. Lessons you open from now on use these preferences.");
    }

    private void answer(Map<String, String> key) {
        key.forEach((question, value) -> browser.find("input[name='" + question + "'][value='" + value + "']").click());
        browser.find("#pl-submit").click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> "passed"
                .equals(d.findElement(By.id("pl-result")).getAttribute("data-outcome")));
        waitForStatus("saved");
    }

    /** The lesson's own Exit: terminated, then its returnURL, which brings CareLearn's course page back. */
    private void exitLesson() {
        browser.find("#pl-exit").click();
        WebDriver driver = browser.driver();
        driver.switchTo().defaultContent();
        browser.waiting(Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/learning/course.xhtml"));
        browser.waitForPage();
    }

    private void waitForStatus(String state) {
        browser.waiting(Duration.ofSeconds(30)).until(d -> state
                .equals(d.findElement(By.id("pl-status")).getAttribute("data-state")));
    }

    private String registration() {
        WebClient manager = WebClient.signedIn(base, DemoAccounts.MANAGER);
        return Json.array(manager.getJson("api/me/learning").body()).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("courseIri").equals(ForeignPackage.COURSE_ID)).findFirst().orElseThrow()
                .getString("registration");
    }
}
