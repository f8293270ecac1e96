package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carelearn.platform.json.Jsons;

/**
 * The Activity Object the Activities resource returns (xAPI 1.0.3, Part Three, 2.5): everything the
 * statements say about one activity id, put together. Statements are read oldest first and later ones
 * win, except that the language maps (name, description) and extensions are merged key by key, so two
 * statements describing the activity in two languages give one definition with both.
 */
public final class ActivityDefinitions {

    private static final Set<String> MERGED_MAPS = Set.of("name", "description", "extensions");
    private static final String[] CONTEXT_KINDS = {"parent", "grouping", "category", "other"};

    private ActivityDefinitions() {
    }

    /** The activity as the statements (oldest first) describe it; without a definition when none gives one. */
    public static JsonObject activity(String activityId, List<JsonObject> statements) {
        JsonObject definition = null;
        for (JsonObject statement : statements) {
            for (JsonObject definitionSeen : definitionsIn(statement, activityId)) {
                definition = definition == null ? definitionSeen : merge(definition, definitionSeen);
            }
        }
        JsonObjectBuilder activity = Jsons.createObjectBuilder().add("objectType", "Activity").add("id", activityId);
        if (definition != null) {
            activity.add("definition", definition);
        }
        return activity.build();
    }

    /** {@code older} overlaid with {@code newer}, language maps and extensions merged key by key. */
    public static JsonObject merge(JsonObject older, JsonObject newer) {
        JsonObjectBuilder merged = Jsons.createObjectBuilder(older);
        newer.forEach((name, value) -> {
            JsonValue before = older.get(name);
            if (MERGED_MAPS.contains(name) && before instanceof JsonObject beforeMap
                    && value instanceof JsonObject newerMap) {
                JsonObjectBuilder map = Jsons.createObjectBuilder(beforeMap);
                newerMap.forEach(map::add);
                merged.add(name, map);
            } else {
                merged.add(name, value);
            }
        });
        return merged.build();
    }

    /** The definitions a statement gives the activity: as object, as context activity, in a sub-statement. */
    static List<JsonObject> definitionsIn(JsonObject statement, String activityId) {
        List<JsonObject> found = new ArrayList<>();
        collect(statement, activityId, found);
        JsonValue object = statement.get("object");
        if (object instanceof JsonObject o && "SubStatement".equals(o.getString("objectType", null))) {
            collect(o, activityId, found);
        }
        return found;
    }

    private static void collect(JsonObject statementLike, String activityId, List<JsonObject> found) {
        JsonValue object = statementLike.get("object");
        if (object instanceof JsonObject o && "Activity".equals(o.getString("objectType", "Activity"))) {
            addIfSame(o, activityId, found);
        }
        JsonValue context = statementLike.get("context");
        if (!(context instanceof JsonObject c) || !(c.get("contextActivities") instanceof JsonObject activities)) {
            return;
        }
        for (String kind : CONTEXT_KINDS) {
            JsonValue value = activities.get(kind);
            if (value instanceof JsonObject single) {
                addIfSame(single, activityId, found);
            } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
                value.asJsonArray().forEach(a -> {
                    if (a instanceof JsonObject activity) {
                        addIfSame(activity, activityId, found);
                    }
                });
            }
        }
    }

    private static void addIfSame(JsonObject activity, String activityId, List<JsonObject> found) {
        if (activityId.equals(activity.getString("id", null))
                && activity.get("definition") instanceof JsonObject definition) {
            found.add(definition);
        }
    }
}
