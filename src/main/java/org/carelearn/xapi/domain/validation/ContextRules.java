package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.carelearn.xapi.domain.XapiEdition;
import org.carelearn.xapi.domain.format.Iri;

/**
 * Rules for {@code context}.
 *
 * <p>{@code revision} and {@code platform} describe the Activity the statement is about, so the
 * spec only allows them when the statement's object is an Activity; the caller passes that fact in.
 * Context activities may be a single Activity or an array (the LRS later normalises to arrays).
 *
 * <p>xAPI 2.0.0 adds {@code contextAgents} and {@code contextGroups} (IEEE 9274.1.1, Context): arrays of
 * {@code {"objectType": "contextAgent", "agent": Agent, "relevantTypes": [IRI, ...]}} and of
 * {@code {"objectType": "contextGroup", "group": Group, "relevantTypes": [...]}}; relevantTypes is optional
 * but never empty. Only a 2.0.0 request may send them ({@link XapiEdition#hasContextAgents()}).
 */
final class ContextRules {

    private static final Set<String> CONTEXT_PROPERTIES = Set.of("registration", "instructor", "team",
            "contextActivities", "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_2_0_PROPERTIES = Set.of("registration", "instructor", "team",
            "contextActivities", "revision", "platform", "language", "statement", "extensions", "contextAgents",
            "contextGroups");
    private static final Set<String> CONTEXT_ACTIVITY_KINDS = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_AGENT_PROPERTIES = Set.of("objectType", "agent", "relevantTypes");
    private static final Set<String> CONTEXT_GROUP_PROPERTIES = Set.of("objectType", "group", "relevantTypes");

    private ContextRules() {
    }

    static void validate(JsonValue value, String path, boolean objectIsActivity, XapiEdition edition) {
        Node context = Node.of(value, path)
                .allowOnly(edition.hasContextAgents() ? CONTEXT_2_0_PROPERTIES : CONTEXT_PROPERTIES);
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
        contextAgents(context);
        contextGroups(context);
    }

    private static void contextAgents(Node context) {
        JsonArray list = context.array("contextAgents");
        for (int i = 0; list != null && i < list.size(); i++) {
            Node entry = Node.of(list.get(i), context.at("contextAgents") + "[" + i + "]")
                    .allowOnly(CONTEXT_AGENT_PROPERTIES);
            if (!"contextAgent".equals(entry.requiredString("objectType"))) {
                throw Node.fail(entry.at("objectType"), "must be \"contextAgent\"");
            }
            entry.require("agent");
            Node agent = entry.object("agent");
            String type = agent.string("objectType");
            if (type != null && !type.equals("Agent")) {
                throw Node.fail(agent.at("objectType"), "must be \"Agent\" in a contextAgent");
            }
            ActorRules.validate(agent.json(), agent.path(), ActorRules.Position.INSTRUCTOR);
            relevantTypes(entry);
        }
    }

    private static void contextGroups(Node context) {
        JsonArray list = context.array("contextGroups");
        for (int i = 0; list != null && i < list.size(); i++) {
            Node entry = Node.of(list.get(i), context.at("contextGroups") + "[" + i + "]")
                    .allowOnly(CONTEXT_GROUP_PROPERTIES);
            if (!"contextGroup".equals(entry.requiredString("objectType"))) {
                throw Node.fail(entry.at("objectType"), "must be \"contextGroup\"");
            }
            entry.require("group");
            ActorRules.validate(entry.get("group"), entry.at("group"), ActorRules.Position.TEAM);
            relevantTypes(entry);
        }
    }

    private static void relevantTypes(Node entry) {
        JsonArray types = entry.array("relevantTypes");
        if (types == null) {
            return;
        }
        if (types.isEmpty()) {
            throw Node.fail(entry.at("relevantTypes"), "must hold at least one IRI when present");
        }
        for (int i = 0; i < types.size(); i++) {
            String at = entry.at("relevantTypes") + "[" + i + "]";
            if (!(types.get(i) instanceof JsonString type) || !Iri.isValid(type.getString())) {
                throw Node.fail(at, "must be an absolute IRI");
            }
        }
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
