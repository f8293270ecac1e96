package org.carelearn.xapi.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;

/**
 * multipart/mixed bodies (RFC 2046, 5.1) as xAPI uses them for statements with attachments: read from
 * bytes into parts, and written for GET responses with attachments.
 */
final class Multipart {

    /** One part: its headers (names lower case) and its bytes. */
    record Part(Map<String, String> headers, byte[] content) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private Multipart() {
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new LrsException(Kind.BAD_REQUEST, "The multipart body does not contain its boundary");
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            int after = at + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                return parts;
            }
            int headersStart = skipLineEnd(body, after);
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, headersStart);
            boolean noHeaders = startsWith(body, headersStart, CRLF);
            if (headersEnd < 0 && !noHeaders) {
                throw new LrsException(Kind.BAD_REQUEST, "A multipart part has no end to its headers");
            }
            Map<String, String> headers = noHeaders ? new TreeMap<>()
                    : headers(new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8));
            int contentStart = noHeaders ? headersStart + 2 : headersEnd + 4;
            byte[] nextDelimiter = concat(CRLF, delimiter);
            int next = indexOf(body, nextDelimiter, contentStart - 2);
            if (next < 0) {
                throw new LrsException(Kind.BAD_REQUEST, "The multipart body does not end with its closing boundary");
            }
            parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, Math.max(contentStart, next))));
            at = next + 2;
        }
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new TreeMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new LrsException(Kind.BAD_REQUEST, "A multipart part has a malformed header: " + line);
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return headers;
    }

    private static int skipLineEnd(byte[] body, int at) {
        int i = at;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        return startsWith(body, i, CRLF) ? i + 2 : i;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
