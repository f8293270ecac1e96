package org.carelearn.xapi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/** The admins' view of the LRS: the newest statement first, and LRS client management closed to others. */
class StatementBrowserIT extends DeployedCareLearn {

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
        assertTrue(page.matches("(?s).*\\d+ statements.*"), "the total is shown");
    }

    @Test
    void onlyAdminsManageLrsClients() {
        assertEquals(403, WebClient.signedIn(base, DemoAccounts.MANAGER).get("admin/lrs-clients.xhtml").statusCode());
        String page = WebClient.signedIn(base, DemoAccounts.ADMIN).get("admin/lrs-clients.xhtml").body();
        assertTrue(page.contains("demo-lrs-client"));
        assertTrue(!page.contains("Demo-LRS-Secret-2026"), "a secret is never shown again");
    }
}
