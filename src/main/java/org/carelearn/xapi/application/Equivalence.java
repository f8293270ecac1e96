package org.carelearn.xapi.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Whether a statement sent again is the one already stored (xAPI 1.0.3, Part Three, 2.1.2: the LRS
 * accepts it without change) or a different statement with a taken id (409). What the LRS itself set
 * (stored, authority, version, and a timestamp the sender left out) does not count.
 */
final class Equivalence {

    private Equivalence() {
    }

    static boolean same(JsonObject stored, JsonObject incoming) {
        boolean timestampWasSet = !incoming.containsKey("timestamp");
        return comparable(stored, timestampWasSet).equals(comparable(incoming, timestampWasSet));
    }

    private static JsonObject comparable(JsonObject statement, boolean ignoreTimestamp) {
        JsonObjectBuilder builder = Json.createObjectBuilder(statement);
        builder.remove("stored");
        builder.remove("authority");
        builder.remove("version");
        if (ignoreTimestamp) {
            builder.remove("timestamp");
        }
        return builder.build();
    }
}
