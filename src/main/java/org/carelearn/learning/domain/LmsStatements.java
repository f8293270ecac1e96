package org.carelearn.learning.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.carelearn.platform.json.Jsons;

/**
 * The statements the LMS itself makes (cmi5 9.3: launched, abandoned, waived, satisfied) and the
 * context template it hands to the AU in LMS.LaunchData (10.2.1). Every one carries the registration,
 * the session id, the cmi5 category and the publisher id of what it is about.
 */
public final class LmsStatements {

    private LmsStatements() {
    }

    /** The contextTemplate of LMS.LaunchData: the session id and the AU's publisher id as grouping. */
    public static JsonObject contextTemplate(String auIri, String sessionId) {
        return Jsons.createObjectBuilder()
                .add("contextActivities", Jsons.createObjectBuilder().add("grouping", activities(auIri)))
                .add("extensions", Jsons.createObjectBuilder().add(Cmi5.EXT_SESSION_ID, sessionId)).build();
    }

    /** Written before the launch (9.3.1), with what the launch was (9.6.3). */
    public static JsonObject launched(JsonObject actor, String registration, LaunchSession session, String launchUrl,
            String moveOn, BigDecimal masteryScore, String launchParameters, Instant at) {
        JsonObjectBuilder extensions = Jsons.createObjectBuilder().add(Cmi5.EXT_SESSION_ID, session.sessionId())
                .add(Cmi5.EXT_LAUNCH_MODE, session.launchMode().cmi5Name()).add(Cmi5.EXT_LAUNCH_URL, launchUrl)
                .add(Cmi5.EXT_MOVE_ON, moveOn);
        if (masteryScore != null) {
            extensions.add(Cmi5.EXT_MASTERY_SCORE, masteryScore);
        }
        if (launchParameters != null) {
            extensions.add(Cmi5.EXT_LAUNCH_PARAMETERS, launchParameters);
        }
        return statement(actor, Cmi5.LAUNCHED, "launched", au(session.activityId()), null,
                context(registration, session.auIri(), false, extensions), at);
    }

    /** A session that ended without terminated (9.3.6); its duration is launch to last statement. */
    public static JsonObject abandoned(JsonObject actor, String registration, LaunchSession session, Duration length,
            Instant at) {
        JsonObject result = Jsons.createObjectBuilder().add("duration", length.toString()).build();
        return statement(actor, Cmi5.ABANDONED, "abandoned", au(session.activityId()), result,
                context(registration, session.auIri(), false, sessionOnly(session.sessionId())), at);
    }

    /** The LMS decided an AU's requirements are met by other means (9.3.7), in a session of its own (a new id). */
    public static JsonObject waived(JsonObject actor, String registration, String activityId, String auIri,
            String reason, String sessionId, Instant at) {
        JsonObject result = Jsons.createObjectBuilder().add("success", true).add("completion", true)
                .add("extensions", Jsons.createObjectBuilder().add(Cmi5.EXT_REASON, reason)).build();
        return statement(actor, Cmi5.WAIVED, "waived", au(activityId), result,
                context(registration, auIri, true, sessionOnly(sessionId)), at);
    }

    /** A block or the course has all its members' moveOn criteria met (9.3.9). */
    public static JsonObject satisfied(JsonObject actor, String registration, String objectId, String type,
            String publisherId, String title, String sessionId, Instant at) {
        JsonObject object = Jsons.createObjectBuilder().add("objectType", "Activity").add("id", objectId)
                .add("definition", Jsons.createObjectBuilder().add("type", type)
                        .add("name", Jsons.createObjectBuilder().add("en-US", title)))
                .build();
        return statement(actor, Cmi5.SATISFIED, "satisfied", object, null,
                context(registration, publisherId, false, sessionOnly(sessionId)), at);
    }

    private static JsonObjectBuilder sessionOnly(String sessionId) {
        return Jsons.createObjectBuilder().add(Cmi5.EXT_SESSION_ID, sessionId);
    }

    private static JsonObject au(String activityId) {
        return Jsons.createObjectBuilder().add("objectType", "Activity").add("id", activityId).build();
    }

    private static JsonObject context(String registration, String publisherId, boolean moveOn,
            JsonObjectBuilder extensions) {
        JsonArrayBuilder category = Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("id", Cmi5.CATEGORY_CMI5));
        if (moveOn) {
            category.add(Jsons.createObjectBuilder().add("id", Cmi5.CATEGORY_MOVEON));
        }
        return Jsons.createObjectBuilder().add("registration", registration)
                .add("contextActivities", Jsons.createObjectBuilder().add("grouping", activities(publisherId))
                        .add("category", category))
                .add("extensions", extensions).build();
    }

    private static JsonArrayBuilder activities(String id) {
        return Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("objectType", "Activity").add("id", id));
    }

    private static JsonObject statement(JsonObject actor, String verb, String display, JsonObject object,
            JsonObject result, JsonObject context, Instant at) {
        JsonObjectBuilder statement = Jsons.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", actor)
                .add("verb", Jsons.createObjectBuilder().add("id", verb)
                        .add("display", Jsons.createObjectBuilder().add("en-US", display)))
                .add("object", object).add("context", context)
                .add("timestamp", DateTimeFormatter.ISO_INSTANT.format(at));
        if (result != null) {
            statement.add("result", result);
        }
        return statement.build();
    }
}
