package org.carelearn.xapi.domain.statement;

import java.time.Instant;

/**
 * The filters of GET /statements (xAPI 1.0.3, Part Three, 2.1.3). Every filter is optional; results are
 * in stored order (newest first unless {@code ascending}), after the statement with internal position
 * {@code after} when paging with "more". Build one with {@link #builder()}, which names each filter it sets.
 *
 * @param agentKey identity key of the agent filter ({@link Agents#identityKey})
 * @param limit at most this many; 0 means the server's maximum
 * @param after the internal position of the last statement of the previous page, or 0
 */
public record StatementQuery(String agentKey, boolean relatedAgents, String verbId, String activityId,
        boolean relatedActivities, String registration, Instant since, Instant until, int limit,
        boolean ascending, long after) {

    /** Starts a query without filters, newest first, up to the server's maximum, from the first page. */
    public static Builder builder() {
        return new Builder();
    }

    public StatementQuery withAfter(long position) {
        return new StatementQuery(agentKey, relatedAgents, verbId, activityId, relatedActivities, registration, since,
                until, limit, ascending, position);
    }

    /** Sets the filters a query uses and leaves the others off; a {@code null} filter is off. */
    public static final class Builder {

        private String agentKey;
        private boolean relatedAgents;
        private String verbId;
        private String activityId;
        private boolean relatedActivities;
        private String registration;
        private Instant since;
        private Instant until;
        private int limit;
        private boolean ascending;

        private Builder() {
        }

        /** Statements whose actor or object is this agent, or that mention it anywhere if {@code related}. */
        public Builder agent(String agentKey, boolean related) {
            this.agentKey = agentKey;
            this.relatedAgents = related;
            return this;
        }

        public Builder verb(String verbId) {
            this.verbId = verbId;
            return this;
        }

        /** Statements whose object is this activity, or that mention it in context too if {@code related}. */
        public Builder activity(String activityId, boolean related) {
            this.activityId = activityId;
            this.relatedActivities = related;
            return this;
        }

        public Builder registration(String registration) {
            this.registration = registration;
            return this;
        }

        /** Stored after {@code since} and at or before {@code until}; either may be {@code null}. */
        public Builder storedBetween(Instant since, Instant until) {
            this.since = since;
            this.until = until;
            return this;
        }

        /** At most this many a page; 0 means the server's maximum. */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** Oldest first when {@code true}; newest first otherwise. */
        public Builder ascending(boolean ascending) {
            this.ascending = ascending;
            return this;
        }

        /** The query's first page. */
        public StatementQuery build() {
            return new StatementQuery(agentKey, relatedAgents, verbId, activityId, relatedActivities, registration,
                    since, until, limit, ascending, 0);
        }
    }
}
