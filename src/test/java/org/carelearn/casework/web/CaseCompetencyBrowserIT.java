package org.carelearn.casework.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.carelearn.testing.Browser;
import org.carelearn.testing.Cmi5Au;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.PatientReferences;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.ScreenshotOnFailure;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The competency links of a case, in one browser that the liaison, the patient relations manager, the nurse's
 * manager and the nurse sign in to in turn: a verbal complaint about communication naming a nurse becomes a grievance; the owner
 * dialog shows who is competent in grievance handling; giving it to a liaison who is not is refused with the reason
 * until the patient relations manager overrides with hers, which the case and the audit trail keep; the nurse's
 * manager records a competency gap in the case review and approves it, the course appears in the nurse's My
 * learning (her own page, signed in as her) with the case's reference, she completes it (its lessons' statements posted as the AUs would), and the
 * case shows "Completed on". The patient relations manager, an approved validator, validates the new owner's
 * service recovery from inside the case; its statement carries the case's opaque IRI as context. The nurse's
 * manager reminds her of the course from My team, the only e-mail a case brings about (casework sends none of its
 * own), which GreenMail takes where the test server's SMTP relay points. In the same browser a learner and a
 * manager of another department open the case's address and get exactly the page of a case that does not exist;
 * the audit trail has both refusals and every view. Then no patient reference of any case journey or of the demo is
 * in the server's logs, that e-mail or anywhere in the LRS ({@link PatientReferences}).
 */
class CaseCompetencyBrowserIT extends DeployedCareLearn {

    private static final String EMPATHY = "18ffcc5d-a164-5eb7-b13d-5de6362d6772";
    private static final String SERVICE_RECOVERY = "972fe417-69a2-52a7-9653-7c4fb5542347";
    private static final String COURSE = "https://carelearn.example/courses/empathetic-communication";
    private static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";

    private Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aGrievanceGoesToSomeoneCompetentAndItsReviewTrainsTheNurse() throws IOException, MessagingException {
        Instant started = Instant.now().minusSeconds(5);
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String nurseId = SampleStaff.uniqueEmployeeId();
        WebClient nurse = nurse(admin, nurseId);
        String patient = "BCP-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        Ui.signIn(browser, DemoAccounts.LIAISON);
        String caseId = recordComplaintNaming(nurseId, patient);
        Ui.type(browser, "work:text", "The family wants the ward's account; not resolved on the call");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "work:grievance"));
        assertTrue(browser.text().contains("now a grievance"), browser.text());

        // the owner dialog: who may own a grievance, and a refusal that says why
        assertEquals("May own a grievance", candidateCell("Lucia Ferreira", 2));
        assertEquals("Not competent to own a grievance", candidateCell("Jamal Whitaker", 2));
        assertTrue(candidateCell("Jamal Whitaker", 1).contains("Complaint and grievance handling: Not started"),
                candidateCell("Jamal Whitaker", 1));
        assertTrue(candidateCell("Lucia Ferreira", 1).contains("Complaint and grievance handling: Competent"),
                candidateCell("Lucia Ferreira", 1));
        Ui.clickAndWaitForNewPage(browser, giveButton("Jamal Whitaker"));
        assertTrue(browser.text().contains("Jamal Whitaker is not currently competent in Complaint and grievance"
                + " handling"), browser.text());
        assertEquals("Nobody yet", Ui.byId(browser, "owner").getText());
        assertFalse(Ui.present(browser, "ownerDialog:overrideReason"), "only a manager may override");
        Ui.signOut(browser);

        // the patient relations manager overrides with a reason
        Ui.signIn(browser, DemoAccounts.PATIENT_RELATIONS_MANAGER);
        browser.open("cases/case.xhtml?id=" + caseId);
        Ui.type(browser, "ownerDialog:overrideReason", "Jamal speaks the family's language; Lucia coaches him");
        Ui.clickAndWaitForNewPage(browser, giveButton("Jamal Whitaker"));
        assertTrue(browser.text().contains("Owner changed by your override"), browser.text());
        assertEquals("Jamal Whitaker", Ui.byId(browser, "owner").getText());
        assertTrue(Ui.byId(browser, "overrides").getText().contains("Jamal speaks the family's language"),
                Ui.byId(browser, "overrides").getText());

        // she validates the new owner's service recovery from inside the case, on competency's own form
        new Select(Ui.byId(browser, "validation:validatePerson")).selectByVisibleText("Jamal Whitaker");
        new Select(Ui.byId(browser, "validation:validateCompetency")).selectByValue(SERVICE_RECOVERY);
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "validation:validate"));
        assertEquals("Jamal Whitaker", Ui.byId(browser, "subjectName").getText());
        browser.driver().findElements(By.cssSelector(".indicator-verdict .ui-button")).stream()
                .filter(b -> b.getText().equals("Met")).forEach(WebElement::click);
        browser.driver().findElements(By.cssSelector(".level-choice input[type=radio]")).stream()
                .filter(r -> "3".equals(r.getAttribute("value"))).findFirst().orElseThrow().click();
        Ui.type(browser, "validation:password", DemoAccounts.PATIENT_RELATIONS_MANAGER.password);
        Ui.byId(browser, "validation:attest").click();
        browser.waitForAjax();
        Ui.byId(browser, "recorded");
        Ui.signOut(browser);

        // the nurse's manager reviews the case: a gap, approved into a course
        Ui.signIn(browser, DemoAccounts.MANAGER);
        browser.open("cases/case.xhtml?id=" + caseId);
        new Select(Ui.byId(browser, "review:gapPerson")).selectByValue(nurseId);
        new Select(Ui.byId(browser, "review:gapCompetency")).selectByValue(EMPATHY);
        new Select(Ui.byId(browser, "review:gapCourse")).selectByValue(COURSE);
        Ui.type(browser, "review:gapNote", "The change of plan was not explained to the son");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "review:recordGap"));
        assertTrue(browser.text().contains("Competency gap recorded"), browser.text());
        assertTrue(gapProgress().startsWith("Waiting for a manager's approval"), gapProgress());
        Ui.clickAndWaitForNewPage(browser, browser.driver().findElement(By.cssSelector("input[id$=':approve']")));
        assertTrue(browser.text().contains("Gap approved"), browser.text());
        assertTrue(gapProgress().startsWith("Required, due"), gapProgress());

        // her manager reminds her of it now: the e-mail the case brought about, received by an SMTP server
        remindAndCheckTheMail(nurseId);
        Ui.signOut(browser);

        // she sees it in her My learning, with the case's reference and nothing of the patient
        Ui.signIn(browser, nurseId.toLowerCase(), nursePassword(nurseId));
        browser.open("learning/index.xhtml");
        String reference = caseId.substring(0, 8).toUpperCase();
        assertTrue(browser.text().contains("Case review (case " + reference + ")"), browser.text());
        assertFalse(browser.driver().getPageSource().contains(patient));
        Ui.signOut(browser);

        complete(nurse);
        Ui.signIn(browser, DemoAccounts.MANAGER);
        browser.open("cases/case.xhtml?id=" + caseId);
        assertTrue(gapProgress().startsWith("Completed on"), gapProgress());
        Ui.signOut(browser);

        // a learner the case does not name, and a manager of another department: the page of a case that is not there
        String missing = "cases/case.xhtml?id=00000000-0000-4000-8000-000000000000";
        String outsiderId = SampleStaff.uniqueEmployeeId();
        String outsiderPassword = outsider(admin, outsiderId);
        Ui.signIn(browser, DemoAccounts.LEARNER);
        assertNotFoundLikeAMissingCase(caseId, missing, patient);
        Ui.signOut(browser);
        Ui.signIn(browser, outsiderId.toLowerCase(), outsiderPassword);
        assertNotFoundLikeAMissingCase(caseId, missing, patient);

        // the audit trail keeps the override and the gap, by the case's opaque id
        String trail = admin.getJson("api/admin/audit?targetType=CaseRecord&targetId=" + caseId + "&max=200").body();
        assertTrue(trail.contains("CASE_OWNER_OVERRIDDEN") && trail.contains("Jamal speaks the family"), trail);
        assertTrue(trail.contains("CASE_COMPETENCY_GAP_RECORDED") && trail.contains("CASE_COMPETENCY_GAP_APPROVED"),
                trail);
        assertFalse(trail.contains(patient), trail);
        // every view (each time the case's page was opened: a step's answer opens it again) and both refusals
        assertEquals(2, count(trail, DemoAccounts.LIAISON.username, "CASE_VIEWED"), trail);
        assertEquals(2, count(trail, DemoAccounts.PATIENT_RELATIONS_MANAGER.username, "CASE_VIEWED"), trail);
        assertEquals(4, count(trail, DemoAccounts.MANAGER.username, "CASE_VIEWED"), trail);
        for (String outsider : List.of(DemoAccounts.LEARNER.username, outsiderId.toLowerCase())) {
            assertEquals(1, count(trail, outsider, "CASE_ACCESS_REFUSED"), outsider + ": " + trail);
            assertEquals(0, count(trail, outsider, "CASE_VIEWED"), outsider + ": " + trail);
        }

        // nothing of the patient reached the LRS (the nurse's lessons, the evidence) or the server's logs
        HttpResponse<String> statements = new Lrs(base).send("GET", "statements?since=" + started + "&limit=500",
                null, (String) null);
        assertEquals(200, statements.statusCode(), statements.body());
        assertTrue(statements.body().contains(COURSE), "the nurse's statements are there");
        JsonObject validation = Json.object(statements.body()).getJsonArray("statements").stream()
                .map(JsonValue::asJsonObject).filter(st -> st.getJsonObject("object").getString("id")
                        .endsWith("/competencies/" + SERVICE_RECOVERY)
                        && st.toString().contains("/xapi/evidence-kinds/observed-validation")).findFirst()
                .orElseThrow(() -> new AssertionError("no validation of service recovery: " + statements.body()));
        assertTrue(validation.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("other")
                .stream().map(JsonValue::asJsonObject).anyMatch(a -> a.getString("id").endsWith("/cases/" + caseId)),
                "the case is the validation's context, by its opaque IRI: " + validation);
        assertFalse(statements.body().contains(patient), "the LRS names the patient");
        PatientReferences.assertNoneInLrs(base);
        PatientReferences.assertNoneInLogs();
    }

    /**
     * "Remind now" on My team for the nurse, with GreenMail listening where the test server's relay points
     * ({@code carelearn.smtp.port}): the reminder is delivered before the page answers. Its text names the course
     * the case review required and nothing of the case.
     */
    private void remindAndCheckTheMail(String nurseId) throws MessagingException {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("carelearn.it.smtp.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            browser.open("team/index.xhtml");
            Ui.type(browser, "workbench:search", nurseId);
            Ui.until(browser, d -> Ui.rows(browser, "workbench:rows").size() == 1);
            Ui.byId(browser, "workbench:remindView").click();
            Ui.until(browser, d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
            browser.waitForAjax();
            Ui.until(browser, d -> Ui.byId(browser, "messages").getText().contains("Reminded 1 person."));
            MimeMessage toNurse = null;
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (InternetAddress.toString(message.getAllRecipients()).contains(nurseId.toLowerCase())) {
                    toNurse = message;
                }
            }
            assertTrue(toNurse != null, "the nurse's reminder was delivered");
            assertTrue(GreenMailUtil.getBody(toNurse).contains("Empathetic communication"),
                    GreenMailUtil.getBody(toNurse));
            PatientReferences.assertNoneInMail(smtp);
        } finally {
            smtp.stop();
        }
    }

    /** The case's address and an id no case has give the same page, and it names nothing of the case. */
    private void assertNotFoundLikeAMissingCase(String caseId, String missing, String patient) {
        browser.open(missing);
        String notThere = browser.text();
        assertTrue(notThere.contains("There is no page at this address"), notThere);
        browser.open("cases/case.xhtml?id=" + caseId);
        assertEquals(notThere, browser.text(), "the same answer as for a case that does not exist");
        assertFalse(browser.driver().getPageSource().contains(patient));
    }

    /** A manager of the infusion center (another department than the case's), with a password of their own. */
    private String outsider(WebClient admin, String employeeId) {
        String json = SampleStaff.json(employeeId, "Ines", "Outside", "INFUSION", "RN-INFUSION", "LR4001")
                .replace("\"hireDate\"", "\"roles\":[\"LEARNER\",\"MANAGER\"],\"hireDate\"");
        HttpResponse<String> created = admin.post("api/admin/staff", "application/json", json);
        assertEquals(201, created.statusCode(), created.body());
        String temporary = Json.object(admin.post("api/admin/accounts/" + employeeId.toLowerCase()
                + "/temporary-password", "application/json", "").body()).getString("temporaryPassword");
        WebClient person = new WebClient(base);
        person.signIn(employeeId.toLowerCase(), temporary);
        String password = "Other-Ward-Lead-" + employeeId.substring(1, 5);
        HttpResponse<String> changed = person.put("api/me/password", "application/json",
                "{\"current\": \"" + temporary + "\", \"replacement\": \"" + password + "\"}");
        assertTrue(changed.statusCode() < 300, changed.body());
        return password;
    }

    /** How many of the trail's events (JSON from /api/admin/audit) are {@code action} by {@code actor}. */
    private static long count(String trail, String actor, String action) {
        return Json.object(trail).getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .filter(e -> actor.equals(e.getString("actor", "")) && action.equals(e.getString("action"))).count();
    }

    /** A nurse of the inpatient oncology unit, under the demo manager, signed in with a password of her own. */
    private WebClient nurse(WebClient admin, String nurseId) {
        HttpResponse<String> created = admin.post("api/admin/staff", "application/json",
                SampleStaff.json(nurseId, "Noor", "Case", "ONC-INPT", "RN-ONC", "LR3001"));
        assertEquals(201, created.statusCode(), created.body());
        String temporary = Json.object(admin.post("api/admin/accounts/" + nurseId.toLowerCase()
                + "/temporary-password", "application/json", "").body()).getString("temporaryPassword");
        WebClient nurse = new WebClient(base);
        nurse.signIn(nurseId.toLowerCase(), temporary);
        String password = nursePassword(nurseId);
        HttpResponse<String> changed = nurse.put("api/me/password", "application/json",
                "{\"current\": \"" + temporary + "\", \"replacement\": \"" + password + "\"}");
        assertTrue(changed.statusCode() < 300, changed.body());
        return nurse;
    }

    private static String nursePassword(String nurseId) {
        return "Bedside-Calm-" + nurseId.substring(1, 5);
    }

    private String recordComplaintNaming(String nurseId, String patient) {
        browser.open("cases/intake.xhtml");
        new Select(Ui.byId(browser, "intake:channel")).selectByVisibleText("Telephone");
        Ui.type(browser, "intake:patientId", patient);
        Ui.type(browser, "intake:patientInitials", "N.C.");
        new Select(Ui.byId(browser, "intake:department")).selectByVisibleText("Inpatient Oncology Nursing");
        new Select(Ui.byId(browser, "intake:stage")).selectByVisibleText("Care on the ward");
        browser.driver().findElement(By.cssSelector("input[value='COMMUNICATION']")).click();
        Ui.type(browser, "intake:summary", "The son was not told the plan changed after the morning round.");
        Ui.byId(browser, "intake:staffInvolved_input").sendKeys(nurseId);
        WebElement suggestion = Ui.until(browser, d -> d.findElements(By.cssSelector(".ui-autocomplete-item"))
                .stream().filter(e -> e.isDisplayed() && e.getText().contains(nurseId)).findFirst().orElse(null));
        suggestion.click();
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "intake:record"));
        assertTrue(browser.text().contains("The complaint is recorded."), browser.text());
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
    }

    private List<WebElement> candidateRow(String name) {
        return browser.driver().findElements(By.cssSelector("table[id='ownerDialog:candidates'] tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not a candidate: " + browser.text()))
                .findElements(By.tagName("td"));
    }

    private String candidateCell(String name, int column) {
        return candidateRow(name).get(column).getText().strip();
    }

    private WebElement giveButton(String name) {
        return candidateRow(name).get(3).findElement(By.cssSelector("input[type='submit']"));
    }

    private String gapProgress() {
        return browser.driver().findElement(By.cssSelector("table[id='gaps'] .gap-progress")).getText();
    }

    /** Every lesson completed and the assessment passed, as the course's AUs report them over xAPI. */
    private void complete(WebClient nurse) {
        long enrolment = Json.array(nurse.getJson("api/me/learning").body()).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("courseIri").equals(COURSE)).findFirst()
                .orElseThrow(() -> new AssertionError("No enrolment in " + COURSE)).getJsonNumber("id").longValue();
        for (String au : List.of("listening", "bad-news", "families", "assessment")) {
            HttpResponse<String> launched = nurse.post("api/me/learning/" + enrolment + "/launches",
                    "application/json", "{\"au\": \"" + COURSE + "/au/" + au + "\"}");
            assertEquals(200, launched.statusCode(), launched.body());
            Cmi5Au lesson = new Cmi5Au(Json.object(launched.body()).getString("url"));
            JsonObject data = lesson.start();
            assertEquals(200, lesson.post(lesson.statement(data, INITIALIZED, null, true)).statusCode());
            String finished = au.equals("assessment")
                    ? lesson.statement(data, PASSED, "{\"success\": true, \"score\": {\"scaled\": 1.0},"
                            + " \"duration\": \"PT4M\"}", true)
                    : lesson.statement(data, COMPLETED, "{\"completion\": true, \"duration\": \"PT3M\"}", true);
            HttpResponse<String> posted = lesson.post(finished);
            assertEquals(200, posted.statusCode(), au + ": " + posted.body());
            assertEquals(200, lesson.post(lesson.statement(data, TERMINATED, "{\"duration\": \"PT4M\"}", true))
                    .statusCode());
        }
    }
}
