package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for the attachment metadata inside a statement (the raw parts of a multipart request are
 * checked elsewhere, against {@code sha2}).
 *
 * <p>{@code sha2} must look like a SHA-224/256/384/512 hex digest: a value that cannot be one can
 * never match a part, so rejecting it early gives a clearer error than a missing-part failure.
 */
final class AttachmentRules {

    private static final Set<String> ATTACHMENT_PROPERTIES = Set.of("usageType", "display", "description",
            "contentType", "length", "sha2", "fileUrl");
    private static final Pattern MEDIA_TYPE = Pattern.compile("^[^\\s/;]+/[^\\s/;]+(\\s*;.*)?$");
    private static final Pattern SHA2_HEX = Pattern.compile("^(?:[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$");

    private AttachmentRules() {
    }

    static void validate(JsonArray attachments, String path) {
        for (int i = 0; i < attachments.size(); i++) {
            attachment(Node.of(attachments.get(i), path + "[" + i + "]"));
        }
    }

    private static void attachment(Node a) {
        a.allowOnly(ATTACHMENT_PROPERTIES);
        a.require("usageType");
        Formats.iri(a, "usageType");
        a.require("display");
        Formats.languageMap(a, "display");
        Formats.languageMap(a, "description");
        String contentType = a.requiredString("contentType");
        if (!MEDIA_TYPE.matcher(contentType).matches()) {
            throw Node.fail(a.at("contentType"), "must be an Internet media type");
        }
        a.require("length");
        JsonNumber length = a.number("length");
        if (!length.isIntegral() || length.bigDecimalValue().signum() < 0) {
            throw Node.fail(a.at("length"), "must be a non-negative integer");
        }
        String sha2 = a.requiredString("sha2");
        if (!SHA2_HEX.matcher(sha2).matches()) {
            throw Node.fail(a.at("sha2"), "must be a hex SHA-2 digest");
        }
        Formats.irl(a, "fileUrl");
    }
}
