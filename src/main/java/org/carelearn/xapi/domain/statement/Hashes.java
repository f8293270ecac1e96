package org.carelearn.xapi.domain.statement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * 64-bit index keys for IRIs and agent identity keys, which can be too long to index directly. Two
 * different texts may share a hash, so a lookup by hash is always confirmed against the text itself.
 */
public final class Hashes {

    private Hashes() {
    }

    /** The first 8 bytes of the text's SHA-256, as a signed long. */
    public static long of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
