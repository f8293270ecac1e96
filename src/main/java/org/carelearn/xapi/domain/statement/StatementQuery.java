package org.carelearn.xapi.domain.statement;

import java.time.Instant;

/**
 * The filters of GET /statements (xAPI 1.0.3, Part Three, 2.1.3). Every filter is optional; results are
 * in stored order (newest first unless {@code ascending}), after the statement with internal position
 * {@code after} when paging with "more".
 *
 * @param agentKey identity key of the agent filter ({@link Agents#identityKey})
 * @param limit at most this many; 0 means the server's maximum
 * @param after the internal position of the last statement of the previous page, or 0
 */
public record StatementQuery(String agentKey, boolean relatedAgents, String verbId, String activityId,
        boolean relatedActivities, String registration, Instant since, Instant until, int limit,
        boolean ascending, long after) {

    public StatementQuery withAfter(long position) {
        return new StatementQuery(agentKey, relatedAgents, verbId, activityId, relatedActivities, registration, since,
                until, limit, ascending, position);
    }
}
