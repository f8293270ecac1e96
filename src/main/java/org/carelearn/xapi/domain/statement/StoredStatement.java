package org.carelearn.xapi.domain.statement;

import java.time.Instant;
import java.util.Set;

/**
 * A statement as the LRS keeps it: the full JSON (with id, stored, authority and version set by the LRS)
 * and the facts every query filters on, worked out once when it is stored.
 *
 * @param objectRef the id of the statement this one targets, when its object is a StatementRef
 * @param json the statement's JSON text, as stored and returned
 */
public record StoredStatement(String id, Instant stored, String verbId, String registration, String objectRef,
        Set<String> actorOrObjectAgents, Set<String> relatedAgents, String objectActivity,
        Set<String> relatedActivities, String json) {

    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    /** The statement this one voids, if it is a voiding statement. */
    public String voids() {
        return VOIDED_VERB.equals(verbId) ? objectRef : null;
    }
}
