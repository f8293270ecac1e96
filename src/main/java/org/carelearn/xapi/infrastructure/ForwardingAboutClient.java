package org.carelearn.xapi.infrastructure;

import gov.adlnet.xapi.client.AboutClient;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * ADL's jxapi "about" client with a time-out, and with the cause of a failed request kept: jxapi's own GET
 * reads the error stream of a connection that never opened and reports a NullPointerException instead of,
 * say, "Connection refused".
 */
class ForwardingAboutClient extends AboutClient {

    private final int timeoutMillis;

    ForwardingAboutClient(String endpoint, String key, String secret, int timeoutMillis)
            throws MalformedURLException {
        super(endpoint, key, secret);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected HttpURLConnection initializeConnection(URL url) throws IOException {
        HttpURLConnection connection = super.initializeConnection(url);
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        return connection;
    }

    @Override
    protected String issueGet(String path) throws IOException {
        HttpURLConnection connection = initializeConnection(
                new URL(_host.getProtocol(), _host.getHost(), _host.getPort(), _host.getPath() + path));
        connection.setRequestMethod("GET");
        try {
            return readFromConnection(connection);
        } catch (RuntimeException e) {
            throw new IOException("The LRS answered " + connection.getResponseCode() + " without a readable body", e);
        } finally {
            connection.disconnect();
        }
    }
}
