package org.carelearn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The answer sheet of the built-in courses' assessments, read from their authoring source
 * (courses/&lt;course&gt;/assessment/index.html, where the right choice carries data-correct). The packaged
 * pages a learner gets carry no readable key, so a test answers the way a person holding this sheet would:
 * by the question's wording and the choice's wording.
 */
public final class AssessmentKey {

    private static final Pattern QUESTION = Pattern.compile(
            "<form\\b[^>]*\\bdata-question=\"[^\"]+\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern LEGEND = Pattern.compile("<legend>(.*?)</legend>", Pattern.DOTALL);
    private static final Pattern CORRECT = Pattern.compile(
            "<label>\\s*<input\\b[^>]*\\bdata-correct\\b[^>]*>(.*?)</label>", Pattern.DOTALL);

    private static final Map<String, String> ANSWERS = read(Path.of("courses"));

    private AssessmentKey() {
    }

    /** The wording of the right choice for the question with this wording. */
    public static String answerTo(String question) {
        String answer = ANSWERS.get(normal(question));
        if (answer == null) {
            throw new AssertionError("No built-in assessment asks: " + question);
        }
        return answer;
    }

    /** Text as a browser shows it: tags gone, entities decoded, white space collapsed. */
    public static String normal(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> read(Path courses) {
        Map<String, String> answers = new HashMap<>();
        try (Stream<Path> dirs = Files.list(courses)) {
            for (Path page : dirs.map(d -> d.resolve("assessment/index.html")).filter(Files::exists).toList()) {
                Matcher question = QUESTION.matcher(Files.readString(page));
                while (question.find()) {
                    Matcher legend = LEGEND.matcher(question.group(1));
                    Matcher correct = CORRECT.matcher(question.group(1));
                    if (legend.find() && correct.find()) {
                        answers.put(normal(legend.group(1)), normal(correct.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answers;
    }
}
