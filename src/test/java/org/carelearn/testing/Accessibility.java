package org.carelearn.testing;

import com.deque.html.axecore.results.Rule;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Checks what the browser shows now with axe-core against WCAG 2.1 levels A and AA, the level the HHS rule
 * under Section 504 (45 CFR 84.84, 89 FR 40066, May 2024) requires of the web content of hospitals and other
 * recipients of HHS funding. The frames in the page (a lesson in the player) are checked with it.
 */
public final class Accessibility {

    /** axe's run options: the rules tagged WCAG 2.0 and 2.1, levels A and AA. */
    private static final String WCAG_21_AA = "{\"runOnly\":{\"type\":\"tag\",\"values\":"
            + "[\"wcag2a\",\"wcag2aa\",\"wcag21a\",\"wcag21aa\"]}}";

    private Accessibility() {
    }

    public static void assertNoViolations(Browser browser, String where) {
        // A control just clicked may still be changing colour (PrimeFaces' buttons ease between their states, CSS
        // transitions, which always end): axe measuring contrast half-way through saw colours the page never rests
        // in (WorkbenchBrowserIT, once). Endless animations, such as a spinner, are not waited for.
        browser.waiting(Duration.ofSeconds(5)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.getAnimations().every(a => !(a instanceof CSSTransition)"
                        + " || a.playState !== 'running');"));
        // From the top page, which axe checks with its frames (see AxeRun)
        List<Rule> violations = AxeRun.violations(browser.driver(), WCAG_21_AA);
        Assertions.assertTrue(violations.isEmpty(), () -> where + ": " + describe(violations));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + ") at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
