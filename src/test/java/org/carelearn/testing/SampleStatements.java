package org.carelearn.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** xAPI statements for tests, each with a fresh id and learner so that runs never collide. */
public final class SampleStatements {

    private SampleStatements() {
    }

    /** "A learner completed a module", with a score, as course content would send it. */
    public static JsonObject completed() {
        return base().build();
    }

    /** A completed statement that carries a certificate whose content travels with it (no fileUrl). */
    public static JsonObject completedWithAttachment(byte[] content, String contentType) {
        JsonObjectBuilder attachment = Json.createObjectBuilder()
                .add("usageType", "http://id.tincanapi.com/attachment/certificate")
                .add("display", Json.createObjectBuilder().add("en-US", "Certificate"))
                .add("contentType", contentType).add("length", content.length).add("sha2", sha256(content));
        return base().add("attachments", Json.createArrayBuilder().add(attachment)).build();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObjectBuilder base() {
        String learner = "learner-" + UUID.randomUUID();
        return Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("name", "Zoë Test")
                        .add("mbox", "mailto:" + learner + "@lindenridge.example"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/completed")
                        .add("display", Json.createObjectBuilder().add("en-US", "completed")))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity")
                        .add("id", "https://lindenridge.example/courses/it/" + learner))
                .add("result", Json.createObjectBuilder().add("completion", true)
                        .add("score", Json.createObjectBuilder().add("raw", 85).add("min", 0).add("max", 100)));
    }
}
