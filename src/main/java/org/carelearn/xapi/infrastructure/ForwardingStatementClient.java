package org.carelearn.xapi.infrastructure;

import gov.adlnet.xapi.client.StatementClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.statement.Attachment;

/**
 * ADL's jxapi statement client, made fit for forwarding. jxapi's own posting goes through its Gson model,
 * which changes statements (a score's {@code raw: 85} comes back as {@code 85.0} with {@code min} and
 * {@code max} of 0.0), writes the body in the platform's charset, turns binary attachment content into a
 * String, always hashes with SHA-256 and leaves the multipart boundary unquoted. This client keeps jxapi's
 * connection set-up (Basic credentials, the version header) and its response handling, and sends the
 * statements' JSON exactly as stored, in UTF-8 (credentials too), with each attachment's bytes as they are,
 * under the hash the statement declares. Connections time out, so a hung LRS cannot hold the sender.
 */
class ForwardingStatementClient extends StatementClient {

    private static final String CRLF = "\r\n";
    private static final int MAX_ERROR_BYTES = 800;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    ForwardingStatementClient(String endpoint, String key, String secret, int connectTimeoutMillis,
            int readTimeoutMillis) throws MalformedURLException {
        super(endpoint, key, secret);
        // jxapi encodes the credentials in the platform charset; HTTP Basic here means UTF-8 on every platform
        this.authString = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /**
     * POSTs a JSON array of statements, with the content of their attachments when there is any, and
     * returns the ids the LRS answered.
     */
    List<String> post(String statements, List<Attachment> attachments) throws IOException {
        String answer;
        if (attachments.isEmpty()) {
            answer = issuePost("/statements", statements);
        } else {
            String boundary = UUID.randomUUID().toString();
            HttpURLConnection connection = initializeConnectionForAttachments(url("/statements"), boundary);
            connection.setRequestMethod("POST");
            answer = send(connection, multipart(boundary, statements, attachments));
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(answer))) {
            JsonArray ids = reader.readArray();
            return ids.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .toList();
        } catch (RuntimeException e) {
            throw new IOException("The LRS did not answer with the statement ids", e);
        }
    }

    /**
     * Whether the LRS accepts the credentials, without reading anything: it asks for a statement id that
     * does not exist. 401 means no; 404 (or 403 for a client that may only write) means yes.
     */
    boolean acceptsCredentials() throws IOException {
        HttpURLConnection connection = initializeConnection(url("/statements?statementId=" + UUID.randomUUID()));
        connection.setRequestMethod("GET");
        try {
            return connection.getResponseCode() != HttpURLConnection.HTTP_UNAUTHORIZED;
        } finally {
            connection.disconnect();
        }
    }

    @Override
    protected String issuePost(String path, String data) throws IOException {
        HttpURLConnection connection = initializeConnection(url(path));
        connection.setRequestMethod("POST");
        return send(connection, data.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected HttpURLConnection initializeConnection(URL url) throws IOException {
        return withTimeouts(super.initializeConnection(url));
    }

    @Override
    protected HttpURLConnection initializeConnectionForAttachments(URL url, String boundary) throws IOException {
        HttpURLConnection connection = withTimeouts(super.initializeConnectionForAttachments(url, boundary));
        connection.setRequestProperty("Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
        return connection;
    }

    private HttpURLConnection withTimeouts(HttpURLConnection connection) {
        connection.setConnectTimeout(connectTimeoutMillis);
        connection.setReadTimeout(readTimeoutMillis);
        return connection;
    }

    private URL url(String path) throws MalformedURLException {
        return new URL(_host.getProtocol(), _host.getHost(), _host.getPort(), _host.getPath() + path);
    }

    private String send(HttpURLConnection connection, byte[] body) throws IOException {
        try {
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            if (status >= 400) {
                throw new RefusedRequest(status, "The LRS answered " + status + errorMessage(connection));
            }
            return readFromConnection(connection);
        } catch (RuntimeException e) {
            // jxapi reads a missing error body as null
            throw new IOException("The LRS answered " + connection.getResponseCode() + " without a readable body", e);
        } finally {
            connection.disconnect();
        }
    }

    /** What the LRS said about its refusal: its error body, cut short, or nothing when there is none. */
    private static String errorMessage(HttpURLConnection connection) {
        try (InputStream error = connection.getErrorStream()) {
            if (error == null) {
                return "";
            }
            String text = new String(error.readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : ": " + text;
        } catch (IOException e) {
            return "";
        }
    }

    /** The other LRS answered with an error status. */
    static final class RefusedRequest extends IOException {

        private static final long serialVersionUID = 1L;
        private final int status;

        RefusedRequest(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** xAPI 1.0.3, Part Three, 1.5.2: the statements first, then one part per attachment content. */
    static byte[] multipart(String boundary, String statements, List<Attachment> attachments) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + CRLF + "Content-Type: application/json" + CRLF + CRLF)
                .getBytes(StandardCharsets.UTF_8));
        body.write(statements.getBytes(StandardCharsets.UTF_8));
        for (Attachment attachment : attachments) {
            body.write((CRLF + "--" + boundary + CRLF + "Content-Type: " + attachment.contentType() + CRLF
                    + "Content-Transfer-Encoding: binary" + CRLF + "X-Experience-API-Hash: " + attachment.sha2() + CRLF
                    + CRLF).getBytes(StandardCharsets.UTF_8));
            body.write(attachment.content());
        }
        body.write((CRLF + "--" + boundary + "--" + CRLF).getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
