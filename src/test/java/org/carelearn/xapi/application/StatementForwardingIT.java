package org.carelearn.xapi.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleStatements;
import org.carelearn.xapi.application.StatementForwarding.Status;
import org.carelearn.xapi.domain.Attachment;
import org.carelearn.xapi.domain.ForwardingQueue;
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
