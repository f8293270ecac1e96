package org.carelearn.xapi.domain.statement;

/** The statements a GET /statements request returns, in the caller's transaction. */
public interface StatementQueries {

    /** A page of what {@code query} matches, at most {@code maxLimit} statements, with whether more follow. */
    StatementPage query(StatementQuery query, int maxLimit);
}
