package org.carelearn.testing;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Drives CareLearn's course pages and the lessons of its own courses (courses/_runtime) in the player's
 * frame, the way a learner does: open a course from My learning, launch a lesson, page through it, answer
 * the assessment, exit back to CareLearn.
 */
public final class CourseLessons {

    private final Browser browser;

    public CourseLessons(Browser browser) {
        this.browser = browser;
    }

    private WebDriver driver() {
        return browser.driver();
    }

    /** From My learning, opens the course with this title. */
    public void openCourse(String title) {
        browser.open("learning/index.xhtml");
        WebElement link = driver().findElements(By.cssSelector("a.course-link")).stream()
                .filter(a -> a.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No course \"" + title + "\" on My learning: " + browser.text()));
        browser.clickAndWaitForNewPage(link);
    }

    /** From My learning, "Resume" on a course under way: straight into its next lesson, in the player frame. */
    public void resume(String title) {
        browser.open("learning/index.xhtml");
        WebElement resume = driver().findElements(By.cssSelector(".resume-course")).stream()
                .filter(b -> b.getAttribute("aria-label").equals("Resume " + title)).findFirst()
                .orElseThrow(() -> new AssertionError("No Resume for \"" + title + "\": " + browser.text()));
        browser.clickAndWaitForNewPage(resume);
        enterLesson();
    }

    /** Lesson titles of the open course page, in order. */
    public List<String> lessonTitles() {
        return driver().findElements(By.cssSelector(".lesson-title")).stream().map(WebElement::getText).toList();
    }

    /** The status line of the lesson at this position of the course page. */
    public String lessonStatus(int index) {
        return driver().findElement(By.cssSelector("#lesson-" + index + " .lesson-status")).getText();
    }

    /** Launches the lesson at this position and switches into its frame once its runtime is ready. */
    public void launch(int index) {
        browser.clickAndWaitForNewPage(driver().findElement(By.cssSelector("#lesson-" + index + " .launch-button")));
        enterLesson();
    }

    private void enterLesson() {
        driver().switchTo().frame("au-frame");
        waitUntil("the lesson is ready", d -> !d.findElements(By.cssSelector(".cl-next")).isEmpty()
                && d.findElements(By.cssSelector(".cl-loading")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Pages through a content lesson to its end (without leaving it). */
    public void readToTheEnd() {
        readToTheEnd(() -> { });
    }

    /** Pages through a content lesson to its end, doing this on every page it shows, the first included. */
    public void readToTheEnd(Runnable onEachPage) {
        onEachPage.run();
        while (!next().getText().equals("Finish and exit")) {
            click(next());
            onEachPage.run();
        }
    }

    /** Pages through a content lesson to its end, answering each knowledge check on the way with its first choice. */
    public void readAndAnswerToTheEnd(Runnable onEachPage) {
        readToTheEnd(() -> {
            answerKnowledgeChecks();
            onEachPage.run();
        });
    }

    /** Answers the unanswered knowledge checks of the page shown (any answer: its first choice). */
    public void answerKnowledgeChecks() {
        for (WebElement check : driver().findElements(By.cssSelector("section[data-page] form[data-question]"))) {
            List<WebElement> buttons = check.findElements(By.cssSelector("button[type=submit]")).stream()
                    .filter(WebElement::isDisplayed).toList();
            if (!check.isDisplayed() || buttons.isEmpty()) {
                continue;
            }
            click(check.findElement(By.cssSelector("input[type=radio]")));
            click(buttons.get(0));
            waitUntil("the check's feedback shows", d -> !check.findElement(By.cssSelector(".cl-verdict")).getText().isBlank());
        }
    }

    /** The lesson's status line (inside the frame). */
    public String status() {
        return driver().findElement(By.cssSelector(".cl-status")).getText();
    }

    /** At the end of a lesson, answers the knowledge checks of every page its status points back to. */
    public void answerTheChecksPointedTo() {
        for (int round = 0; round < 10; round++) {
            List<WebElement> pointers = driver().findElements(By.cssSelector(".cl-status-actions button"));
            if (pointers.isEmpty()) {
                return;
            }
            click(pointers.get(0));
            answerKnowledgeChecks();
            while (!next().getText().equals("Finish and exit")) {
                click(next());
            }
        }
        throw new AssertionError("The lesson keeps pointing back: " + status());
    }

    /** The question ids of the assessment attempt shown, in its order. */
    public List<String> drawnQuestions() {
        return driver().findElements(By.cssSelector("section[data-page] form[data-question]")).stream()
                .map(f -> f.getAttribute("data-question")).toList();
    }

    /**
     * Answers every assessment question correctly (or the first {@code wrong} of them wrongly) and submits,
     * choosing by the wording of the question and of the right answer (see AssessmentKey).
     */
    public void answerAssessment(int wrong) {
        int answered = 0;
        while (driver().findElements(By.cssSelector("section[data-results]")).stream().noneMatch(WebElement::isDisplayed)) {
            List<WebElement> forms = driver().findElements(By.cssSelector("section[data-page] form[data-question]"))
                    .stream().filter(WebElement::isDisplayed).toList();
            for (WebElement form : forms) {
                String right = AssessmentKey.answerTo(form.findElement(By.tagName("legend")).getText());
                boolean correctly = answered++ >= wrong;
                WebElement choice = form.findElements(By.tagName("label")).stream()
                        .filter(label -> AssessmentKey.normal(label.getText()).equals(right) == correctly).findFirst()
                        .orElseThrow(() -> new AssertionError("No choice \"" + right + "\" in " + form.getText()));
                click(choice.findElement(By.tagName("input")));
            }
            click(next());
        }
        WebElement submit = driver().findElements(By.cssSelector("section[data-results] button")).stream()
                .filter(b -> b.getText().equals("Submit my answers")).findFirst()
                .orElseThrow(() -> new AssertionError("No submit button: " + browser.text()));
        click(submit);
        waitUntil("the result is recorded", d -> d.findElement(By.tagName("body")).getText().contains("recorded"));
    }

    /** Selects "Finish and exit" and waits until CareLearn's course page is back in the whole window. */
    public void finishAndExit() {
        click(next());
        backInCareLearn();
    }

    /** Selects the lesson's Exit button and waits for CareLearn's course page. */
    public void exit() {
        click(driver().findElement(By.cssSelector(".cl-exit")));
        backInCareLearn();
    }

    /** Text of the lesson page currently shown (inside the frame). */
    public String pageTitle() {
        return driver().findElements(By.cssSelector("section[data-page] h2")).stream().filter(WebElement::isDisplayed)
                .findFirst().map(WebElement::getText).orElse("");
    }

    /** Moves forward this many pages. */
    public void forward(int pages) {
        for (int i = 0; i < pages; i++) {
            click(next());
        }
    }

    /**
     * Brings the element to the middle of the lesson's frame first: sticky bars must not cover it. Chromium runs a
     * sandboxed frame from another origin in a process of its own, and chromedriver then sometimes reports the
     * frame's own edge as covering a button a person sees and clicks; the click is then given to the element itself.
     */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver()).executeScript("arguments[0].click();", element);
        }
    }

    private WebElement next() {
        return driver().findElement(By.cssSelector(".cl-next"));
    }

    private void backInCareLearn() {
        driver().switchTo().defaultContent();
        waitUntil("the course page is back", d -> d.getCurrentUrl().contains("/learning/course.xhtml")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        browser.waitForPage();
    }

    private void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            browser.waiting(Duration.ofSeconds(30)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what + "; page: " + driver().getCurrentUrl(), e);
        }
    }
}
