-- PostgreSQL port of db/derby/V028__xapi_forwarding_held.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 28: statements the external LRS refused for good (issue 12, item 5).
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
