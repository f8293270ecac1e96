package org.carelearn.competency.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin finds the demo patient relations framework on the Competency frameworks page with its scale,
 * domains, competencies and indicators; a broken CASE file is refused with every reason and nothing added; a good
 * one is imported and downloads again as CASE.
 */
class FrameworkAdminBrowserIT extends BrowserJourney {

    @TempDir
    Path files;

    @Test
    void anAdminReadsTheDemoFrameworkAndImportsAndExportsCaseFiles() throws IOException {
        Ui.signIn(browser, DemoAccounts.ADMIN);
        Ui.openSubmenu(browser, "nav:admin");
        Ui.clickAndWaitForNewPage(browser, browser.driver().findElement(By.linkText("Competency frameworks")));
        assertEquals("Competency frameworks", Ui.heading(browser));
        assertTrue(Ui.column(browser, "frameworks", 0).stream()
                .anyMatch(c -> c.startsWith("Patient relations competencies")), Ui.report(browser, "frameworks"));

        Ui.clickAndWaitForNewPage(browser, browser.driver().findElement(By.linkText("Patient relations competencies")));
        assertEquals("Patient relations competencies", Ui.heading(browser));
        assertEquals(List.of("Developing", "Proficient", "Advanced", "Role model"), Ui.column(browser, "scale", 1));
        List<String> competencies = browser.driver().findElements(By.cssSelector("article.framework-competency h4"))
                .stream().map(WebElement::getText).toList();
        assertEquals(10, competencies.size(), competencies.toString());
        assertTrue(competencies.contains("PR.4 Complaint and grievance handling"), competencies.toString());
        assertTrue(browser.text().contains("RES Resolving concerns and conflict"), "domains head their competencies");
        assertTrue(browser.text().contains("Sends a written response naming the contact person"), "indicators shown");
        assertTrue(browser.text().contains("42 CFR 482.13(a)(2)"), "notes cite their guidance");

        Path broken = Files.writeString(files.resolve("broken.json"), "{\"CFItems\": [{\"identifier\": \"x\"}]}");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "back"));
        List<String> before = Ui.column(browser, "frameworks", 0);
        upload(broken);
        List<String> reasons = browser.driver().findElements(By.cssSelector("#reasons li")).stream()
                .map(WebElement::getText).toList();
        assertTrue(reasons.contains("The package has no CFDocument: CASE needs one describing the framework (its"
                + " identifier, title and creator)"), reasons.toString());
        assertTrue(reasons.contains("CFItems[0] needs a UUID as its identifier, not \"x\""), reasons.toString());
        assertTrue(browser.text().contains("Why broken.json was not imported"));
        assertEquals(before, Ui.column(browser, "frameworks", 0));

        String id = UUID.randomUUID().toString();
        Path good = Files.writeString(files.resolve("good.json"), oneCompetency(id));
        upload(good);
        assertEquals("Night shift handover", Ui.heading(browser));
        assertTrue(browser.text().contains("\"Night shift handover\" version 1 published: 1 competencies"),
                browser.text());
        assertTrue(browser.text().contains("The package carries no proficiency levels"), browser.text());
        String href = Ui.byId(browser, "export").getAttribute("href");
        assertTrue(href.endsWith("/api/competencies/frameworks/" + id + "/versions/1/case"), href);
        HttpResponse<String> downloaded = WebClient.signedIn(base, DemoAccounts.ADMIN)
                .getJson(href.substring(href.indexOf("api/competencies")));
        assertEquals(200, downloaded.statusCode(), downloaded.body());
        assertEquals(id, Json.object(downloaded.body()).getJsonObject("CFDocument").getString("identifier"));
    }

    /** A small untyped CASE 1.1 package of another tool: one competency with two indicators, no levels. */
    private static String oneCompetency(String documentId) {
        String competency = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        return """
                {"CFDocument": {"identifier": "%1$s", "uri": "https://other.example/%1$s", "creator": "Other Hospital",
                  "title": "Night shift handover", "lastChangeDateTime": "2026-01-05T10:00:00Z", "caseVersion": "1.1"},
                 "CFItems": [
                  {"identifier": "%2$s", "fullStatement": "Hands over at the bedside", "uri": "https://other.example/c",
                   "lastChangeDateTime": "2026-01-05T10:00:00Z"},
                  {"identifier": "%3$s", "fullStatement": "Includes the patient", "uri": "https://other.example/i1",
                   "lastChangeDateTime": "2026-01-05T10:00:00Z"},
                  {"identifier": "%4$s", "fullStatement": "Checks the drips together", "uri": "https://other.example/i2",
                   "lastChangeDateTime": "2026-01-05T10:00:00Z"}],
                 "CFAssociations": [
                  {"identifier": "%5$s", "associationType": "isChildOf", "uri": "https://other.example/a1",
                   "lastChangeDateTime": "2026-01-05T10:00:00Z",
                   "originNodeURI": {"title": "c", "identifier": "%2$s", "uri": "https://other.example/c"},
                   "destinationNodeURI": {"title": "d", "identifier": "%1$s", "uri": "https://other.example/d"}},
                  {"identifier": "%6$s", "associationType": "isChildOf", "uri": "https://other.example/a2",
                   "lastChangeDateTime": "2026-01-05T10:00:00Z", "sequenceNumber": 1,
                   "originNodeURI": {"title": "i1", "identifier": "%3$s", "uri": "https://other.example/i1"},
                   "destinationNodeURI": {"title": "c", "identifier": "%2$s", "uri": "https://other.example/c"}},
                  {"identifier": "%7$s", "associationType": "isChildOf", "uri": "https://other.example/a3",
                   "lastChangeDateTime": "2026-01-05T10:00:00Z", "sequenceNumber": 2,
                   "originNodeURI": {"title": "i2", "identifier": "%4$s", "uri": "https://other.example/i2"},
                   "destinationNodeURI": {"title": "c", "identifier": "%2$s", "uri": "https://other.example/c"}}]}
                """.formatted(documentId, competency, first, second, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
    }

    private void upload(Path file) {
        browser.driver().findElement(By.cssSelector("[id='upload'] input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "upload:import"));
    }
}
