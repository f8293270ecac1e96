package org.carelearn.xapi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.ScreenshotOnFailure;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admins' view of the LRS: the newest statement first, one person's records found by name, employee id or
 * e-mail, and LRS clients issued and revoked (closed to others).
 */
class StatementBrowserIT extends DeployedCareLearn {

    /** A demo nurse no other test touches: the waiver below is the only learning record of theirs. */
    private static final String PERSON = "Diego Alvarez";
    private static final String EMPLOYEE_ID = "LR3005";
    private static final String COURSE = "https://carelearn.example/courses/empathetic-communication";

    private Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminRevokesAClientThenFindsOnePersonsRecords() {
        browser = new Browser(base);
        Ui.signIn(browser, DemoAccounts.ADMIN);
        browser.open("admin/lrs-clients.xhtml");

        String name = "Revocation check " + UUID.randomUUID();
        Ui.type(browser, "clients:name", name);
        browser.driver().findElement(By.id("clients:create")).click();
        String key = Ui.byId(browser, "issuedKey").getText();
        String secret = Ui.byId(browser, "issuedSecret").getText();
        Lrs lrs = new Lrs(base);
        assertEquals(200, lrs.send("GET", "statements?limit=1", null, null, key, secret).statusCode());
        assertEquals("", Ui.byId(browser, "clients:name").getAttribute("value"), "the form is empty again");

        // the new-client form's Name is empty (and required): revoking must not depend on it
        String table = browser.find(".ui-datatable[id$=':list']").getAttribute("id");
        WebElement row = Ui.until(browser, d -> d.findElements(By.cssSelector("[id='" + table + "_data'] > tr"))
                .stream().filter(r -> r.getText().contains(key)).findFirst().orElse(null));
        row.findElement(By.xpath(".//button[normalize-space()='Revoke']")).click();
        Ui.confirm(browser);
        browser.waitForText("Client " + name + " can no longer use the LRS.");
        assertTrue(Ui.rows(browser, table).stream().anyMatch(r -> r.get(1).equals(key)
                && r.get(4).equals("Revoked")), Ui.rows(browser, table).toString());
        assertEquals(401, lrs.send("GET", "statements?limit=1", null, null, key, secret).statusCode(),
                "the revoked credentials stop working");

        // a name longer than the field allows is refused, not cut short
        int clients = Ui.rows(browser, table).size();
        Ui.type(browser, "clients:name", "x".repeat(121));
        browser.driver().findElement(By.id("clients:create")).click();
        browser.waitForText("Name: at most 120 characters (this one has 121).");
        assertTrue(Ui.byId(browser, "clients:name").getAttribute("value").length() == 121, "the text is kept");
        assertEquals(clients, Ui.rows(browser, table).size(), "no client was created");

        waiveTheFirstLessonOf(EMPLOYEE_ID);
        browser.open("admin/statements.xhtml");
        for (String who : List.of(PERSON, EMPLOYEE_ID.toLowerCase(), "diego.alvarez@lindenridge.example")) {
            Ui.type(browser, "statements:person", who);
            browser.driver().findElement(By.id("statements:filter")).click();
            browser.waitForAjax();
            Ui.until(browser, d -> Ui.report(browser, "statements:list").equals("1 statement"));
            List<List<String>> rows = Ui.rows(browser, "statements:list");
            assertEquals(1, rows.size(), who + ": " + rows);
            assertEquals(PERSON + " (" + EMPLOYEE_ID + ")", rows.get(0).get(1), who);
            assertTrue(rows.get(0).get(2).endsWith("/waived"), rows.toString());
        }
        // another filter beside the person found keeps the person
        Ui.type(browser, "statements:verb", "https://w3id.org/xapi/adl/verbs/waived");
        browser.driver().findElement(By.id("statements:filter")).click();
        browser.waitForAjax();
        Ui.until(browser, d -> Ui.report(browser, "statements:list").equals("1 statement"));
        Ui.type(browser, "statements:verb", "");

        Ui.type(browser, "statements:person", "Nobody-by-this-name");
        browser.driver().findElement(By.id("statements:filter")).click();
        browser.waitForText("No one in the staff directory matches \"Nobody-by-this-name\".");
    }

    private void waiveTheFirstLessonOf(String employeeId) {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        JsonObject enrolment = Json.array(admin.getJson("api/admin/enrolments?employeeId=" + employeeId).body())
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("courseIri").equals(COURSE))
                .findFirst().orElseThrow();
        HttpResponse<String> waived = admin.post("api/admin/enrolments/" + enrolment.getInt("id") + "/waivers",
                "application/json", "{\"au\": \"" + COURSE + "/au/listening\", \"reason\": \"Tested Out\"}");
        assertEquals(204, waived.statusCode(), waived.body());
    }

    @Test
    void theNewestStatementIsOnTheFirstPage() {
        String verb = "https://carelearn.example/verbs/browsed/" + UUID.randomUUID();
        HttpResponse<String> stored = new Lrs(base).send("POST", "statements", "application/json", """
                {"actor":{"name":"Kofi Asante","mbox":"mailto:kofi.asante@lindenridge.example"},"verb":{"id":"%s"},
                 "object":{"id":"https://carelearn.example/activities/family-meeting"}}""".formatted(verb));
        assertEquals(200, stored.statusCode(), stored.body());

        String page = WebClient.signedIn(base, DemoAccounts.ADMIN).get("admin/statements.xhtml").body();
        assertTrue(page.contains(verb), "the newest statement is listed");
        assertTrue(page.contains("Kofi Asante"));
        assertTrue(page.matches("(?s).*\\d+ statements?.*"), "the total is shown");
    }

    @Test
    void onlyAdminsManageLrsClients() {
        assertEquals(403, WebClient.signedIn(base, DemoAccounts.MANAGER).get("admin/lrs-clients.xhtml").statusCode());
        String page = WebClient.signedIn(base, DemoAccounts.ADMIN).get("admin/lrs-clients.xhtml").body();
        assertTrue(page.contains("demo-lrs-client"));
        assertTrue(!page.contains("Demo-LRS-Secret-2026"), "a secret is never shown again");
    }
}
