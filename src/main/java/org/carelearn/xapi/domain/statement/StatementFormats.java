package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.function.UnaryOperator;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.validation.ActorRules;

/**
 * The {@code ids} and {@code canonical} formats of GET /statements, computed from the stored
 * ("exact") statement.
 *
 * <p><b>ids</b>: Agents and identified Groups become their objectType (when given) plus their IFI;
 * anonymous Groups keep objectType and their members, each reduced the same way; Activities become
 * {@code {"id"}} only; Verbs become {@code {"id"}} only. StatementRefs and everything that is not an
 * Agent, Group, Activity or Verb (result, timestamps, attachments, ...) are unchanged.
 *
 * <p><b>canonical</b>: Agents and Groups stay exact; Verb {@code display} and Activity
 * {@code name}/{@code description} (and interaction component descriptions) keep one language,
 * chosen by {@link LanguagePreference}. Replacing definitions by the LRS's canonical copy of the
 * Activity needs the activity store and is left to the caller, which can pass the merged
 * definitions in before calling this.
 *
 * <p>Both walk the statement, its SubStatement, and context (instructor, team, contextActivities).
 */
public final class StatementFormats {

    private static final String[] KINDS = {"parent", "grouping", "category", "other"};
    private static final String[] COMPONENT_LISTS = {"choices", "scale", "source", "target", "steps"};

    private StatementFormats() {
    }

    /** @return the statement in the {@code ids} format */
    public static JsonObject ids(JsonObject statement) {
        return walk(statement, new Shape(StatementFormats::agentIds, v -> idOnly(v), v -> idOnly(v)));
    }

    /** @return the statement in the {@code canonical} format for the given language preference */
    public static JsonObject canonical(JsonObject statement, LanguagePreference languages) {
        return walk(statement, new Shape(UnaryOperator.identity(),
                verb -> reduceMaps(verb.asJsonObject(), languages, "display"),
                activity -> canonicalActivity(activity.asJsonObject(), languages)));
    }

    /** How each kind of sub-object is rewritten. */
    private record Shape(UnaryOperator<JsonValue> agent, UnaryOperator<JsonValue> verb,
                         UnaryOperator<JsonValue> activity) {
    }

    private static JsonObject walk(JsonObject statement, Shape shape) {
        JsonObjectBuilder out = Jsons.createObjectBuilder(statement);
        replace(statement, out, "actor", shape.agent());
        replace(statement, out, "authority", shape.agent());
        replace(statement, out, "verb", shape.verb());
        if (statement.containsKey("object")) {
            out.add("object", object(statement.getJsonObject("object"), shape));
        }
        if (statement.containsKey("context")) {
            out.add("context", context(statement.getJsonObject("context"), shape));
        }
        return out.build();
    }

    private static JsonValue object(JsonObject object, Shape shape) {
        return switch (object.getString("objectType", "Activity")) {
            case "Activity" -> shape.activity().apply(object);
            case "Agent", "Group" -> shape.agent().apply(object);
            case "SubStatement" -> walk(object, shape);
            default -> object;
        };
    }

    private static JsonObject context(JsonObject context, Shape shape) {
        JsonObjectBuilder out = Jsons.createObjectBuilder(context);
        replace(context, out, "instructor", shape.agent());
        replace(context, out, "team", shape.agent());
        if (context.containsKey("contextActivities")) {
            JsonObject activities = context.getJsonObject("contextActivities");
            JsonObjectBuilder ca = Jsons.createObjectBuilder(activities);
            for (String kind : KINDS) {
                replace(activities, ca, kind, v -> mapOneOrMany(v, shape.activity()));
            }
            out.add("contextActivities", ca);
        }
        return out.build();
    }

    private static void replace(JsonObject source, JsonObjectBuilder target, String key, UnaryOperator<JsonValue> f) {
        if (source.containsKey(key)) {
            target.add(key, f.apply(source.get(key)));
        }
    }

    private static JsonValue mapOneOrMany(JsonValue value, UnaryOperator<JsonValue> f) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return f.apply(value);
        }
        JsonArrayBuilder out = Jsons.createArrayBuilder();
        value.asJsonArray().forEach(v -> out.add(f.apply(v)));
        return out.build();
    }

    private static JsonValue idOnly(JsonValue value) {
        return Jsons.createObjectBuilder().add("id", value.asJsonObject().get("id")).build();
    }

    private static JsonValue agentIds(JsonValue value) {
        JsonObject agent = value.asJsonObject();
        JsonObjectBuilder out = Jsons.createObjectBuilder();
        if (agent.containsKey("objectType")) {
            out.add("objectType", agent.get("objectType"));
        }
        boolean identified = false;
        for (String ifi : ActorRules.IFIS) {
            if (agent.containsKey(ifi)) {
                out.add(ifi, agent.get(ifi));
                identified = true;
            }
        }
        if (!identified && agent.containsKey("member")) {
            JsonArrayBuilder members = Jsons.createArrayBuilder();
            agent.getJsonArray("member").forEach(m -> members.add(agentIds(m)));
            out.add("member", members);
        }
        return out.build();
    }

    private static JsonValue canonicalActivity(JsonObject activity, LanguagePreference languages) {
        if (!activity.containsKey("definition")) {
            return activity;
        }
        JsonObject definition = reduceMaps(activity.getJsonObject("definition"), languages, "name", "description");
        JsonObjectBuilder def = Jsons.createObjectBuilder(definition);
        for (String list : COMPONENT_LISTS) {
            JsonArray components = definition.getJsonArray(list);
            if (components != null) {
                JsonArrayBuilder reduced = Jsons.createArrayBuilder();
                components.forEach(c -> reduced.add(reduceMaps(c.asJsonObject(), languages, "description")));
                def.add(list, reduced);
            }
        }
        return Jsons.createObjectBuilder(activity).add("definition", def).build();
    }

    private static JsonObject reduceMaps(JsonObject holder, LanguagePreference languages, String... keys) {
        JsonObjectBuilder out = Jsons.createObjectBuilder(holder);
        for (String key : keys) {
            JsonObject map = holder.getJsonObject(key);
            if (map != null) {
                JsonObjectBuilder one = Jsons.createObjectBuilder();
                languages.choose(map).ifPresent(tag -> one.add(tag, map.get(tag)));
                out.add(key, one);
            }
        }
        return out.build();
    }
}
