package org.carelearn.xapi.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Rules for {@code context}.
 *
 * <p>{@code revision} and {@code platform} describe the Activity the statement is about, so the
 * spec only allows them when the statement's object is an Activity; the caller passes that fact in.
 * Context activities may be a single Activity or an array (the LRS later normalises to arrays).
 */
final class ContextRules {

    private static final Set<String> CONTEXT_PROPERTIES = Set.of("registration", "instructor", "team",
            "contextActivities", "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_ACTIVITY_KINDS = Set.of("parent", "grouping", "category", "other");

    private ContextRules() {
    }

    static void validate(JsonValue value, String path, boolean objectIsActivity) {
        Node context = Node.of(value, path).allowOnly(CONTEXT_PROPERTIES);
        Formats.uuid(context, "registration");
        if (context.has("instructor")) {
            ActorRules.validate(context.get("instructor"), context.at("instructor"), ActorRules.Position.INSTRUCTOR);
        }
        if (context.has("team")) {
            ActorRules.validate(context.get("team"), context.at("team"), ActorRules.Position.TEAM);
        }
        if (context.has("contextActivities")) {
            contextActivities(context.object("contextActivities"));
        }
        for (String key : new String[] {"revision", "platform"}) {
            context.string(key);
            if (context.has(key) && !objectIsActivity) {
                throw Node.fail(context.at(key), "is only allowed when the statement object is an Activity");
            }
        }
        Formats.languageTag(context, "language");
        if (context.has("statement")) {
            ObjectRules.statementRef(context.get("statement"), context.at("statement"));
        }
        Formats.extensions(context);
    }

    private static void contextActivities(Node activities) {
        activities.allowOnly(CONTEXT_ACTIVITY_KINDS);
        for (String kind : CONTEXT_ACTIVITY_KINDS) {
            JsonValue v = activities.get(kind);
            if (v == null) {
                continue;
            }
            if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArray list = v.asJsonArray();
                for (int i = 0; i < list.size(); i++) {
                    ActivityRules.validate(list.get(i), activities.at(kind) + "[" + i + "]");
                }
            } else {
                ActivityRules.validate(v, activities.at(kind));
            }
        }
    }
}
