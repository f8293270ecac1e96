package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.carelearn.xapi.domain.validation.StatementValidationException;
import org.carelearn.xapi.domain.validation.StatementValidator;

/**
 * Agent identity for indexing and for the statement query's {@code agent} / {@code related_agents}
 * parameters.
 *
 * <p>xAPI identifies an Agent or identified Group by its one inverse functional identifier (IFI),
 * never by name. The key is a plain string so it can be stored in an index column and compared
 * with {@code equals}: {@code mbox:mailto:a@b.org}, {@code mbox_sha1sum:<lower-case hex>},
 * {@code openid:<uri>}, {@code account:<homePage>|<name>}. Only the SHA-1 hex is case-normalised
 * (hex digits carry no case); everything else is kept exactly, because the spec compares IFIs as
 * given. Anonymous Groups have no key; only their members do.
 *
 * <p>The input is assumed to have passed {@link StatementValidator}; these methods do not re-check.
 */
public final class Agents {

    private Agents() {
    }

    /**
     * @return the identity key of an Agent or identified Group, or empty for an anonymous Group
     */
    public static Optional<String> identityKey(JsonObject agentOrGroup) {
        if (agentOrGroup.containsKey("mbox")) {
            return Optional.of("mbox:" + agentOrGroup.getString("mbox"));
        }
        if (agentOrGroup.containsKey("mbox_sha1sum")) {
            return Optional.of("mbox_sha1sum:" + agentOrGroup.getString("mbox_sha1sum").toLowerCase(Locale.ROOT));
        }
        if (agentOrGroup.containsKey("openid")) {
            return Optional.of("openid:" + agentOrGroup.getString("openid"));
        }
        if (agentOrGroup.containsKey("account")) {
            JsonObject account = agentOrGroup.getJsonObject("account");
            return Optional.of("account:" + account.getString("homePage") + "|" + account.getString("name"));
        }
        return Optional.empty();
    }

    /**
     * Validates the {@code agent} query parameter and returns its key.
     *
     * @throws StatementValidationException when the parameter is not an Agent or identified Group
     */
    public static String keyOfParameter(JsonValue agentParameter) {
        new StatementValidator().validateAgentParameter(agentParameter);
        return identityKey(agentParameter.asJsonObject()).orElseThrow();
    }

    /**
     * Keys matched by the {@code agent} parameter without {@code related_agents}: the statement's
     * actor and, when it is an Agent or Group, its object.
     */
    public static Set<String> actorOrObjectKeys(JsonObject statement) {
        Set<String> keys = new LinkedHashSet<>();
        identityKey(statement.getJsonObject("actor")).ifPresent(keys::add);
        JsonObject object = statement.getJsonObject("object");
        if (isAgentOrGroup(object)) {
            identityKey(object).ifPresent(keys::add);
        }
        return keys;
    }

    /**
     * Keys matched by the {@code agent} parameter with {@code related_agents=true}: actor, object
     * (Agent/Group), authority, context.instructor, context.team, xAPI 2.0.0's context agents and context
     * groups, the members of every Group among them, and the same positions inside a SubStatement object.
     */
    public static Set<String> relatedAgentKeys(JsonObject statement) {
        Set<String> keys = new LinkedHashSet<>();
        collect(statement, keys);
        addAgent(statement.get("authority"), keys);
        JsonObject object = statement.getJsonObject("object");
        if (object != null && "SubStatement".equals(object.getString("objectType", null))) {
            collect(object, keys);
        }
        return keys;
    }

    private static void collect(JsonObject statementLike, Set<String> keys) {
        addAgent(statementLike.get("actor"), keys);
        JsonObject object = statementLike.getJsonObject("object");
        if (isAgentOrGroup(object)) {
            addAgent(object, keys);
        }
        JsonObject context = statementLike.getJsonObject("context");
        if (context != null) {
            addAgent(context.get("instructor"), keys);
            addAgent(context.get("team"), keys);
            each(context.get("contextAgents"), "agent", keys);
            each(context.get("contextGroups"), "group", keys);
        }
    }

    private static void each(JsonValue list, String property, Set<String> keys) {
        if (list instanceof JsonArray entries) {
            for (JsonValue entry : entries) {
                if (entry instanceof JsonObject holder) {
                    addAgent(holder.get(property), keys);
                }
            }
        }
    }

    private static void addAgent(JsonValue value, Set<String> keys) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        JsonObject agent = value.asJsonObject();
        identityKey(agent).ifPresent(keys::add);
        if (agent.containsKey("member")) {
            for (JsonValue member : agent.getJsonArray("member")) {
                addAgent(member, keys);
            }
        }
    }

    private static boolean isAgentOrGroup(JsonObject object) {
        if (object == null) {
            return false;
        }
        String type = object.getString("objectType", "Activity");
        return type.equals("Agent") || type.equals("Group");
    }
}
