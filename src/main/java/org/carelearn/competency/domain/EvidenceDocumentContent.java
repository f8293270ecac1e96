package org.carelearn.competency.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.carelearn.platform.BusinessRuleException;

/**
 * The document a record of prior learning rests on: a PDF or an image, at most {@link #MAX_BYTES}, whose type is
 * decided by its first bytes (the file signatures of PDF 1.7, ISO 32000-1 7.5.2 "%PDF-"; PNG, RFC 2083 3.1; and
 * JPEG, ITU T.81 B.1.1.3 SOI marker FF D8 FF), never by its name or the type a browser claims.
 */
public record EvidenceDocumentContent(String fileName, String mediaType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** Checks the upload and names its type from its content; refused with the reason otherwise. */
    public static EvidenceDocumentContent of(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("The document " + name + " is empty");
        }
        requireSize(name, content.length);
        String type = startsWith(content, PDF) ? "application/pdf" : startsWith(content, PNG) ? "image/png"
                : startsWith(content, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new BusinessRuleException("The document " + name + " is neither a PDF nor a PNG or JPEG image"
                    + " (judged by its content, not its name)");
        }
        return new EvidenceDocumentContent(name, type, content.clone());
    }

    /**
     * Refuses a document larger than {@link #MAX_BYTES}, by its size alone: an upload can be turned away before it
     * is read into memory.
     */
    public static void requireSize(String fileName, long size) {
        if (size > MAX_BYTES) {
            throw new BusinessRuleException("The document " + fileName + " is " + size / 1024 + " KB; at most "
                    + MAX_BYTES / 1024 / 1024 + " MB is accepted");
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceDocumentContent d && d.fileName.equals(fileName) && d.mediaType.equals(mediaType)
                && Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ", " + content.length + " bytes)";
    }
}
