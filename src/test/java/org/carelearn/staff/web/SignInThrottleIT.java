package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * One machine trying passwords across many accounts is stopped by the per-address throttle before any account
 * locks, whatever it tries next; every attempt is in the audit trail with its address. The machine is 127.0.0.2
 * (Linux answers all of 127/8 on loopback), so the suite's own sign-ins from 127.0.0.1 are not held up; the
 * tests' server allows 40 failures per address in 15 minutes (pom.xml), a real one 20.
 */
class SignInThrottleIT extends DeployedCareLearn {

    private static final String ATTACKER = "127.0.0.2";
    private static final List<String> ACCOUNTS = List.of("lr9001", "lr9002", "lr9003", "lr9004", "lr9005", "lr9006",
            "lr9101", "lr9102", "lr9103", "lr9104");
    private static final int LIMIT = 40;

    @Test
    void fiftyPasswordsOverTenAccountsFromOneAddressAreRefusedAndAudited() {
        List<String> outcomes = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            outcomes.add(signInFromAttacker(ACCOUNTS.get(attempt % ACCOUNTS.size()), "Guess-Number-" + attempt));
        }
        for (int attempt = 0; attempt < LIMIT - 1; attempt++) {
            assertEquals("rejected", outcomes.get(attempt), "attempt " + (attempt + 1));
        }
        for (int attempt = LIMIT - 1; attempt < 50; attempt++) {
            assertEquals("throttled", outcomes.get(attempt), "attempt " + (attempt + 1));
        }
        assertEquals("throttled", signInFromAttacker(DemoAccounts.LEARNER.username, DemoAccounts.LEARNER.password),
                "even the right password is not checked from that address now");

        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        assertEquals(200, admin.getJson("api/me").statusCode(), "another address signs in as usual");
        assertEquals(LIMIT, fromAttacker(admin, "SIGN_IN_FAILED").size(), "each checked attempt is audited");
        List<JsonObject> throttled = fromAttacker(admin, "SIGN_IN_THROTTLED");
        assertEquals(1 + (50 - LIMIT) + 1, throttled.size(), "the pause and each refused attempt are audited");
        assertTrue(throttled.stream().anyMatch(e -> e.getString("actor").equals("learner")
                && e.getString("detail").startsWith("refused without checking the password")), throttled.toString());
        assertTrue(admin.get("signin.xhtml?failure=throttled").body().contains("Too many failed sign-ins from this"
                + " computer"));
    }

    private List<JsonObject> fromAttacker(WebClient admin, String action) {
        JsonObject page = Json.object(admin.getJson("api/admin/audit?action=" + action + "&max=1000").body());
        return page.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> ATTACKER.equals(e.getString("remoteAddress", null))).toList();
    }

    /**
     * Posts the sign-in form from 127.0.0.2 (Java 17's HTTP client cannot choose its source address) and returns
     * the failure the sign-in page was sent to, or "signed in".
     */
    private String signInFromAttacker(String username, String password) {
        String form = "j_username=" + WebClient.encode(username) + "&j_password=" + WebClient.encode(password);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(ATTACKER, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath().replaceAll("/$", "") + "/j_security_check HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = readAll(socket.getInputStream());
            String location = response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .orElseThrow(() -> new AssertionError("no redirect: " + response));
            int failure = location.indexOf("failure=");
            return failure < 0 ? "signed in" : location.substring(failure + "failure=".length()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
