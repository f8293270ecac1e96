package org.carelearn.xapi.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * xAPI's alternate request syntax (1.0.3, Part Three, 1.3), for clients that can only send GET and POST
 * across origins: {@code POST /xapi/...?method=PUT} with a form holding the headers, the resource's
 * parameters and the body as {@code content}. This filter turns such a request back into the request it
 * stands for, before authentication and the resources see it; a malformed one is refused with 400, and so is
 * one naming xAPI 2.0.0, which removed the syntax ({@link XapiEdition#hasAlternateRequestSyntax()}).
 */
@WebFilter("/xapi/*")
public class AlternateRequestSyntax extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String NOT_IN_2_0 = "xAPI 2.0.0 has no alternate request syntax (?method=): send the"
            + " request itself";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");
    /** Form fields that stand for headers (case-insensitive). */
    private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query == null || !Collections.list(parameterNames(query)).contains("method")) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String> queryParameters = decode(query);
        String method = queryParameters.get("method").toUpperCase(Locale.ROOT);
        String contentType = request.getContentType();
        if (XapiEdition.ofHeader(request.getHeader(XapiHeaders.VERSION)).filter(e -> !e.hasAlternateRequestSyntax())
                .isPresent()) {
            refuse(request, response, NOT_IN_2_0);
            return;
        }
        if (!"POST".equals(request.getMethod()) || queryParameters.size() != 1 || !METHODS.contains(method)
                || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            refuse(request, response, "An alternate-syntax request is a POST with only ?method= in the address and a"
                    + " form body (application/x-www-form-urlencoded)");
            return;
        }
        Map<String, String> form = decode(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> parameters = new LinkedHashMap<>();
        String content = null;
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (HEADERS.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                headers.put(field.getKey(), field.getValue());
            } else if (field.getKey().equals("content")) {
                content = field.getValue();
            } else {
                parameters.put(field.getKey(), field.getValue());
            }
        }
        if (XapiEdition.ofHeader(headers.get("x-experience-api-version")).filter(e -> !e.hasAlternateRequestSyntax())
                .isPresent()) {
            refuse(request, response, NOT_IN_2_0);
            return;
        }
        if (!headers.containsKey("content-type")) {
            headers.put("Content-Type", "application/json");
        }
        byte[] body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        headers.put("Content-Length", String.valueOf(body.length));
        chain.doFilter(new Rewritten(request, method, headers, encode(parameters), body), response);
    }

    /** Answers 400 with the error shape of every LRS refusal. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        response.setStatus(400);
        response.setHeader(XapiHeaders.VERSION, XapiHeaders.edition(request).header());
        response.setContentType("application/json");
        response.getWriter().write(Jsons.createObjectBuilder().add("status", 400).add("message", message)
                .add("details", Jsons.createArrayBuilder()).build().toString());
    }

    private static Enumeration<String> parameterNames(String query) {
        return Collections.enumeration(decode(query).keySet());
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The request the form stood for. */
    private static final class Rewritten extends HttpServletRequestWrapper {

        private final String method;
        private final Map<String, String> headers;
        private final String query;
        private final byte[] body;

        Rewritten(HttpServletRequest request, String method, Map<String, String> headers, String query, byte[] body) {
            super(request);
            this.method = method;
            this.headers = headers;
            this.query = query.isEmpty() ? null : query;
            this.body = body;
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public String getHeader(String name) {
            return headers.containsKey(name) ? headers.get(name) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return headers.containsKey(name) ? Collections.enumeration(List.of(headers.get(name)))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(Collections.list(super.getHeaderNames()));
            names.addAll(headers.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public String getContentType() {
            return headers.get("content-type");
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }
    }
}
