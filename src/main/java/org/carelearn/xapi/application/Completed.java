package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.XapiEdition;
import org.carelearn.xapi.domain.statement.Agents;
import org.carelearn.xapi.domain.statement.RelatedActivities;
import org.carelearn.xapi.domain.statement.StoredStatement;

/**
 * A statement as the LRS will keep it, worked out before the write takes the position lock: what the LRS adds
 * (authority, version, the timestamp as the edition stores it, context activities as arrays), the facts the indexes
 * hold and the stored JSON's text, all but the {@code stored} time, which only the lock can give. Stamping it
 * ({@link #at}) under the lock then costs a few string appends instead of building, reading and writing the
 * statement again while every other writer waits.
 *
 * @param statement the statement without {@code stored} (and without the timestamp, when it takes the stored time)
 * @param text {@code statement} as JSON text
 * @param timestampFromStored whether the sender left the timestamp out, so that it is the stored time
 */
record Completed(JsonObject statement, String text, boolean timestampFromStored, String verbId, String registration,
        String objectRef, Set<String> actorOrObjectAgents, Set<String> relatedAgents, String objectActivity,
        Set<String> relatedActivities) {

    /** What the LRS adds to a statement sent under this edition with these credentials (it carries its id). */
    static Completed of(JsonObject withId, LrsCredentials credentials, XapiEdition edition) {
        // a stored time the client sent is replaced by the LRS's, added last by at() and stamped()
        JsonObjectBuilder builder = Jsons.createObjectBuilder(ContextActivities.asArrays(withId)).remove("stored")
                .add("authority", credentials.authority());
        if (!withId.containsKey("version")) {
            builder.add("version", edition.assignedVersion());
        }
        boolean timestampFromStored = !withId.containsKey("timestamp");
        if (!timestampFromStored) {
            builder.add("timestamp", edition.storedTimestamp(withId.getString("timestamp")));
        }
        JsonObject statement = builder.build();
        JsonObject context = statement.getJsonObject("context");
        String registration = context != null && context.containsKey("registration")
                ? context.getString("registration").toLowerCase(Locale.ROOT) : null;
        JsonObject object = statement.getJsonObject("object");
        String objectRef = "StatementRef".equals(object.getString("objectType", ""))
                ? object.getString("id").toLowerCase(Locale.ROOT) : null;
        return new Completed(statement, statement.toString(), timestampFromStored,
                statement.getJsonObject("verb").getString("id"), registration, objectRef,
                Agents.actorOrObjectKeys(statement), Agents.relatedAgentKeys(statement),
                RelatedActivities.objectActivityId(statement).orElse(null), RelatedActivities.of(statement));
    }

    String id() {
        return statement.getString("id");
    }

    /** The row to store with this stored time; its JSON is {@link #stamped}'s, as text. */
    StoredStatement at(Instant stored) {
        String storedText = DateTimeFormatter.ISO_INSTANT.format(stored);
        // an ISO instant needs no escaping in JSON; the keys go last, where stamped() puts them
        StringBuilder json = new StringBuilder(text.length() + 80).append(text, 0, text.length() - 1);
        if (timestampFromStored) {
            json.append(",\"timestamp\":\"").append(storedText).append('"');
        }
        json.append(",\"stored\":\"").append(storedText).append("\"}");
        return new StoredStatement(id(), stored, verbId, registration, objectRef, actorOrObjectAgents, relatedAgents,
                objectActivity, relatedActivities, json.toString());
    }

    /** The statement as stored with this stored time. */
    JsonObject stamped(Instant stored) {
        String storedText = DateTimeFormatter.ISO_INSTANT.format(stored);
        JsonObjectBuilder builder = Jsons.createObjectBuilder(statement);
        if (timestampFromStored) {
            builder.add("timestamp", storedText);
        }
        return builder.add("stored", storedText).build();
    }
}
