package org.carelearn.learning.application;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.carelearn.platform.json.Jsons;

/** What the fetch URL answers (cmi5 8.2): the auth-token once, an error-code after that. */
public record FetchAnswer(JsonObject json) {

    static FetchAnswer token(String sessionId, String secret) {
        String token = Base64.getEncoder().encodeToString((sessionId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new FetchAnswer(Jsons.createObjectBuilder().add("auth-token", token).build());
    }

    static FetchAnswer alreadyUsed() {
        return error("1", "The authorization token for this launch has already been handed out, or the session is"
                + " over. Launch the lesson again from CareLearn.");
    }

    public static FetchAnswer securityError() {
        return error("2", "This launch link is not valid. Launch the lesson again from CareLearn.");
    }

    /** cmi5 error-code 3: CareLearn could not answer (a database failure, or two calls racing). */
    public static FetchAnswer applicationError() {
        return error("3", "CareLearn could not start this lesson's session. Launch the lesson again from CareLearn.");
    }

    private static FetchAnswer error(String code, String text) {
        return new FetchAnswer(Jsons.createObjectBuilder().add("error-code", code).add("error-text", text).build());
    }
}
