package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.statement.Attachment;

/**
 * The rules that tie a statement's attachment descriptions to the multipart parts that carry their
 * content (xAPI 1.0.3, Part Three, 1.5.2): every attachment without a fileUrl has its part, every part
 * belongs to an attachment, and every part really has the hash it claims.
 */
final class AttachmentParts {

    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

    private AttachmentParts() {
    }

    static void check(List<JsonObject> batch, Map<String, Attachment> parts) {
        Set<String> declared = new HashSet<>();
        for (JsonObject statement : batch) {
            for (JsonObject attachment : attachmentsOf(statement)) {
                String sha2 = attachment.getString("sha2").toLowerCase(Locale.ROOT);
                declared.add(sha2);
                boolean signature = SIGNATURE.equals(attachment.getString("usageType"));
                if (signature && !"application/octet-stream".equals(attachment.getString("contentType"))) {
                    throw new LrsException(Kind.BAD_REQUEST, "A signature attachment must have the content type"
                            + " application/octet-stream");
                }
                if ((signature || !attachment.containsKey("fileUrl")) && !parts.containsKey(sha2)) {
                    throw new LrsException(Kind.BAD_REQUEST, "Attachment " + sha2 + " has no fileUrl and no part in"
                            + " the request carries its content");
                }
                if (signature) {
                    JwsSignature.verify(statement, parts.get(sha2).text());
                }
            }
        }
        for (Attachment part : parts.values()) {
            if (!declared.contains(part.sha2())) {
                throw new LrsException(Kind.BAD_REQUEST, "A part with hash " + part.sha2() + " belongs to no attachment");
            }
            if (!part.matchesContent()) {
                throw new LrsException(Kind.BAD_REQUEST, "The part declared as " + part.sha2() + " has another hash");
            }
        }
    }

    static List<JsonObject> attachmentsOf(JsonObject statement) {
        JsonValue attachments = statement.get("attachments");
        return attachments instanceof jakarta.json.JsonArray array
                ? array.stream().map(JsonValue::asJsonObject).toList() : List.of();
    }
}
