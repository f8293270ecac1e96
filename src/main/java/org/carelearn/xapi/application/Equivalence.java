package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.format.IsoTimestamp;

/**
 * Whether a statement sent again is the one already stored (xAPI 1.0.3, Part Three, 2.1.2: the LRS
 * accepts it without change) or a different statement with a taken id (409). What the LRS itself set
 * (stored, authority, version, and a timestamp the sender left out) does not count, nor does a duration's
 * precision beyond hundredths of a second; timestamps compare as instants (2.0.0 stores them in UTC).
 */
final class Equivalence {

    private Equivalence() {
    }

    static boolean same(JsonObject stored, JsonObject incoming) {
        boolean timestampWasSet = !incoming.containsKey("timestamp");
        return comparable(stored, timestampWasSet).equals(comparable(incoming, timestampWasSet));
    }

    private static JsonObject comparable(JsonObject statement, boolean ignoreTimestamp) {
        JsonObjectBuilder builder = Jsons.createObjectBuilder(ComparedDurations.cut(statement));
        builder.remove("stored");
        builder.remove("authority");
        builder.remove("version");
        if (ignoreTimestamp) {
            builder.remove("timestamp");
        } else if (statement.get("timestamp") instanceof JsonString timestamp) {
            IsoTimestamp.parse(timestamp.getString())
                    .ifPresent(t -> builder.add("timestamp", t.toInstant().toString()));
        }
        return builder.build();
    }
}
