package org.carelearn.xapi.domain.forwarding;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.carelearn.platform.json.Jsons;

/**
 * A stored statement waiting to be forwarded: its position in stored order, its JSON exactly as stored
 * (sent as is, so that the other LRS sees the same id and content every time) and the SHA-2 hashes of its
 * attachments.
 */
public record PendingStatement(long position, String json, Set<String> attachmentHashes) {

    public PendingStatement {
        attachmentHashes = Set.copyOf(attachmentHashes);
    }

    /** The statement's id, as stored (lower case). */
    public String statementId() {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject().getString("id");
        }
    }

    public static PendingStatement of(long position, String json) {
        if (!json.contains("\"attachments\"")) {
            return new PendingStatement(position, json, Set.of());
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject statement = reader.readObject();
            Set<String> hashes = new LinkedHashSet<>();
            if (statement.get("attachments") instanceof JsonArray attachments) {
                for (JsonValue attachment : attachments) {
                    if (attachment instanceof JsonObject a && a.containsKey("sha2")) {
                        hashes.add(a.getString("sha2").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new PendingStatement(position, json, hashes);
        }
    }
}
