package org.carelearn.learning.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What cmi5's rules need to know of one statement, read once from its JSON.
 *
 * @param cmi5Defined whether it carries the cmi5 category (a "cmi5 defined" statement, 7.1.3)
 * @param scaled the scaled score, or null
 * @param success result.success, or null when absent
 * @param completion result.completion, or null when absent
 */
public record StatementFacts(String id, String verb, String objectId, boolean cmi5Defined, boolean moveOnCategory,
        String sessionId, BigDecimal scaled, Integer raw, boolean hasScore, Boolean success,
        Boolean completion, String duration, String timestamp, JsonObject json) {

    public static StatementFacts of(JsonObject statement) {
        JsonObject context = object(statement, "context");
        JsonObject activities = context == null ? null : object(context, "contextActivities");
        JsonObject extensions = context == null ? null : object(context, "extensions");
        JsonObject result = object(statement, "result");
        JsonObject score = result == null ? null : object(result, "score");
        JsonObject object = statement.getJsonObject("object");
        return new StatementFacts(statement.getString("id", null), statement.getJsonObject("verb").getString("id"),
                object.getString("id", null), hasActivity(activities, "category", Cmi5.CATEGORY_CMI5),
                hasActivity(activities, "category", Cmi5.CATEGORY_MOVEON),
                extensions != null && extensions.get(Cmi5.EXT_SESSION_ID) instanceof jakarta.json.JsonString s
                        ? s.getString() : null,
                decimal(score, "scaled"), integer(score, "raw"), score != null,
                bool(result, "success"), bool(result, "completion"),
                result == null ? null : result.getString("duration", null), statement.getString("timestamp", null),
                statement);
    }

    public boolean is(String verbId) {
        return verb.equals(verbId);
    }

    public Optional<BigDecimal> scaledScore() {
        return Optional.ofNullable(scaled);
    }

    /** Whether context.contextActivities.grouping holds this activity (the publisher id, 9.6.2.3). */
    public boolean groupedBy(String activityId) {
        JsonObject context = object(json, "context");
        return hasActivity(context == null ? null : object(context, "contextActivities"), "grouping", activityId);
    }

    /** Whether the actor is an Agent (objectType left out or "Agent"), as cmi5 9.2 asks, and not a Group. */
    public boolean actorIsAgent() {
        JsonObject actor = object(json, "actor");
        return actor != null && "Agent".equals(actor.getString("objectType", "Agent"));
    }

    /** Whether result.score has a raw value without min or max (cmi5 9.5.1 wants both with it). */
    public boolean rawScoreWithoutRange() {
        JsonObject result = object(json, "result");
        JsonObject score = result == null ? null : object(result, "score");
        return score != null && score.containsKey("raw") && !(score.containsKey("min") && score.containsKey("max"));
    }

    /** The masteryscore context extension (cmi5 9.6.3.2), or null. */
    public BigDecimal masteryScoreExtension() {
        JsonObject context = object(json, "context");
        return decimal(context == null ? null : object(context, "extensions"), Cmi5.EXT_MASTERY_SCORE);
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value instanceof JsonObject o ? o : null;
    }

    private static boolean hasActivity(JsonObject activities, String list, String id) {
        if (activities == null) {
            return false;
        }
        JsonValue value = activities.get(list);
        if (value instanceof JsonObject single) {
            return id.equals(single.getString("id", null));
        }
        if (value instanceof JsonArray array) {
            return array.stream().anyMatch(v -> v instanceof JsonObject o && id.equals(o.getString("id", null)));
        }
        return false;
    }

    private static BigDecimal decimal(JsonObject parent, String name) {
        return parent != null && parent.get(name) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static Integer integer(JsonObject parent, String name) {
        return parent != null && parent.get(name) instanceof JsonNumber n ? n.bigDecimalValue().intValue() : null;
    }

    private static Boolean bool(JsonObject parent, String name) {
        if (parent == null || !parent.containsKey(name)) {
            return null;
        }
        JsonValue value = parent.get(name);
        return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE : null;
    }
}
