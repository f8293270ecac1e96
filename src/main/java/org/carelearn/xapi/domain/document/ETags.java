package org.carelearn.xapi.domain.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Entity tags of documents. xAPI 1.0.3 (Part Three, 3.1) asks for the SHA-1 of the content in hexadecimal,
 * so the tag changes exactly when the bytes do, and a client can work it out without asking.
 */
public final class ETags {

    private ETags() {
    }

    /** The tag of some content: 40 lower-case hex digits, unquoted. */
    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tag as the ETag header carries it: in double quotes (RFC 7232, 2.3). */
    public static String quoted(String etag) {
        return '"' + etag + '"';
    }
}
