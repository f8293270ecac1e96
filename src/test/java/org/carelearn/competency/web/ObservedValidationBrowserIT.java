package org.carelearn.competency.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The observed validation journey in one browser: the demo learner requests a validation of "Sharing
 * difficult news"; the demo validator (approved for it in the demo data) finds it on their worklist on a phone's
 * 390 px wide screen, marks the indicators with targets large enough to touch, chooses the level and attests with
 * their password (after a wrong one, which counts with failed sign-ins towards the lockout: the one that locks the
 * account signs them out); the learner's profile shows the request validated and the competency at the level attested, the
 * LRS holds the statement with the validator as instructor, and the manager's grid shows the change. A learner who
 * asks for the worklist or the validators' admin page gets 403.
 */
class ObservedValidationBrowserIT extends BrowserJourney {

    private static final String COMPETENCY = "Sharing difficult news";
    /** "Sharing difficult news" in the demo framework (demo/patient-relations.case.json). */
    private static final String SHARING_NEWS = "1cd74c26-bc22-531e-bbbb-2d09eb545fc0";
    private static final String SCORED = "http://adlnet.gov/expapi/verbs/scored";

    @Test
    void theLearnerRequestsAValidatorAttestsOnAPhoneAndTheRecordShowsIt() {
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        Ui.signIn(browser, DemoAccounts.LEARNER);
        browser.open("competency/profile.xhtml");
        Ui.choose(browser, "requestForm:requestCompetency", "PR.2 " + COMPETENCY);
        Ui.type(browser, "requestForm:requestNote", "I break news on the ward most weeks");
        Ui.byId(browser, "requestForm:requestValidation").click();
        browser.waitForAjax();
        browser.waitForText(COMPETENCY + ": requested on");
        assertTrue(requestLine().contains("waiting for a validator"), requestLine());

        browser.open("competency/worklist.xhtml");
        assertEquals(403, status(), "a learner approved for nothing has no worklist");
        browser.open("admin/validators.xhtml");
        assertTrue(browser.text().contains("This page belongs to another role"), browser.text());
        Ui.signOut(browser);

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        Ui.signIn(browser, DemoAccounts.VALIDATOR);
        browser.open("competency/worklist.xhtml");
        WebElement item = Ui.until(browser, d -> d.findElements(By.cssSelector("tr.worklist-item")).stream()
                .filter(row -> row.getText().contains("Aisha Bello") && row.getText().contains(COMPETENCY))
                .findFirst().orElse(null));
        assertTrue(item.getText().contains("Inpatient Oncology Nursing"), item.getText());
        assertTrue(item.getText().contains("Level 2, Proficient"), "the level her job needs: " + item.getText());
        Ui.clickAndWaitForNewPage(browser, item.findElement(By.cssSelector("a.validate-link")));
        String url = browser.driver().getCurrentUrl();
        String form = url.substring(url.indexOf("competency/validate.xhtml"));

        assertEquals("Aisha Bello", Ui.byId(browser, "subjectName").getText());
        aWrongPasswordCountsWithFailedSignInsAndTheOneThatLocksSignsTheValidatorOut();
        Ui.signIn(browser, DemoAccounts.VALIDATOR);
        browser.open(form);
        assertEquals("Aisha Bello", Ui.byId(browser, "subjectName").getText());
        assertNoHorizontalScroll();
        List<WebElement> met = browser.driver().findElements(By.cssSelector(".indicator-verdict .ui-button"))
                .stream().filter(b -> b.getText().equals("Met")).toList();
        assertEquals(5, met.size(), "one Met button per indicator of the competency");
        for (WebElement button : browser.driver().findElements(By.cssSelector(".indicator-verdict .ui-button"))) {
            assertTrue(button.getSize().getHeight() >= 44 && button.getSize().getWidth() >= 44,
                    "a touch target of 44 by 44 px at least: " + button.getText() + " " + button.getSize());
        }
        met.forEach(b -> {
            scrollTo(b);
            b.click();
        });
        chooseLevel("3");
        Ui.type(browser, "validation:password", DemoAccounts.VALIDATOR.password);
        assertNoHorizontalScroll();
        Ui.byId(browser, "validation:attest").click();
        browser.waitForAjax();
        Ui.byId(browser, "recorded");
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        Ui.signOut(browser);

        Ui.signIn(browser, DemoAccounts.LEARNER);
        browser.open("competency/profile.xhtml");
        assertTrue(requestLine().contains("validated"), requestLine());
        WebElement line = browser.driver().findElement(By.cssSelector("section.competency-line[data-competency='"
                + SHARING_NEWS + "']"));
        assertEquals("Level 3, Advanced", line.findElement(By.cssSelector(".level-shown")).getText());
        assertEquals("Competent", line.findElement(By.cssSelector(".competency-badge")).getText());
        assertTrue(line.getText().contains("Observed validation"), "the evidence behind it: " + line.getText());
        Ui.signOut(browser);

        Ui.signIn(browser, DemoAccounts.MANAGER);
        browser.open("competency/grid.xhtml?competency=" + SHARING_NEWS);
        WebElement cell = Ui.until(browser, d -> d.findElement(By.cssSelector("tr[data-employee='LR3002'] td[data-competency='"
                + SHARING_NEWS + "']")));
        assertTrue(cell.getText().contains("Competent"), cell.getText());
        assertTrue(cell.getText().contains("3 of 2"), "level shown of level needed: " + cell.getText());

        JsonObject statement = statementAbout(COMPETENCY, before);
        assertEquals(3, statement.getJsonObject("result").getJsonObject("score").getInt("raw"));
        assertTrue(statement.getJsonObject("context").containsKey("instructor"), statement.toString());
        assertTrue(statement.getJsonObject("result").getJsonObject("extensions").values().stream()
                .anyMatch(v -> v.getValueType() == JsonValue.ValueType.ARRAY && v.asJsonArray().size() == 5),
                "the five indicators' verdicts: " + statement);
    }

    /**
     * The validator types a wrong password: refused, with the reason. Three failed sign-ins to the same account
     * from elsewhere follow; the next wrong password is the fifth failure in a row (the sign-in lockout's limit,
     * carelearn.signin.max-failures), which locks the account and signs the validator out, to the sign-in page
     * saying so. An administrator then unlocks it (also if the checks fail, so that no later test meets it locked).
     */
    private void aWrongPasswordCountsWithFailedSignInsAndTheOneThatLocksSignsTheValidatorOut() {
        chooseLevel("3");
        Ui.type(browser, "validation:password", "Not-" + DemoAccounts.VALIDATOR.password);
        Ui.byId(browser, "validation:attest").click();
        browser.waitForAjax();
        assertTrue(Ui.byId(browser, "messages").getText().startsWith("That is not your password: the validation was"
                + " not recorded."), Ui.byId(browser, "messages").getText());
        try {
            WebClient elsewhere = new WebClient(base);
            for (int attempt = 1; attempt <= 3; attempt++) {
                elsewhere.signIn(DemoAccounts.VALIDATOR.username, "Wrong-guess-number-" + attempt);
            }
            Ui.type(browser, "validation:password", "Still-not-" + DemoAccounts.VALIDATOR.password);
            Ui.byId(browser, "validation:attest").click();
            Ui.until(browser, d -> Ui.path(browser).endsWith("/signin.xhtml"));
            assertEquals("Too many failed attempts: this account is locked for 15 minutes. An administrator can unlock"
                    + " it sooner.", Ui.byId(browser, "signInError").getText());
            browser.open("competency/worklist.xhtml");
            assertTrue(Ui.present(browser, "username"), "signed out: the worklist asks for a sign-in first");
        } finally {
            HttpResponse<String> unlocked = WebClient.signedIn(base, DemoAccounts.ADMIN).post("api/admin/accounts/"
                    + DemoAccounts.VALIDATOR.username + "/unlock", "application/json", "");
            assertTrue(unlocked.statusCode() < 300, unlocked.statusCode() + " " + unlocked.body());
        }
    }

    private void chooseLevel(String rank) {
        WebElement level = browser.driver().findElements(By.cssSelector(".level-choice input[type=radio]"))
                .stream().filter(r -> rank.equals(r.getAttribute("value"))).findFirst().orElseThrow();
        scrollTo(level);
        level.click();
    }

    private String requestLine() {
        return Ui.until(browser, d -> d.findElements(By.cssSelector("li.validation-request")).stream()
                .map(WebElement::getText).filter(t -> t.startsWith(COMPETENCY)).findFirst().orElse(null));
    }

    private int status() {
        return browser.text().contains("This page belongs to another role") ? 403 : 200;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }

    private void assertNoHorizontalScroll() {
        Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> pair = (List<?>) widths;
        assertTrue(((Number) pair.get(0)).longValue() <= ((Number) pair.get(1)).longValue(),
                "no horizontal scroll at 390 px: page " + pair.get(0) + " px wide in " + pair.get(1) + " px");
    }

    /** The newest "scored" statement since then about the competency with that name, read with the demo client. */
    private JsonObject statementAbout(String competencyName, Instant since) {
        HttpResponse<String> response = new Lrs(base).send("GET", "statements?verb="
                + URLEncoder.encode(SCORED, StandardCharsets.UTF_8) + "&since=" + since + "&limit=100", null,
                (String) null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body()).getJsonArray("statements").stream().map(JsonValue::asJsonObject)
                .filter(s -> competencyName.equals(s.getJsonObject("object").getJsonObject("definition")
                        .getJsonObject("name").getString("en-US")))
                .filter(s -> s.getJsonObject("context").containsKey("instructor"))
                .findFirst().orElseThrow(() -> new AssertionError("no statement about " + competencyName + " in "
                        + response.body()));
    }
}
