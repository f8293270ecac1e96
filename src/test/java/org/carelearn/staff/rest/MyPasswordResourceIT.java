package org.carelearn.staff.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.carelearn.testing.Accounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * PUT /api/me/password: a person with a temporary password replaces it over REST (a script or an app
 * has no password page), and until they do the rest of the API sends them to choose one.
 */
class MyPasswordResourceIT extends DeployedCareLearn {

    private static final String PASSWORD = "api/me/password";

    private static String change(String current, String replacement) {
        return "{\"current\": \"" + current + "\", \"replacement\": \"" + replacement + "\"}";
    }

    private static void assertRefused(HttpResponse<String> refused, String message) {
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Json.object(refused.body());
        assertEquals(400, error.getInt("status"));
        assertTrue(error.getString("message").contains(message) || error.getJsonArray("details").toString()
                .contains(message), error.toString());
    }

    @Test
    void aTemporaryPasswordIsReplacedOverRestAndOnlyTheNewOneSignsIn() {
        String id = SampleStaff.uniqueEmployeeId();
        String username = id.toLowerCase();
        String temporary = Accounts.newPersonWithTemporaryPassword(base, id);
        WebClient person = new WebClient(base);
        person.signIn(username, temporary);
        HttpResponse<String> before = person.getJson("api/me");
        assertEquals(302, before.statusCode(), "the API waits for a password of their own");
        assertTrue(before.headers().firstValue("Location").orElseThrow().endsWith("/account/password.xhtml"));

        assertRefused(person.put(PASSWORD, "application/json", change("not-the-password", "Morning-Rounds-2026")),
                "The current password is not correct");
        assertRefused(person.put(PASSWORD, "application/json", change(temporary, "short")), "12");
        assertRefused(person.put(PASSWORD, "application/json", "{\"current\": \"" + temporary + "\"}"),
                "Give the new password");
        assertEquals(302, person.getJson("api/me").statusCode(), "a refused change changes nothing");

        assertEquals(204, person.put(PASSWORD, "application/json", change(temporary, "Morning-Rounds-2026"))
                .statusCode());
        HttpResponse<String> after = person.getJson("api/me");
        assertEquals(200, after.statusCode(), after.body());
        assertFalse(Json.object(after.body()).getBoolean("mustChangePassword"));

        assertTrue(new WebClient(base).signIn(username, temporary).headers().firstValue("Location").orElseThrow()
                .contains("failure"), "the temporary password no longer signs in");
        WebClient again = new WebClient(base);
        again.signIn(username, "Morning-Rounds-2026");
        assertEquals(200, again.getJson("api/me").statusCode());
    }

    @Test
    void withoutSigningInThereIsNothingToChange() {
        HttpResponse<String> anonymous = new WebClient(base).put(PASSWORD, "application/json",
                change("anything-at-all", "Morning-Rounds-2026"));
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("j_security_check"), "the sign-in form: " + anonymous.body());
    }
}
