package org.carelearn.catalog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carelearn.testing.BrokenPackages;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin imports a course on the Course catalog page and finds it there with its structure, offers it to
 * learners and later retires it; a broken package is refused with every reason listed and nothing added.
 */
class CourseCatalogBrowserIT extends BrowserJourney {

    private static final String BUILT_IN = "https://carelearn.example/courses/trauma-informed-care";

    @TempDir
    Path files;

    @Test
    void anAdminImportsACourseAndSeesItsStructure() throws IOException {
        String iri = SampleCourses.uniqueCourseIri();
        Path zip = Files.write(files.resolve("listening.zip"), SampleCourses.goodPackage(iri, "Listening well"));
        Ui.signIn(browser, DemoAccounts.ADMIN);
        Ui.openSubmenu(browser, "nav:admin");
        Ui.clickAndWaitForNewPage(browser, browser.driver().findElement(By.linkText("Course catalog")));
        assertEquals("Course catalog", Ui.heading(browser));
        List<String> builtIn = Ui.column(browser, "courses", 0);
        assertTrue(builtIn.stream().anyMatch(c -> c.startsWith("Trauma-informed care")), builtIn.toString());

        upload(zip);

        assertEquals("Listening well", Ui.heading(browser));
        assertTrue(browser.text().contains("Imported Listening well, version 1 (2 AUs)."), browser.text());
        List<List<String>> structure = Ui.rows(browser, "structure");
        assertEquals(3, structure.size(), structure.toString());
        assertTrue(structure.get(0).get(0).startsWith("AU lesson"), structure.toString());
        assertEquals("Completed", structure.get(0).get(1));
        assertTrue(structure.get(1).get(0).startsWith("Block: Check"), structure.toString());
        assertEquals(List.of("Passed", "0.8", "OwnWindow"), structure.get(2).subList(1, 4));
        assertTrue(structure.get(2).get(4).startsWith("assessment/index.html?mode=exam"), structure.toString());
        assertEquals(List.of("1"), Ui.column(browser, "history", 0));

        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "back"));
        assertTrue(Ui.rows(browser, "courses").stream().anyMatch(row -> row.get(0).startsWith("Listening well")
                && row.get(0).contains(iri) && row.get(1).equals("1") && row.get(2).equals("2")
                && row.get(5).equals("admin")), Ui.rows(browser, "courses").toString());

        // a new import waits for an admin to offer it; the built-in courses are offered from the start
        assertTrue(availability(iri).startsWith("Not offered"), availability(iri));
        assertTrue(availability(BUILT_IN).startsWith("Offered"), availability(BUILT_IN));
        // the demo manager is enrolled in two of the three built-in courses, not in the third
        WebClient learner = WebClient.signedIn(base, DemoAccounts.MANAGER);
        assertTrue(!offeredTo(learner, "Listening well"), "not in the learners' catalog yet");
        assertTrue(offeredTo(learner, "Cultural sensitivity and language access"), "the built-in courses are");

        act(iri, "Offer");
        browser.waitForText("Listening well is offered in the catalog: staff may enrol themselves.");
        assertTrue(availability(iri).startsWith("Offered"), availability(iri));
        assertTrue(offeredTo(learner, "Listening well"));
        HttpResponse<String> enrolled = learner.post("api/me/learning", "application/json",
                "{\"courseIri\": \"" + iri + "\"}");
        assertEquals(201, enrolled.statusCode(), enrolled.body());

        act(iri, "Retire");
        Ui.confirm(browser);
        browser.waitForText("Listening well is retired: nobody new can enrol; those enrolled keep it.");
        assertTrue(availability(iri).startsWith("Retired"), availability(iri));
        String myLearning = learner.get("learning/index.xhtml").body();
        assertTrue(!offeredTo(learner, "Listening well"), "gone from the catalog");
        assertTrue(myLearning.contains(">Listening well</a>"), "the learner who enrolled keeps the course");
        HttpResponse<String> refused = WebClient.signedIn(base, DemoAccounts.LEARNER).post("api/me/learning",
                "application/json", "{\"courseIri\": \"" + iri + "\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Listening well is retired: nobody new can enrol in it"), refused.body());

        act(iri, "Return to the catalog");
        browser.waitForText("Listening well is no longer retired; offer it when staff may enrol themselves.");
        assertTrue(availability(iri).startsWith("Not offered"), availability(iri));
    }

    /** What the catalog page says of a course's place in the learners' catalog (the last column). */
    private String availability(String courseIri) {
        return Ui.rows(browser, "courses").stream().filter(row -> row.get(0).contains(courseIri)).findFirst()
                .map(row -> row.get(6)).orElseThrow(() -> new AssertionError("no course " + courseIri));
    }

    /** Clicks a button of the course's row. */
    private void act(String courseIri, String button) {
        browser.driver().findElements(By.cssSelector("[id='courses_data'] > tr")).stream()
                .filter(row -> row.getText().contains(courseIri)).findFirst().orElseThrow()
                .findElement(By.xpath(".//button[normalize-space()='" + button + "']")).click();
    }

    private static boolean offeredTo(WebClient learner, String title) {
        return learner.get("learning/index.xhtml").body().contains("aria-label=\"Enrol in " + title + "\"");
    }

    @Test
    void aBrokenPackageShowsEveryReasonAndAddsNothing() throws IOException {
        Path broken = Files.write(files.resolve(BrokenPackages.BAD_MOVE_ON.fileName), BrokenPackages.BAD_MOVE_ON.bytes());
        Ui.signIn(browser, DemoAccounts.ADMIN);
        browser.open("admin/courses.xhtml");
        int before = Ui.rows(browser, "courses").size();

        upload(broken);

        assertEquals("Course catalog", Ui.heading(browser));
        assertTrue(browser.text().contains("The package bad-move-on.zip was not imported: 1 problem"), browser.text());
        List<String> reasons = browser.driver().findElements(By.cssSelector("#reasons li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).endsWith("/au/one': moveOn 'Complete' is not one of NotApplicable, Passed,"
                + " Completed, CompletedAndPassed, CompletedOrPassed"), reasons.toString());
        assertEquals(before, Ui.rows(browser, "courses").size());
    }

    private void upload(Path file) {
        browser.driver().findElement(By.cssSelector("[id='upload'] input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "upload:import"));
    }
}
