package org.carelearn.testing;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * One axe-core run over the page the browser shows and every frame in it, the way Deque's Selenium binding runs it
 * (axe 4.3 and later: {@code axe.runPartial} in the page and in each frame, found with
 * {@code axe.utils.getFrameContexts} and entered through the driver, then {@code axe.finishRun} over the partial
 * results in that order), with the same axe and the same rules, at a fraction of its cost. The binding sends axe's
 * 560 KB script into the page, into each frame and into a blank window it opens for {@code finishRun} on every
 * call, carries every partial result (nearly 1 MB on the staff directory, every passing node included) to Java and
 * back, and then the whole report: four to six seconds a page on the CI machine, where axe itself takes a fraction
 * of one. Here axe is sent to a document only if it does not hold it yet (a lesson's pages are one document), the
 * page's own partial result stays in the page, where {@code finishRun} then runs (as axe-core's own tests of
 * finishRun do), and only the violations come back. A frame that cannot be checked fails the check instead of
 * being left out.
 */
final class AxeRun {

    private static final String SOURCE = axeSource();
    private static final String VERSION = version(SOURCE);
    /** The whole document, as the binding's {@code analyze(driver)} gives it. */
    private static final String WHOLE_PAGE = "{\"exclude\":[]}";
    private static final Duration SCRIPT_PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String HOLDS_AXE = "return typeof window.axe === 'object' && window.axe.version === arguments[0]"
            + " && typeof window.axe.runPartial === 'function';";
    private static final String FRAMES = "return window.axe.utils.getFrameContexts(JSON.parse(arguments[0]))"
            + ".map(function (f) { return {selector: f.frameSelector, context: JSON.stringify(f.frameContext)}; });";
    private static final String FRAME_ELEMENT = "return window.axe.utils.shadowSelect(arguments[0]);";
    /** In a frame: its partial result, as JSON, for the page's finishRun. */
    private static final String PARTIAL = "var done = arguments[arguments.length - 1];"
            + "window.axe.runPartial(JSON.parse(arguments[0]), JSON.parse(arguments[1]))"
            + ".then(function (r) { done({partial: JSON.stringify(r)}); },"
            + " function (e) { done({error: String(e && e.stack || e)}); });";
    /** In the page: its partial result stays there (as the JSON the binding would have carried). */
    private static final String PAGE_PARTIAL = "var done = arguments[arguments.length - 1];"
            + "window.axe.runPartial(JSON.parse(arguments[0]), JSON.parse(arguments[1]))"
            + ".then(function (r) { window.carelearnAxePartial = JSON.stringify(r); done({partial: ''}); },"
            + " function (e) { done({error: String(e && e.stack || e)}); });";
    private static final String FINISH = "var done = arguments[arguments.length - 1];"
            + "var partials = [JSON.parse(window.carelearnAxePartial)].concat(JSON.parse(arguments[0]));"
            + "delete window.carelearnAxePartial;"
            + "window.axe.finishRun(partials).then(function (r) { done({violations: JSON.stringify(r.violations)}); },"
            + " function (e) { done({error: String(e && e.stack || e)}); });";

    private AxeRun() {
    }

    /** The violations axe finds on the page shown and in its frames with these run options (axe's JSON). */
    static List<Rule> violations(WebDriver driver, String options) {
        Duration before = driver.manage().timeouts().getScriptTimeout();
        driver.manage().timeouts().scriptTimeout(SCRIPT_PATIENCE);
        try {
            driver.switchTo().defaultContent();
            List<String> framePartials = new ArrayList<>();
            partials(driver, WHOLE_PAGE, options, new ArrayList<>(), framePartials);
            driver.switchTo().defaultContent();
            String violations = answer(driver, FINISH, "finishRun", "[" + String.join(",", framePartials) + "]")
                    .get("violations").toString();
            return JSON.readValue(violations, new TypeReference<List<Rule>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe's violations are not the JSON expected", e);
        } finally {
            driver.manage().timeouts().scriptTimeout(before);
        }
    }

    /**
     * The partial results of the document the driver is in and of its frames, depth first. {@code path} is the way
     * from the top page to this document, as axe's frame selectors; only the top page's result stays in the page.
     */
    private static void partials(WebDriver driver, String context, String options, List<Object> path,
            List<String> framePartials) {
        holdAxe(driver, path);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> frames = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeScript(FRAMES, context);
        if (path.isEmpty()) {
            answer(driver, PAGE_PARTIAL, "runPartial in the page", context, options);
        } else {
            framePartials.add(answer(driver, PARTIAL, "runPartial in frame " + path, context, options)
                    .get("partial").toString());
        }
        for (Map<String, Object> frame : frames) {
            Object selector = frame.get("selector");
            Object element = ((JavascriptExecutor) driver).executeScript(FRAME_ELEMENT, selector);
            if (!(element instanceof WebElement)) {
                throw new AssertionError("axe names frame " + selector + " in " + path + ", which is not there");
            }
            driver.switchTo().frame((WebElement) element);
            List<Object> inner = new ArrayList<>(path);
            inner.add(selector);
            partials(driver, frame.get("context").toString(), options, inner, framePartials);
            driver.switchTo().parentFrame();
        }
    }

    /** Gives the document axe unless it holds this version already (it keeps it until the document changes). */
    private static void holdAxe(WebDriver driver, List<Object> path) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (Boolean.TRUE.equals(js.executeScript(HOLDS_AXE, VERSION))) {
            return;
        }
        js.executeScript(SOURCE);
        if (!Boolean.TRUE.equals(js.executeScript(HOLDS_AXE, VERSION))) {
            throw new AssertionError("axe " + VERSION + " could not be put into " + (path.isEmpty() ? "the page"
                    : "frame " + path));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(WebDriver driver, String script, String what, Object... arguments) {
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript(script, arguments);
        if (answer.containsKey("error")) {
            throw new AssertionError("axe's " + what + " failed: " + answer.get("error"));
        }
        return answer;
    }

    /** The axe-core that Deque's binding carries (axe.min.js in its jar), so both run the same axe. */
    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not in Deque's axe-core Selenium jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "4.11.0" from the script's header comment ("axe v4.11.0"). */
    private static String version(String source) {
        java.util.regex.Matcher header = java.util.regex.Pattern.compile("axe v(\\d+\\.\\d+\\.\\d+)").matcher(
                source.substring(0, Math.min(source.length(), 500)));
        if (!header.find()) {
            throw new IllegalStateException("No version in axe.min.js's header");
        }
        return header.group(1);
    }
}
