package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.statement.ActivityDefinitions;
import org.carelearn.xapi.domain.statement.ActivityStatements;
import org.carelearn.xapi.domain.statement.Persons;

/**
 * What the LRS knows about one activity or one agent: the Activities and Agents resources (xAPI 1.0.3,
 * Part Three, 2.4 and 2.5).
 */
@ApplicationScoped
public class LrsObjects {

    /**
     * How many of the newest statements about an activity make up its definition. Definitions settle early
     * in an activity's life; reading them all would cost as much as the activity's history.
     */
    static final int DEFINITION_SOURCES = 100;

    @Inject
    private ActivityStatements statements;

    /** The activity with the definition its latest statements give it; just objectType and id if none. */
    public JsonObject activity(String activityId, LrsCredentials credentials) {
        requireRead(credentials);
        return ActivityDefinitions.activity(activityId, statements.latestAbout(activityId, DEFINITION_SOURCES));
    }

    /** @param agent an Agent that passed validation */
    public JsonObject person(JsonObject agent, LrsCredentials credentials) {
        requireRead(credentials);
        return Persons.of(agent);
    }

    private static void requireRead(LrsCredentials credentials) {
        if (!credentials.canRead()) {
            throw new LrsException(Kind.FORBIDDEN, "These credentials may not read the LRS");
        }
    }
}
