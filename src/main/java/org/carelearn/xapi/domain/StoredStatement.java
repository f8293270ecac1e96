package org.carelearn.xapi.domain;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/**
 * A statement as the LRS keeps it: the full JSON (with id, stored, authority and version set by the LRS)
 * and the facts every query filters on, worked out once when it is stored.
 *
 * @param voids the id of the statement this one voids, when its verb is "voided"
 */
public record StoredStatement(String id, Instant stored, String verbId, String registration, String voids,
        Set<String> actorOrObjectAgents, Set<String> relatedAgents, String objectActivity,
        Set<String> relatedActivities, JsonObject json) {

    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";
}
