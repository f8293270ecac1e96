package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.format.IsoDuration;

/**
 * A statement as it takes part in a comparison with another one (a statement sent again under a taken id,
 * a statement and its signature's payload): its {@code result.duration}, and its sub-statement's, cut to
 * hundredths of a second, which both editions leave out of comparisons ({@link IsoDuration#comparable}).
 */
final class ComparedDurations {

    private ComparedDurations() {
    }

    static JsonObject cut(JsonObject statement) {
        JsonObject out = statement;
        if (statement.get("result") instanceof JsonObject result && result.get("duration") instanceof JsonString d
                && !IsoDuration.comparable(d.getString()).equals(d.getString())) {
            out = Jsons.createObjectBuilder(out).add("result", Jsons.createObjectBuilder(result)
                    .add("duration", IsoDuration.comparable(d.getString()))).build();
        }
        if (statement.get("object") instanceof JsonObject object
                && "SubStatement".equals(object.getString("objectType", ""))) {
            JsonObject sub = cut(object);
            if (sub != object) {
                out = Jsons.createObjectBuilder(out).add("object", sub).build();
            }
        }
        return out;
    }
}
