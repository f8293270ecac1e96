package org.carelearn.xapi.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The hashes of a stored statement's attachments whose content the LRS holds (those without fileUrl only may lack it). */
final class AttachmentHashes {

    private AttachmentHashes() {
    }

    static List<String> of(JsonObject statement) {
        List<String> hashes = new ArrayList<>();
        if (statement.get("attachments") instanceof JsonArray attachments) {
            for (JsonValue attachment : attachments) {
                hashes.add(attachment.asJsonObject().getString("sha2").toLowerCase(Locale.ROOT));
            }
        }
        return hashes;
    }
}
