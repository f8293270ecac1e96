package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.carelearn.testing.Accessibility;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.CourseLessons;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.PdfText;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The demo learner takes each built-in course from start to finish in Chromium: every lesson read to its
 * end, the assessment passed, and every page of it free of the WCAG 2.1 A/AA violations axe-core finds. Then the course page, the transcript, the certificate (PDF and public
 * verification) and the LRS's statements for the registration must all tell the same story.
 */
class CourseCompletionBrowserIT extends BrowserJourney {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Empathetic communication with patients and families facing cancer",
        "Trauma-informed care",
        "Cultural sensitivity and language access"})
    void theLearnerCompletesTheCourse(String titleStart) {
        browser.signIn(DemoAccounts.LEARNER);
        CourseLessons lessons = new CourseLessons(browser);
        String title = courseTitle(titleStart);
        lessons.openCourse(title);
        List<String> lessonTitles = lessons.lessonTitles();
        int assessment = lessonTitles.size() - 1;
        for (int i = 0; i < assessment; i++) {
            lessons.launch(i);
            String lesson = lessonTitles.get(i);
            lessons.readToTheEnd(() -> accessible(lesson + ", \"" + lessons.pageTitle() + "\""));
            lessons.finishAndExit();
            assertTrue(lessons.lessonStatus(i).startsWith("Completed"), lessons.lessonStatus(i));
        }
        lessons.launch(assessment);
        accessible(lessonTitles.get(assessment));
        lessons.answerAssessment(0);
        lessons.finishAndExit();

        assertTrue(browser.text().contains("Course completed: \"" + title + "\""), browser.text());
        assertEquals("Completed", browser.find("#course\\:status").getText());
        assertTrue(lessons.lessonStatus(assessment).contains("Passed"), lessons.lessonStatus(assessment));
        assertTrue(lessons.lessonStatus(assessment).contains("100%"), lessons.lessonStatus(assessment));

        browser.open("learning/transcript.xhtml");
        Accessibility.assertNoViolations(browser, "the transcript with a certificate");
        String code = browser.driver().findElements(By.cssSelector(".transcript-entry")).stream()
                .filter(e -> e.findElement(By.cssSelector(".transcript-course")).getText().equals(title)).findFirst()
                .map(e -> e.findElement(By.cssSelector(".certificate-code")).getText())
                .orElseThrow(() -> new AssertionError("No certificate for " + title + ": " + browser.text()));
        assertTrue(code.matches("CL-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);

        WebClient anonymous = new WebClient(base);
        HttpResponse<String> verification = anonymous.get("verify.xhtml?code=" + code.toLowerCase());
        assertEquals(200, verification.statusCode());
        assertTrue(verification.body().contains("Aisha Bello") && verification.body().contains(title),
                verification.body());

        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        JsonObject enrolment = enrolmentOf(learner, title);
        HttpResponse<byte[]> pdf = learner.download("learning/certificate?enrolment="
                + enrolment.getJsonNumber("id").longValue());
        assertEquals(200, pdf.statusCode());
        String certificate = PdfText.of(pdf.body()).text();
        assertTrue(certificate.contains("Aisha Bello") && certificate.contains(code), certificate);

        Map<String, Long> verbs = new Lrs(base).verbCountsOf(enrolment.getString("registration"));
        assertEquals(lessonTitles.size(), verbs.get("launched"));
        assertEquals(lessonTitles.size(), verbs.get("initialized"));
        assertEquals(assessment, verbs.get("completed"));
        assertEquals(1L, verbs.get("passed"));
        assertEquals(lessonTitles.size(), verbs.get("terminated"));
        assertEquals(1L, verbs.get("satisfied"), "one satisfied statement, for the course");
        assertTrue(verbs.getOrDefault("answered", 0L) >= 10, "the assessment's answers: " + verbs);
    }

    private String courseTitle(String start) {
        browser.open("learning/index.xhtml");
        return browser.driver().findElements(By.cssSelector("a.course-link")).stream().map(a -> a.getText())
                .filter(t -> t.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No course starting \"" + start + "\": " + browser.text()));
    }

    private JsonObject enrolmentOf(WebClient learner, String title) {
        JsonArray mine = Json.array(learner.getJson("api/me/learning").body());
        return mine.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("courseTitle").equals(title))
                .findFirst().orElseThrow();
    }

    /** The lesson page in the player frame has no WCAG 2.1 A/AA violation axe-core finds (see Accessibility). */
    private void accessible(String where) {
        Accessibility.assertNoViolations(browser, where);
        browser.driver().switchTo().frame("au-frame"); // axe leaves the driver on the top page
    }
}
