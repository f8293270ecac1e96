-- PostgreSQL port of db/derby/V004__xapi_forwarding.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 4: forwarding the LRS's statements to an external LRS.
--
-- One row: where to forward (endpoint, key, secret), whether to, and how far it got. LAST_POSITION is the
-- XAPI_STATEMENT.ID of the last statement the external LRS accepted; positions are committed in order (see
-- V002), so everything after it is the backlog and storing a statement needs no extra write. The sender
-- locks this row for each cycle, so with several servers only one of them sends. NEXT_ATTEMPT_AT is when
-- it may try again after a failure (exponential back-off). CLIENT_SECRET is a credential of the hospital's
-- other system: CareLearn must present it, so it is kept as given, and never shown or logged.

CREATE TABLE XAPI_FORWARDING (
    ONLY_ROW             SMALLINT      NOT NULL PRIMARY KEY,
    ENDPOINT             VARCHAR(2048),
    CLIENT_KEY           VARCHAR(255),
    CLIENT_SECRET        VARCHAR(255),
    ENABLED              BOOLEAN       NOT NULL,
    LAST_POSITION        BIGINT        NOT NULL,
    LAST_ATTEMPT_AT      TIMESTAMP,
    LAST_SUCCESS_AT      TIMESTAMP,
    NEXT_ATTEMPT_AT      TIMESTAMP,
    LAST_ERROR           VARCHAR(1000),
    CONSECUTIVE_FAILURES INT           NOT NULL
);
INSERT INTO XAPI_FORWARDING (ONLY_ROW, ENABLED, LAST_POSITION, CONSECUTIVE_FAILURES) VALUES (1, FALSE, 0, 0);
