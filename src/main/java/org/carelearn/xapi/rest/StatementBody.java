package org.carelearn.xapi.rest;

import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.statement.Attachment;

/**
 * The body of a statement PUT or POST: application/json, or multipart/mixed with the statements first and
 * one part per attachment (xAPI 1.0.3, Part Three, 1.5). Any other content type is refused with 400.
 */
record StatementBody(JsonStructure json, Map<String, Attachment> attachments) {

    /** With attachments a request may be larger than plain JSON: 64 MiB. */
    static final int MAX_MULTIPART_BYTES = 64 * 1024 * 1024;

    static StatementBody read(MediaType type, InputStream body) {
        if (type == null) {
            throw new LrsException(Kind.BAD_REQUEST, "Send Content-Type application/json or multipart/mixed");
        }
        String base = type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT);
        if (base.equals("application/json")) {
            return new StatementBody(JsonBodies.read(body), Map.of());
        }
        if (!base.equals("multipart/mixed")) {
            throw new LrsException(Kind.BAD_REQUEST, "Content-Type " + base + " is not accepted: send application/json"
                    + " or multipart/mixed");
        }
        String boundary = type.getParameters().get("boundary");
        if (boundary == null || boundary.isBlank()) {
            throw new LrsException(Kind.BAD_REQUEST, "multipart/mixed needs a boundary parameter");
        }
        List<Multipart.Part> parts = Multipart.parse(bytes(body), boundary);
        if (parts.isEmpty()) {
            throw new LrsException(Kind.BAD_REQUEST, "The multipart body has no parts");
        }
        Multipart.Part first = parts.get(0);
        String firstType = first.header("content-type");
        if (firstType == null || !firstType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new LrsException(Kind.BAD_REQUEST, "The first part must be the statements, as application/json");
        }
        JsonStructure json = JsonBodies.parse(new String(first.content(), StandardCharsets.UTF_8));
        Map<String, Attachment> attachments = new HashMap<>();
        for (Multipart.Part part : parts.subList(1, parts.size())) {
            String hash = part.header("x-experience-api-hash");
            if (hash == null || hash.isBlank()) {
                throw new LrsException(Kind.BAD_REQUEST, "Every attachment part needs an X-Experience-API-Hash header");
            }
            String contentType = part.header("content-type");
            if (contentType == null) {
                throw new LrsException(Kind.BAD_REQUEST, "Every attachment part needs a Content-Type header");
            }
            String encoding = part.header("content-transfer-encoding");
            if (encoding != null && !encoding.equalsIgnoreCase("binary")) {
                throw new LrsException(Kind.BAD_REQUEST, "Attachment parts are sent as Content-Transfer-Encoding: binary,"
                        + " not " + encoding);
            }
            Attachment attachment = new Attachment(hash.strip(), contentType, part.content());
            attachments.put(attachment.sha2(), attachment);
        }
        return new StatementBody(json, attachments);
    }

    private static byte[] bytes(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_MULTIPART_BYTES + 1);
            if (bytes.length > MAX_MULTIPART_BYTES) {
                throw new LrsException(Kind.TOO_LARGE, "The request body is larger than " + MAX_MULTIPART_BYTES
                        + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new LrsException(Kind.BAD_REQUEST, "The request body could not be read");
        }
    }
}
