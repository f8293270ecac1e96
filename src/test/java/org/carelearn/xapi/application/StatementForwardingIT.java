package org.carelearn.xapi.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleStatements;
import org.carelearn.testing.StricterLrs;
import org.carelearn.testing.WebClient;
import org.carelearn.xapi.application.HeldStatements.Held;
import org.carelearn.xapi.application.HeldStatements.Retried;
import org.carelearn.xapi.application.StatementForwarding.Status;
import org.carelearn.xapi.domain.forwarding.ForwardingQueue;
import org.carelearn.xapi.domain.statement.Attachment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forwarding against a real external LRS: CareLearn's own /xapi, reached over HTTP with a second client.
 * Statements keep their ids and an identical statement sent again is accepted without a new row, so
 * forwarding to itself converges: the backlog drains and the store does not grow.
 */
@ExtendWith(ArquillianExtension.class)
class StatementForwardingIT {

    private static final Actor ADMIN = new Actor("admin", "10.0.0.9");

    private static final String SECRET = "forwarding-it-" + UUID.randomUUID();

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    AuditTrail audit;

    @Inject
    StatementForwarding forwarding;

    @Inject
    StatementStore store;

    @Inject
    LrsClients clients;

    @Inject
    ForwardingQueue queue;

    @Inject
    HeldStatements heldStatements;

    @AfterEach
    void switchOff() {
        forwarding.configure(ADMIN, null, null, null, false);
    }

    @Test
    void aDownExternalLrsNeverHoldsUpLocalStorageAndTheBacklogDrainsWhenItIsBack() throws Exception {
        String key = "fwd-" + UUID.randomUUID();
        clients.createWith(key, SECRET, "Forwarding IT", true, true);
        LrsCredentials writer = LrsCredentials.ofClient(key, "Forwarding IT", true, true, "https://it.example");
        forwarding.configure(ADMIN, "http://127.0.0.1:" + closedPort() + "/xapi", key, SECRET, true);
        long cursor = forwarding.status().lastPosition();
        long backlogBefore = forwarding.status().backlog();

        byte[] certificate = new byte[256];
        for (int i = 0; i < certificate.length; i++) {
            certificate[i] = (byte) i;
        }
        List<JsonObject> sent = List.of(SampleStatements.completed(),
                SampleStatements.completedWithAttachment(certificate, "application/octet-stream"),
                SampleStatements.completed());
        List<String> ids = new ArrayList<>();
        for (JsonObject statement : sent) {
            Map<String, Attachment> parts = statement.containsKey("attachments")
                    ? Map.of(SampleStatements.sha256(certificate), new Attachment(SampleStatements.sha256(certificate),
                            "application/octet-stream", certificate)) : Map.of();
            Instant before = Instant.now();
            ids.addAll(store.store(List.of(statement), parts, writer, null));
            assertTrue(Duration.between(before, Instant.now()).toSeconds() < 5, "storing does not wait for forwarding");
        }
        for (String id : ids) {
            assertTrue(store.find(id, false, writer).isPresent(), "stored locally at once: " + id);
        }
        assertEquals(backlogBefore + 3, forwarding.status().backlog());

        Status failing = await(s -> s.consecutiveFailures() >= 1 && s.lastError() != null, Duration.ofSeconds(60));
        assertEquals(cursor, failing.lastPosition(), "the cursor stays while the external LRS is down");
        assertEquals(backlogBefore + 3, failing.backlog());
        assertNotNull(failing.nextAttemptAt(), "backing off");
        assertTrue(failing.secretStored());

        long storedBeforeDrain = queue.countAfter(0);
        forwarding.configure(ADMIN, ownXapi(), key, "", true);
        forwarding.sendNow();

        Status drained = await(s -> s.backlog() == 0, Duration.ofSeconds(240));
        assertEquals(0, drained.consecutiveFailures());
        assertNull(drained.lastError());
        assertNotNull(drained.lastSuccessAt());
        assertEquals(storedBeforeDrain, queue.countAfter(0), "re-sent statements are accepted without new rows");
        assertEquals(0, queue.countAfter(drained.lastPosition()), "the cursor is at the last stored statement");
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(sent.get(i).getString("id"), ids.get(i));
            assertEquals(sent.get(i).getJsonObject("result"),
                    store.find(ids.get(i), false, writer).orElseThrow().getJsonObject("result"));
        }
    }

    @Test
    void aStatementTheOtherLrsRefusesForGoodIsHeldBackAndTheOnesAfterItGoOn() throws Exception {
        String key = "fwd-held-" + UUID.randomUUID();
        clients.createWith(key, SECRET, "Forwarding IT, held", true, true);
        LrsCredentials writer = LrsCredentials.ofClient(key, "Forwarding IT", true, true, "https://it.example");
        try (StricterLrs other = new StricterLrs(ownXapi())) {
            JsonObject before = SampleStatements.completed();
            JsonObject refused = SampleStatements.completed();
            JsonObject after = SampleStatements.completed();
            JsonObject released = SampleStatements.completed();
            String refusedId = refused.getString("id");
            String releasedId = released.getString("id");
            other.refuse(refusedId);
            other.refuse(releasedId);
            store.store(List.of(before, refused, after, released), Map.of(), writer, null);

            forwarding.configure(ADMIN, other.endpoint(), key, SECRET, true);
            forwarding.sendNow();
            Status drained = await(s -> s.backlog() == 0, Duration.ofSeconds(240));

            assertEquals(0, drained.consecutiveFailures(), "a refusal for good is no failure to back off from");
            Held held = heldOne(refusedId).orElseThrow(() -> new AssertionError("not held: " + refusedId));
            assertEquals(400, held.httpStatus());
            assertTrue(held.reason().contains("does not accept"), held.reason());
            assertEquals(1, held.attempts());
            assertTrue(heldOne(releasedId).isPresent());
            assertTrue(passed(other, before.getString("id")), "the one before went through");
            assertTrue(passed(other, after.getString("id")), "forwarding went on with the one after it");
            assertFalse(passed(other, refusedId));

            Retried again = heldStatements.retry(ADMIN, refusedId);
            assertEquals(Retried.Outcome.REFUSED_AGAIN, again.outcome());
            assertEquals(2, heldOne(refusedId).orElseThrow().attempts());

            other.accept(refusedId);
            assertEquals(Retried.Outcome.ACCEPTED, heldStatements.retry(ADMIN, refusedId).outcome());
            assertTrue(heldOne(refusedId).isEmpty(), "accepted, it is no longer held");
            assertTrue(passed(other, refusedId));

            WebClient admin = WebClient.signedIn(new URL(ownXapi().replace("/xapi", "/")), DemoAccounts.ADMIN);
            HttpResponse<String> list = admin.getJson("api/admin/lrs-forwarding/held?max=500");
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(list.body().contains(releasedId) && !list.body().contains(refusedId), list.body());
            HttpResponse<String> release = admin.post("api/admin/lrs-forwarding/held/" + releasedId + "/release",
                    "application/json", "");
            assertEquals(204, release.statusCode(), release.body());
            assertTrue(heldOne(releasedId).isEmpty());
            HttpResponse<String> gone = admin.post("api/admin/lrs-forwarding/held/" + releasedId + "/retry",
                    "application/json", "");
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().contains("No statement " + releasedId + " is held"), gone.body());
            assertTrue(store.find(releasedId, false, writer).isPresent(), "a released statement stays stored here");
            assertEquals(403, WebClient.signedIn(new URL(ownXapi().replace("/xapi", "/")), DemoAccounts.LEARNER)
                    .getJson("api/admin/lrs-forwarding/held").statusCode());

            List<AuditEvent> retries = audit.find(new AuditFilter("admin", AuditAction.LRS_HELD_STATEMENT_RETRIED, null,
                    null, null, null), 0, 20);
            assertTrue(retries.stream().anyMatch(e -> e.getDetail().equals("statement " + refusedId + ": accepted")),
                    "each retry is in the trail with its outcome");
            assertTrue(retries.stream().anyMatch(e -> e.getDetail().startsWith("statement " + refusedId
                    + ": refused again (400)")));
            assertTrue(audit.find(new AuditFilter("admin", AuditAction.LRS_HELD_STATEMENT_RELEASED, null, null, null,
                    null), 0, 20).stream().anyMatch(e -> e.getDetail().startsWith("statement " + releasedId)));
        }
    }

    private Optional<Held> heldOne(String statementId) {
        return heldStatements.list(0, 500).stream().filter(h -> h.statementId().equals(statementId)).findFirst();
    }

    private static boolean passed(StricterLrs other, String statementId) {
        return other.passedStatementPosts().stream().anyMatch(body -> body.contains(statementId));
    }

    @Test
    void configuringForwardingIsAuditedWithoutTheSecret() {
        forwarding.configure(ADMIN, "http://127.0.0.1:9/xapi", "audited-key", "Never-In-The-Trail", false);
        List<AuditEvent> events = audit.find(new AuditFilter(
                "admin", AuditAction.LRS_FORWARDING_CONFIGURED, null, null, null, null), 0, 5);
        assertTrue(events.stream().anyMatch(e -> "http://127.0.0.1:9/xapi".equals(e.getTargetId())
                && e.getDetail().contains("audited-key") && !e.getDetail().contains("Never-In-The-Trail")),
                "the change is in the trail under the admin's name, the secret is not");
    }

    @Test
    void testingTheConnectionAsksTheOtherLrsWhatItSpeaksWithoutSavingAnything() throws Exception {
        String key = "fwd-test-" + UUID.randomUUID();
        clients.createWith(key, SECRET, "Forwarding IT, write only", false, true);
        Status before = forwarding.status();

        assertTrue(forwarding.testConnection(ownXapi() + "/", key, SECRET).contains("1.0.3"));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> forwarding.testConnection(ownXapi(), key, "not-the-secret"));
        assertTrue(refused.getMessage().contains("refused the key and secret"), refused.getMessage());
        BusinessRuleException down = assertThrows(BusinessRuleException.class,
                () -> forwarding.testConnection("http://127.0.0.1:" + closedPort() + "/xapi", "k", "s"));
        assertTrue(down.getMessage().contains("Connect"), down.getMessage());
        assertEquals(before.endpoint(), forwarding.status().endpoint());
    }

    /** This server's LRS, on the HTTP port shifted by the tests' port offset. */
    private static String ownXapi() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/xapi";
    }

    /** A port on this machine that nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private Status await(Predicate<Status> condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Status status = forwarding.status();
        while (!condition.test(status)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within " + timeout + ": " + status);
            }
            Thread.sleep(500);
            status = forwarding.status();
        }
        return status;
    }
}
