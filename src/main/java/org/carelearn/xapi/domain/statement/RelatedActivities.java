package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Activity ids a statement is about, for the statement query's {@code activity} parameter.
 *
 * <p>Without {@code related_activities} only the object counts. With it, the spec widens the match
 * to every Activity in the statement: the object, all four contextActivities lists, and the same
 * inside a SubStatement object. Computing the set once at write time lets the LRS index it instead
 * of scanning JSON at query time. Input is assumed valid.
 */
public final class RelatedActivities {

    private static final String[] KINDS = {"parent", "grouping", "category", "other"};

    private RelatedActivities() {
    }

    /** @return the object's id when the object is an Activity */
    public static Optional<String> objectActivityId(JsonObject statement) {
        JsonObject object = statement.getJsonObject("object");
        if (object != null && "Activity".equals(object.getString("objectType", "Activity"))) {
            return Optional.of(object.getString("id"));
        }
        return Optional.empty();
    }

    /** @return all related activity ids, object first, without duplicates */
    public static Set<String> of(JsonObject statement) {
        Set<String> ids = new LinkedHashSet<>();
        collect(statement, ids);
        JsonObject object = statement.getJsonObject("object");
        if (object != null && "SubStatement".equals(object.getString("objectType", null))) {
            collect(object, ids);
        }
        return ids;
    }

    private static void collect(JsonObject statementLike, Set<String> ids) {
        objectActivityId(statementLike).ifPresent(ids::add);
        JsonObject context = statementLike.getJsonObject("context");
        if (context == null || !context.containsKey("contextActivities")) {
            return;
        }
        JsonObject contextActivities = context.getJsonObject("contextActivities");
        for (String kind : KINDS) {
            JsonValue v = contextActivities.get(kind);
            if (v == null) {
                continue;
            }
            if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                v.asJsonArray().forEach(a -> ids.add(a.asJsonObject().getString("id")));
            } else {
                ids.add(v.asJsonObject().getString("id"));
            }
        }
    }
}
