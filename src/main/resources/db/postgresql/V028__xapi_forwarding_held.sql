-- PostgreSQL port of db/derby/V028__xapi_forwarding_held.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 28: statements the external LRS refused for good (issue 12, item 5), and the
-- re-evaluations learning owes to what AU sessions stored (item 3).
--
-- When the other LRS refuses one statement permanently (a 4xx about the statement itself, not about the
-- connection), forwarding no longer stops there: the statement is held here and the cursor in XAPI_FORWARDING
-- moves on. POSITION is the statement's XAPI_STATEMENT.ID; an admin retries a held statement (sent alone) or
-- releases it (it stays in CareLearn's LRS and is not forwarded). Nothing else writes this table.
CREATE TABLE XAPI_FORWARDING_HELD (
    POSITION      BIGINT        NOT NULL PRIMARY KEY,
    STATEMENT_ID  VARCHAR(36)   NOT NULL,
    HTTP_STATUS   INT           NOT NULL,
    REASON        VARCHAR(1000) NOT NULL,
    HELD_AT       TIMESTAMP     NOT NULL,
    LAST_TRIED_AT TIMESTAMP     NOT NULL,
    ATTEMPTS      INT           NOT NULL
);
CREATE UNIQUE INDEX XAPI_FORWARDING_HELD_STATEMENT_IX ON XAPI_FORWARDING_HELD (STATEMENT_ID);

-- Learning's reactions to what an AU's session stored (issue 12, item 3). Storing a statement no longer calls back
-- into the statement store: when an AU's batch may change what is satisfied (completed, passed, failed), the
-- storing transaction records that its enrolment is due to be re-evaluated, and learning re-evaluates it (and
-- stores the LMS's satisfied statements) once that transaction committed. The row is the reaction's durability: a
-- crash between the commit and the re-evaluation leaves it here for the session sweep. One row per enrolment;
-- SESSION_ID is the session whose statements asked for it last, which the satisfied statements name (cmi5 9.3.9).
CREATE TABLE LEARNING_REEVALUATION (
    ENROLMENT_ID BIGINT      NOT NULL PRIMARY KEY,
    SESSION_ID   VARCHAR(36) NOT NULL,
    DUE_SINCE    TIMESTAMP   NOT NULL
);
