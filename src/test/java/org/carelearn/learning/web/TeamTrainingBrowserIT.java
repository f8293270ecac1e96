package org.carelearn.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A nurse manager sees on "My team" (the workbench) where each person of the line stands with each required
 * course. Beatriz
 * Santos (demo data: the three core courses, no other test touches her) has one course completed by waivers;
 * Kevin O'Rourke has started nothing. The manager opens a report's courses lesson by lesson, and nobody
 * else's.
 */
class TeamTrainingBrowserIT extends BrowserJourney {

    private static final String COURSE = "https://carelearn.example/courses/empathetic-communication";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    @Test
    void theManagerSeesEachReportsRequiredTraining() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        JsonArray enrolments = json(admin.getJson("api/admin/enrolments?employeeId=LR3011")).asJsonArray();
        JsonObject empathy = enrolments.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("courseIri").equals(COURSE)).findFirst().orElseThrow();
        // Demo data (demo/assignment-rules.csv): her other two courses are due 20 and 34 days after the demo
        // rules reached her, the day they enrolled her, in the hospital's calendar.
        JsonObject trauma = enrolments.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("courseIri").endsWith("/trauma-informed-care")).findFirst().orElseThrow();
        LocalDate nextDue = LocalDate.ofInstant(Instant.parse(trauma.getString("enrolledAt")),
                ZoneId.of("America/New_York")).plusDays(20);
        for (String au : List.of("listening", "bad-news", "families", "assessment")) {
            HttpResponse<String> waived = admin.post("api/admin/enrolments/" + empathy.getInt("id") + "/waivers",
                    "application/json", "{\"au\": \"" + COURSE + "/au/" + au + "\", \"reason\": \"Tested Out\"}");
            assertEquals(204, waived.statusCode(), waived.body());
        }

        Ui.signIn(browser, DemoAccounts.MANAGER);
        // the home page's card promises only what My team does
        String card = Ui.byId(browser, "managerPanel").getText();
        assertTrue(card.contains("where each of them stands with the courses required of them"), card);
        assertTrue(!card.toLowerCase().contains("assignment") && !card.toLowerCase().contains("competenc"), card);
        browser.open("team/index.xhtml");

        List<List<String>> santos = rowsOf("Santos, Beatriz");
        assertEquals(3, santos.size(), santos.toString());
        assertEquals("Completed", course(santos, "Empathetic communication with patients and families facing cancer")
                .get(5));
        List<String> traumaRow = course(santos, "Trauma-informed care");
        assertEquals(List.of("Not started", SHOWN.format(nextDue)), traumaRow.subList(5, 7), traumaRow.toString());
        List<List<String>> kevin = rowsOf("O'Rourke, Kevin");
        assertEquals(3, kevin.size(), kevin.toString());
        assertTrue(kevin.stream().noneMatch(r -> r.get(5).equals("Completed")), kevin.toString());

        rowsOf("Santos, Beatriz");
        browser.clickAndWaitForNewPage(browser.driver().findElement(By.linkText("Santos, Beatriz")));
        assertEquals("Training of Beatriz Santos", Ui.heading(browser));
        WebElement completed = browser.driver().findElements(By.cssSelector(".transcript-entry")).stream()
                .filter(e -> e.findElement(By.cssSelector("h2")).getText()
                        .equals("Empathetic communication with patients and families facing cancer"))
                .findFirst().orElseThrow(() -> new AssertionError(browser.text()));
        assertTrue(completed.findElement(By.cssSelector(".enrolment-line")).getText()
                .startsWith("Required · Completed · 100%"), completed.getText());
        assertEquals(List.of("Waived", "Waived", "Waived", "Waived"), completed
                .findElements(By.cssSelector(".enrolment-lessons tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList());
        assertEquals(3, browser.driver().findElements(By.cssSelector(".transcript-entry")).size());
    }

    @Test
    void aManagerSeesNothingOfSomeoneWhoDoesNotReportToThem() {
        Ui.signIn(browser, DemoAccounts.MANAGER);
        browser.open("team/member.xhtml?employeeId=LR1004");

        assertTrue(browser.text().contains("No one with employee id LR1004 is in your line."), browser.text());
        assertTrue(browser.driver().findElements(By.cssSelector(".transcript-entry")).isEmpty());
        assertTrue(!browser.text().contains("Helen") && !browser.text().contains("Cultural sensitivity"),
                "nothing about the person or their courses: " + browser.text());
    }

    /** The workbench's rows of one person, found with its name search. */
    private List<List<String>> rowsOf(String name) {
        Ui.type(browser, "workbench:search", name);
        return Ui.until(browser, d -> {
            List<List<String>> rows = Ui.rows(browser, "workbench:rows");
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.get(0).equals(name)) ? rows : null;
        });
    }

    private static List<String> course(List<List<String>> rows, String title) {
        return rows.stream().filter(r -> r.get(4).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + title + " in " + rows));
    }

    private static JsonValue json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readValue();
    }
}
