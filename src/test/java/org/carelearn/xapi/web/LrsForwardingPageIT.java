package org.carelearn.xapi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/** admin/lrs-forwarding.xhtml over HTTP: admins only, and the secret goes in but never comes back out. */
class LrsForwardingPageIT extends DeployedCareLearn {

    private static final String PAGE = "admin/lrs-forwarding.xhtml";

    @Test
    void anAdminSetsTheExternalLrsAndTheSecretIsNeverShownBack() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String page = admin.get(PAGE).body();
        assertTrue(page.contains("Statements waiting"), page);
        String secret = "page-it-" + UUID.randomUUID();
        String endpoint = "http://127.0.0.1:1/xapi";

        HttpResponse<String> saved = admin.postForm(PAGE, "settings=settings&settings%3Aendpoint="
                + WebClient.encode(endpoint) + "&settings%3Akey=carelearn-page-it&settings%3Asecret="
                + WebClient.encode(secret) + "&settings%3Asave=settings%3Asave&jakarta.faces.ViewState="
                + WebClient.encode(viewState(page)) + "&primefaces.nonce=" + WebClient.encode(nonce(page)));

        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("Saved. Forwarding is off."), saved.body());
        String again = admin.get(PAGE).body();
        assertTrue(again.contains(endpoint) && again.contains("carelearn-page-it"), "the settings are kept");
        assertTrue(again.contains("Stored; leave empty to keep it"), "says a secret is stored");
        assertFalse(saved.body().contains(secret) || again.contains(secret), "the secret never comes back");
        assertTrue(again.contains("id=\"progress:backlog\""));
    }

    @Test
    void onlyAdminsReachThePage() {
        assertEquals(403, WebClient.signedIn(base, DemoAccounts.LEARNER).get(PAGE).statusCode());
        assertEquals(403, WebClient.signedIn(base, DemoAccounts.MANAGER).get(PAGE).statusCode());
        assertTrue(new WebClient(base).get(PAGE).body().contains("j_security_check"));
    }

    /** The page's script nonce, which a browser sends back with the form as PrimeFaces' CSP mode asks. */
    private static String nonce(String page) {
        return page.replaceAll("(?s).*?<script[^>]* nonce=\"([^\"]+)\".*", "$1");
    }

    private static String viewState(String page) {
        return page.replaceAll("(?s).*?name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
    }
}
