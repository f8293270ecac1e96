package org.carelearn.competency.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.List;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.competency.application.CompetencyRequirements;
import org.carelearn.competency.application.CourseMappings;
import org.carelearn.competency.application.EvidenceLedger;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.EvidenceDocumentContent;
import org.carelearn.competency.domain.EvidenceKind;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.competency.domain.NewEvidence;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.SampleFrameworks;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The competency journey: a framework requires "Active listening" of oncology nurses at level 2 (in the server);
 * an administrator maps a course to it on the requirements page; the demo learner (Aisha Bello, an oncology nurse)
 * completes the course (her lessons waived by the LMS, the fast way launch tests complete a course, so learning
 * reports a real completion); her profile shows the competency at the course's level, her manager's grid shows it,
 * and the REST API answers who is competent. A learner who asks for someone else's profile gets 403, audited; a
 * manager sees only their line. A fixture nurse whose competencies lapsed (in the server, with evidence dated in
 * the past) finds the course that renews one in her My learning, with the reason, and the observed validation
 * CareLearn requested for the other, which no course renews, on her profile.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetencyJourneyIT {

    /** Fixed identifiers: publishing the same framework again (a second run on the same database) changes nothing. */
    static final String FRAMEWORK = "5f3e2a10-6c1d-4e8b-9a7f-1c2d3e4f5a60";
    static final String LISTENING = "5f3e2a10-6c1d-4e8b-9a7f-1c2d3e4f5a61";
    static final String TITLE = "Active listening (journey)";
    static final String LEARNER = "LR3002";
    static final String OUTSIDE_LINE = "LR4001";
    /** Renewed only by observed validation: no course shows it. */
    static final String BEDSIDE = "5f3e2a10-6c1d-4e8b-9a7f-1c2d3e4f5a64";
    static final String BEDSIDE_TITLE = "Calm at the bedside (journey)";
    /**
     * A fixture oncology nurse whose competencies have lapsed (fixed, as the server's steps and the browser's run in
     * different JVMs); in the survivorship clinic, where the journey alone requires Calm at the bedside.
     */
    static final String LAPSED = "T1000000902";
    static final String LAPSED_PASSWORD = "Renewal-Journey-2026";
    static final String RENEWING_COURSE = "https://journey.carelearn.example/courses/listening-refresher";
    static final String RENEWING_TITLE = "Listening refresher (journey)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    Frameworks frameworks;

    @Inject
    CompetencyRequirements requirements;

    @Inject
    CourseMappings mappings;

    @Inject
    EvidenceLedger ledger;

    @Inject
    Catalog catalog;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    Accounts accounts;

    @Inject
    HospitalTime time;

    @Test
    @Order(1)
    void oncologyNursesNeedActiveListeningAtLevelTwo() {
        Actor admin = new Actor("admin", "10.9.8.7");
        frameworks.publish(admin, journeyFramework());
        requirements.set(admin, "RN-ONC", null, LISTENING, 2, 24);
        requirements.set(admin, "RN-ONC", "SURVIVORSHIP", BEDSIDE, 1, 12);
    }

    /**
     * The fixture nurse completed the listening refresher (mapped to show Active listening at level 2) 25 months
     * ago, and her manager attested prior learning of Calm at the bedside 13 months ago: both have lapsed. The
     * completion is recorded as evidence given then (a real completion cannot be dated in the past).
     */
    @Test
    @Order(2)
    void aNurseWhoseCompetenciesLapsed() {
        Actor admin = new Actor("admin", "10.9.8.7");
        ImportResult staff = hrFeed.run(admin, "journey-lapsed.csv", new StringReader(SampleStaff.hrFeed(String.join(
                ",", LAPSED, "Rosa", "Lapsed", LAPSED.toLowerCase() + "@journey.lindenridge.example", "SURVIVORSHIP",
                "RN-ONC", "LR3001", "2020-04-01", "true"))), ImportProgress.NONE);
        assertTrue(staff.accepted(), staff.problems().toString());
        accounts.setPassword(admin, LAPSED.toLowerCase(), LAPSED_PASSWORD.toCharArray(), false);
        if (catalog.course(RENEWING_COURSE).isEmpty()) {
            catalog.importPackage("journey-renewal.zip", new ByteArrayInputStream(SampleCourses.goodPackage(
                    RENEWING_COURSE, RENEWING_TITLE)), admin);
        }
        mappings.set(admin, RENEWING_COURSE, LISTENING, 2);
        ZonedDateTime now = ZonedDateTime.now(time.getZone());
        ledger.record(Actor.system(), NewEvidence.courseCompletion(LAPSED, LISTENING, 2, RENEWING_COURSE,
                RENEWING_TITLE), now.minusMonths(25).toInstant());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        ledger.record(admin, new NewEvidence(LAPSED, BEDSIDE, EvidenceKind.PRIOR_LEARNING, 2, "LR3001",
                "Hospice volunteer, 2024", null, List.of(), EvidenceDocumentContent.of("hospice.png", png)),
                now.minusMonths(13).toInstant());
    }

    @Test
    @Order(3)
    @RunAsClient
    void aCompletedMappedCourseShowsTheCompetencyOnHerProfileAndInTheGrid() throws Exception {
        URL base = base();
        String courseTitle = "Listening course " + System.nanoTime();
        SampleCourses.Enrolled enrolled = SampleCourses.enrolledInNewCourse(base, DemoAccounts.LEARNER, courseTitle);
        try (Browser browser = new Browser(base)) {
            Ui.signIn(browser, DemoAccounts.ADMIN);
            browser.open("admin/competencies.xhtml");
            Ui.choose(browser, "settings:course", courseTitle);
            Ui.choose(browser, "settings:courseCompetency", TITLE);
            Ui.choose(browser, "settings:courseLevel", "Level 2");
            browser.find("[id='settings:setMapping']").click();
            browser.waitForAjax();
            assertTrue(browser.text().contains("shows " + TITLE + " at Level 2, Competent"), browser.text());
            Ui.signOut(browser);

            for (String au : List.of(enrolled.lesson(), enrolled.courseIri() + "/au/assessment")) {
                HttpResponse<String> waived = enrolled.admin().post("api/admin/enrolments/" + enrolled.enrolment()
                        + "/waivers", "application/json", "{\"au\": \"" + au + "\", \"reason\": \"Tested Out\"}");
                assertEquals(204, waived.statusCode(), waived.body());
            }

            Ui.signIn(browser, DemoAccounts.LEARNER);
            browser.open("competency/profile.xhtml");
            WebElement line = browser.find("section[data-competency='" + LISTENING + "']");
            assertTrue(line.getText().contains("Competent"), line.getText());
            assertEquals("Level 2, Competent", line.findElement(By.cssSelector(".level-shown")).getText());
            assertTrue(line.getText().contains("Course completed"), "the evidence behind it: " + line.getText());
            Ui.signOut(browser);

            Ui.signIn(browser, DemoAccounts.MANAGER);
            browser.open("competency/grid.xhtml?competency=" + LISTENING + "&status=COMPETENT");
            WebElement cell = browser.find("tr[data-employee='" + LEARNER + "'] td[data-competency='" + LISTENING
                    + "']");
            assertTrue(cell.getText().contains("Competent"), cell.getText());
            assertTrue(cell.getText().contains("2 of 2"), cell.getText());
            Ui.signOut(browser);

            // the fixture nurse (aNurseWhoseCompetenciesLapsed), in the same browser: My learning requires the
            // course that renews Active listening, saying why; her profile shows it expired, and the observed
            // validation CareLearn requested to renew Calm at the bedside, which no course shows. (No lambda over
            // Selenium's types here: this class is also loaded in the server, which has no Selenium.)
            Ui.signIn(browser, LAPSED.toLowerCase(), LAPSED_PASSWORD);
            browser.open("learning/index.xhtml");
            String renewal = null;
            for (WebElement row : browser.driver().findElements(By.cssSelector("#required tbody tr"))) {
                renewal = row.getText().contains(RENEWING_TITLE) ? row.getText() : renewal;
            }
            assertTrue(renewal != null, "no required " + RENEWING_TITLE + " in " + browser.text());
            assertTrue(renewal.contains("Renews competency: " + TITLE), "why it is required: " + renewal);

            browser.open("competency/profile.xhtml");
            WebElement lapsed = browser.find("section[data-competency='" + LISTENING + "']");
            assertEquals("Expired", lapsed.findElement(By.cssSelector(".competency-badge")).getText());
            String request = null;
            for (WebElement item : browser.driver().findElements(By.cssSelector("li.validation-request"))) {
                request = item.getText().startsWith(BEDSIDE_TITLE) ? item.getText() : request;
            }
            assertTrue(request != null, "no request for " + BEDSIDE_TITLE + " in " + browser.text());
            assertTrue(request.startsWith(BEDSIDE_TITLE + ": renewal: observed validation requested on "), request);
            assertTrue(request.contains("waiting for a validator"), request);
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void theApiAnswersWithinEachPersonsAuthorityAndAuditsWhatItRefuses() throws Exception {
        URL base = base();
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        WebClient manager = WebClient.signedIn(base, DemoAccounts.MANAGER);
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);

        HttpResponse<String> own = learner.getJson("api/competencies/people/" + LEARNER + "/profile");
        assertEquals(200, own.statusCode(), own.body());
        JsonObject listening = Json.object(own.body()).getJsonArray("competencies").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("competency").equals(LISTENING)).findFirst().orElseThrow();
        assertEquals("COMPETENT", listening.getString("status"));
        assertEquals(2, listening.getInt("levelShown"));

        assertEquals(403, learner.getJson("api/competencies/people/" + OUTSIDE_LINE + "/profile").statusCode());
        assertEquals(403, learner.getJson("api/competencies/" + LISTENING + "/competent").statusCode());
        assertEquals(403, manager.getJson("api/competencies/people/" + OUTSIDE_LINE + "/evidence").statusCode());
        assertEquals(200, manager.getJson("api/competencies/people/" + LEARNER + "/evidence").statusCode());
        JsonArray refused = Json.object(admin.getJson("api/admin/audit?action=COMPETENCY_ACCESS_REFUSED&max=1000")
                .body()).getJsonArray("events");
        assertTrue(refused.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("actor").equals("learner")
                && e.getString("detail").contains(OUTSIDE_LINE)), refused.toString());

        HttpResponse<String> competent = manager.getJson("api/competencies/" + LISTENING + "/competent?level=2");
        assertEquals(200, competent.statusCode(), competent.body());
        assertTrue(Json.array(competent.body()).getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("employeeId").equals(LEARNER)), competent.body());
        assertTrue(Json.array(manager.getJson("api/competencies/" + LISTENING + "/competent").body())
                .getValuesAs(JsonObject.class).stream().noneMatch(p -> p.getString("employeeId")
                        .equals(OUTSIDE_LINE)), "only the manager's line");
        assertEquals(404, manager.getJson("api/competencies/" + "not-a-competency/competent").statusCode());
    }

    /** The server's address: the test server runs with the port offset the build was given. */
    private static URL base() throws MalformedURLException {
        int offset = Integer.getInteger("carelearn.port.offset", 0);
        return new URL("http://127.0.0.1:" + (8080 + offset) + "/");
    }

    static FrameworkDefinition journeyFramework() {
        return new FrameworkDefinition(FRAMEWORK, "Journey framework", "The browser journey's framework.",
                "CareLearn tests", "1", "en", SampleFrameworks.FOUR_LEVELS, List.of(),
                List.of(new CompetencyDefinition(LISTENING, "J.1", TITLE, "Listens to patients and families.", null,
                        List.of(new IndicatorDefinition("5f3e2a10-6c1d-4e8b-9a7f-1c2d3e4f5a62",
                                "Lets the person finish."), new IndicatorDefinition(
                                        "5f3e2a10-6c1d-4e8b-9a7f-1c2d3e4f5a63", "Checks what they heard.")),
                        null),
                        new CompetencyDefinition(BEDSIDE, "J.2", BEDSIDE_TITLE, "Stays calm with a distressed family.",
                                null, List.of(new IndicatorDefinition("5f3e2a10-6c1d-4e8b-9a7f-1c2d3e4f5a65",
                                        "Speaks slowly and quietly.")), null)),
                List.of("CareLearn test fixture, not guidance"));
    }
}
