package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.carelearn.platform.json.Jsons;

/**
 * A statement may give each context activity list (parent, grouping, category, other) as one activity or
 * an array; the LRS stores and returns arrays (xAPI 1.0.3, Part Two, 2.4.6.2), in the statement and in a
 * sub-statement alike.
 */
final class ContextActivities {

    private ContextActivities() {
    }

    static JsonObject asArrays(JsonObject statement) {
        JsonObjectBuilder builder = Jsons.createObjectBuilder(statement);
        JsonObject context = statement.getJsonObject("context");
        if (context != null && context.get("contextActivities") instanceof JsonObject lists) {
            JsonObjectBuilder normalized = Jsons.createObjectBuilder();
            lists.forEach((name, value) -> normalized.add(name,
                    value.getValueType() == JsonValue.ValueType.ARRAY ? value : Jsons.createArrayBuilder().add(value).build()));
            builder.add("context", Jsons.createObjectBuilder(context).add("contextActivities", normalized));
        }
        JsonObject object = statement.getJsonObject("object");
        if ("SubStatement".equals(object.getString("objectType", ""))) {
            builder.add("object", asArrays(object));
        }
        return builder.build();
    }
}
