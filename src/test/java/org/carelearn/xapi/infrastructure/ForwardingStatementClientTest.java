package org.carelearn.xapi.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.carelearn.xapi.domain.forwarding.ExternalLrs;
import org.carelearn.xapi.domain.forwarding.ExternalLrs.ExternalLrsException;
import org.carelearn.xapi.domain.statement.Attachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The jxapi client as the external LRS sees it, against a throw-away HTTP server. */
class ForwardingStatementClientTest {

    private record Received(String method, String path, String contentType, String authorization, String version,
            byte[] body) {
    }

    private HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private int status = 200;
    private boolean refuseCredentials;
    private String answer = "[\"8f6e4f0c-0d3c-4a0e-9a55-0c2a3f0e0001\"]";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
                    exchange.getRequestBody().readAllBytes()));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            boolean refused = refuseCredentials && exchange.getRequestURI().getPath().endsWith("/statements");
            exchange.sendResponseHeaders(refused ? 401 : status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ExternalLrs.Target target() {
        return new ExternalLrs.Target("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi", "key", "sécret");
    }

    @Test
    void postsTheStoredJsonUnchangedInUtf8WithCredentialsAndVersion() {
        String json = "[{\"id\":\"8f6e4f0c-0d3c-4a0e-9a55-0c2a3f0e0001\",\"actor\":{\"name\":\"Zoë Ünal\"},"
                + "\"result\":{\"score\":{\"raw\":85}}}]";

        new JxapiExternalLrs().send(target(), json, List.of());

        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("/xapi/statements", request.path());
        assertEquals("application/json", request.contentType());
        assertEquals("1.0.3", request.version());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("key:sécret".getBytes(StandardCharsets.UTF_8)),
                request.authorization());
        assertEquals(json, new String(request.body(), StandardCharsets.UTF_8));
    }

    @Test
    void sendsBinaryAttachmentContentByteForByteUnderAQuotedBoundary() throws Exception {
        byte[] content = new byte[256];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));

        new JxapiExternalLrs().send(target(), "[{\"id\":\"x\"}]", List.of(new Attachment(sha2, "image/png", content)));

        Received request = received.get(0);
        assertTrue(request.contentType().matches("multipart/mixed; boundary=\"[0-9a-f-]{36}\""), request.contentType());
        String boundary = request.contentType().replaceAll(".*boundary=\"(.*)\"", "$1");
        byte[] expected = ForwardingStatementClient.multipart(boundary, "[{\"id\":\"x\"}]",
                List.of(new Attachment(sha2, "image/png", content)));
        assertArrayEquals(expected, request.body());
        String text = new String(request.body(), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("X-Experience-API-Hash: " + sha2 + "\r\n\r\n"));
        int start = text.indexOf(sha2 + "\r\n\r\n") + sha2.length() + 4;
        assertArrayEquals(content, Arrays.copyOfRange(request.body(), start, start + content.length));
    }

    @Test
    void aRefusalIsAFailureThatNamesTheAnswerButNotTheSecret() {
        status = 400;
        answer = "{\"error\":\"statement[0].verb: required\"}";

        ExternalLrsException failure = assertThrows(ExternalLrsException.class,
                () -> new JxapiExternalLrs().send(target(), "[{}]", List.of()));

        assertTrue(failure.getMessage().contains("400"), failure.getMessage());
        assertTrue(failure.getMessage().contains("verb: required"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("sécret"));
    }

    @Test
    void anAnswerThatIsNotAListOfIdsIsAFailure() {
        answer = "<html>Welcome</html>";

        assertThrows(ExternalLrsException.class, () -> new JxapiExternalLrs().send(target(), "[{}]", List.of()));
    }

    @Test
    void aClosedPortIsAFailure() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        ExternalLrsException failure = assertThrows(ExternalLrsException.class, () -> new JxapiExternalLrs()
                .send(new ExternalLrs.Target("http://127.0.0.1:" + port + "/xapi", "k", "s"), "[{}]", List.of()));

        assertTrue(failure.getMessage().contains("Connect"), failure.getMessage());
    }

    @Test
    void readsTheVersionsFromAbout() {
        answer = "{\"version\":[\"1.0.3\",\"1.0.0\"]}";

        assertEquals(List.of("1.0.3", "1.0.0"), new JxapiExternalLrs().versions(target()));
        assertEquals("GET", received.get(0).method());
        assertEquals("/xapi/about", received.get(0).path());
        assertEquals("/xapi/statements", received.get(1).path());
        assertTrue(received.get(1).authorization().startsWith("Basic "));
    }

    @Test
    void aConnectionTestFailsWhenTheLrsRefusesTheCredentials() {
        answer = "{\"version\":[\"1.0.3\"]}";
        refuseCredentials = true;

        ExternalLrsException failure = assertThrows(ExternalLrsException.class,
                () -> new JxapiExternalLrs().versions(target()));

        assertTrue(failure.getMessage().contains("refused the key and secret"), failure.getMessage());
    }
}
