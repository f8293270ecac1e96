package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import java.util.List;

/** The statements that mention an activity, read for what they say about it. */
public interface ActivityStatements {

    /**
     * The newest statements with the activity as object or related activity, voided or not, at most
     * {@code max}, oldest first.
     */
    List<JsonObject> latestAbout(String activityId, int max);
}
