package org.carelearn.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A second LRS for forwarding tests: a real LRS (CareLearn's own, at the address given) behind a gate that refuses,
 * with 400 as a stricter vendor LRS would, every statement POST carrying one of the ids it is told to refuse. All
 * other requests pass to the real LRS unchanged and come back with its answer. It speaks just enough HTTP/1.1 for
 * ADL's jxapi client (one request per connection, bodies with a Content-Length).
 */
public final class StricterLrs implements AutoCloseable {

    private final ServerSocket socket;
    private final URI behind;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<String> passedStatementPosts = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public StricterLrs(String realXapi) throws IOException {
        this.behind = URI.create(realXapi.endsWith("/") ? realXapi : realXapi + "/");
        this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::accept, "stricter-lrs");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Its endpoint, as forwarding is configured with it. */
    public String endpoint() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/xapi";
    }

    public void refuse(String statementId) {
        refused.add(statementId.toLowerCase(Locale.ROOT));
    }

    public void accept(String statementId) {
        refused.remove(statementId.toLowerCase(Locale.ROOT));
    }

    /** The bodies of the statement POSTs the real LRS accepted through this gate. */
    public List<String> passedStatementPosts() {
        return List.copyOf(passedStatementPosts);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread worker = new Thread(() -> serve(connection), "stricter-lrs-request");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            String[] requestLine = line(in).split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            String method = requestLine[0];
            String target = requestLine[1].replaceFirst("^/xapi/?", "");
            String text = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            boolean statementPost = "POST".equals(method) && target.startsWith("statements");
            String refusedId = statementPost ? refused.stream().filter(text::contains).findFirst().orElse(null) : null;
            if (refusedId != null) {
                answer(connection.getOutputStream(), 400, "{\"message\":\"Statement " + refusedId
                        + " uses an extension this LRS does not accept\"}");
                return;
            }
            HttpRequest.Builder relayed = HttpRequest.newBuilder(behind.resolve(target)).timeout(Duration.ofSeconds(60))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String name : List.of("authorization", "content-type", "x-experience-api-version")) {
                if (headers.containsKey(name)) {
                    relayed.header(name, headers.get(name));
                }
            }
            HttpResponse<String> answer = http.send(relayed.build(), HttpResponse.BodyHandlers.ofString());
            if (statementPost && answer.statusCode() == 200) {
                passedStatementPosts.add(text);
            }
            answer(connection.getOutputStream(), answer.statusCode(), answer.body());
        } catch (IOException | RuntimeException e) {
            // the client sees its connection end, as with any LRS that fails mid-request
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void answer(OutputStream out, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " " + (status < 400 ? "OK" : "Refused") + "\r\nContent-Type: application/json"
                + "\r\nX-Experience-API-Version: 1.0.3\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
