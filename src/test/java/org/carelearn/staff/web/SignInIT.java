package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.carelearn.testing.Accounts;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Signing in through Elytron's FORM mechanism over the accounts in the database, as a browser does. */
class SignInIT extends DeployedCareLearn {

    @Test
    void eachDemoAccountSignsInAndIsKnownWithItsRoles() {
        for (DemoAccounts account : DemoAccounts.values()) {
            WebClient client = new WebClient(base);
            HttpResponse<String> signIn = client.signIn(account.username, account.password);
            assertEquals(302, signIn.statusCode(), account.username);
            JsonObject me = Json.object(client.getJson("api/me").body());
            assertEquals(account.username, me.getString("username"));
            assertEquals(account.displayName, me.getString("displayName"));
            assertTrue(client.get("index.xhtml").body().contains("Welcome, " + account.displayName));
        }
    }

    @Test
    void userNamesAreNotCaseSensitive() {
        WebClient client = new WebClient(base);
        client.signIn("LEARNER", DemoAccounts.LEARNER.password);
        assertEquals(200, client.getJson("api/me").statusCode());
    }

    @Test
    void aWrongPasswordGoesBackToSignInWithoutSayingWhichPartWasWrong() {
        WebClient client = new WebClient(base);
        HttpResponse<String> wrong = client.signIn("manager", "not-the-password");
        assertEquals(302, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Location").orElseThrow().endsWith("/signin.xhtml?failure=rejected"));
        assertTrue(client.get("signin.xhtml?failure=rejected").body()
                .contains("The user name or password is not correct, or the account is not active."));
        HttpResponse<String> unknown = new WebClient(base).signIn("nobody-here", "whatever-password");
        assertEquals(wrong.headers().firstValue("Location"), unknown.headers().firstValue("Location"),
                "an unknown user name looks exactly like a wrong password");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilAnAdminUnlocksIt() {
        String id = SampleStaff.uniqueEmployeeId();
        String password = Accounts.newPersonWithTemporaryPassword(base, id);
        String username = id.toLowerCase();
        for (int i = 1; i <= 4; i++) {
            assertTrue(new WebClient(base).signIn(username, "wrong-" + i).headers().firstValue("Location").orElseThrow()
                    .endsWith("failure=rejected"));
        }
        assertTrue(new WebClient(base).signIn(username, "wrong-5").headers().firstValue("Location").orElseThrow()
                .endsWith("failure=locked"));
        HttpResponse<String> rightButLocked = new WebClient(base).signIn(username, password);
        assertTrue(rightButLocked.headers().firstValue("Location").orElseThrow().endsWith("failure=locked"));

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        assertEquals(204, admin.post("api/admin/accounts/" + username + "/unlock", "application/json", "").statusCode());
        HttpResponse<String> afterUnlock = new WebClient(base).signIn(username, password);
        assertTrue(!afterUnlock.headers().firstValue("Location").orElseThrow().contains("failure"),
                "signed in after the unlock");

        String trail = admin.getJson("api/admin/audit?targetId=" + username + "&max=20").body();
        assertTrue(trail.contains("SIGN_IN_LOCKED") && trail.contains("ACCOUNT_UNLOCKED") && trail.contains("SIGN_IN_FAILED"),
                trail);
    }

    @Test
    void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() {
        String id = SampleStaff.uniqueEmployeeId();
        String temporary = Accounts.newPersonWithTemporaryPassword(base, id);
        WebClient person = new WebClient(base);
        person.signIn(id, temporary);
        HttpResponse<String> home = person.get("index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElseThrow().endsWith("/account/password.xhtml"));
        assertEquals(302, person.getJson("api/me").statusCode(), "REST too waits for the new password");
        assertTrue(person.get("account/password.xhtml").body().contains("You signed in with a temporary password"));
    }

    @Test
    void signingOutEndsTheSession() {
        WebClient client = WebClient.signedIn(base, DemoAccounts.LEARNER);
        assertEquals(200, client.getJson("api/me").statusCode());
        String page = client.get("index.xhtml").body();
        String viewState = page.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> out = client.postForm("index.xhtml", "nav=nav&nav%3AsignOut=nav%3AsignOut"
                + "&jakarta.faces.ViewState=" + WebClient.encode(viewState));
        assertEquals(302, out.statusCode(), out.body());
        assertTrue(out.headers().firstValue("Location").orElseThrow().contains("signin.xhtml?signedOut=true"));
        assertTrue(client.get("index.xhtml").body().contains("j_security_check"), "signed out: the sign-in form again");
    }

    /**
     * On a cluster, the password change may be made on another server, which knows nothing of this server's
     * sessions: what ends them here is the change as stored. The test writes that change into the shared
     * database itself, as the other server would, so this server hears of it only through the database.
     * PostgreSQL only: the test reaches the database the server uses, which an embedded Derby does not allow.
     */
    @Test
    @EnabledIfSystemProperty(named = "carelearn.it.database", matches = "postgresql")
    void aPasswordChangedOnAnotherServerEndsTheSessionHere() throws SQLException {
        String id = SampleStaff.uniqueEmployeeId();
        String username = id.toLowerCase();
        WebClient person = new WebClient(base);
        person.signIn(username, Accounts.newPersonWithTemporaryPassword(base, id));
        assertEquals(200, person.get("account/password.xhtml").statusCode(), "signed in");

        try (Connection db = DriverManager.getConnection(System.getProperty("carelearn.it.pg.url"),
                System.getProperty("carelearn.it.pg.user"), System.getProperty("carelearn.it.pg.password"));
                PreparedStatement change = db.prepareStatement("UPDATE ACCOUNT SET PASSWORD_CHANGED_AT ="
                        + " PASSWORD_CHANGED_AT + INTERVAL '1 hour' WHERE USERNAME = ?")) {
            change.setString(1, username);
            assertEquals(1, change.executeUpdate());
        }

        HttpResponse<String> next = person.get("account/password.xhtml");
        assertEquals(302, next.statusCode(), "the session ended at its next request");
        assertTrue(next.headers().firstValue("Location").orElseThrow().contains("signin.xhtml?ended=revoked"));
        assertTrue(person.get("signin.xhtml?ended=revoked").body().contains("password of this account was changed"));
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String audit = admin.getJson("api/admin/audit?targetId=" + username + "&action=SIGN_OUT&max=5").body();
        assertTrue(audit.contains("password changed"), audit);
    }
}
