package org.carelearn.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * Checks what the browser shows now with axe-core against WCAG 2.1 levels A and AA, the level the HHS rule
 * under Section 504 (45 CFR 84.84, 89 FR 40066, May 2024) requires of the web content of hospitals and other
 * recipients of HHS funding. Frames of the same origin (a lesson in the player) are checked with the page.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static void assertNoViolations(Browser browser, String where) {
        // From the top page, which axe checks with its frames; inside a lesson's frame (a sandboxed frame of the
        // content origin, in a process of its own) axe's window switching times out.
        browser.driver().switchTo().defaultContent();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        Assertions.assertTrue(results.getViolations().isEmpty(), () -> where + ": " + describe(results.getViolations()));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + ") at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
