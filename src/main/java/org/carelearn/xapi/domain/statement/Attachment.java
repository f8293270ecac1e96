package org.carelearn.xapi.domain.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The content of a statement attachment, as sent in a multipart/mixed part, named by its SHA-2 hash. */
public record Attachment(String sha2, String contentType, byte[] content) {

    public Attachment {
        sha2 = sha2.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the content really has the declared hash. The hash's length says which SHA-2 it is
     * (SHA-224, 256, 384 or 512).
     */
    public boolean matchesContent() {
        String algorithm = switch (sha2.length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content)).equals(sha2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
