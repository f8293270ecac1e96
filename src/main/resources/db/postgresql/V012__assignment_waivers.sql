-- PostgreSQL port of db/derby/V012__assignment_waivers.sql (see db/postgresql/index.txt for the porting rules).
-- Waivers of one person's requirement of one course: a reason, the last day it covers (ENDS_ON), who granted it
-- and when, and, when ended early, who ended it, when and on which day of the hospital's calendar. Rows are never
-- deleted: ended and revoked waivers are the history. SATISFIED_ENROLMENT_ID names the learning enrolment that
-- waiving the course's cmi5 lessons satisfied, whose completion assignment does not count as one.
-- Plain SQL types only, so the same script serves PostgreSQL.

CREATE SEQUENCE ASSIGNMENT_WAIVER_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE ASSIGNMENT_WAIVER (
    ID                     BIGINT        NOT NULL PRIMARY KEY,
    EMPLOYEE_ID            VARCHAR(32)   NOT NULL,
    COURSE_IRI             VARCHAR(1000) NOT NULL,
    REASON                 VARCHAR(500)  NOT NULL,
    ENDS_ON                DATE          NOT NULL,
    GRANTED_AT             TIMESTAMP     NOT NULL,
    GRANTED_BY             VARCHAR(64)   NOT NULL,
    SATISFIED_ENROLMENT_ID BIGINT,
    REVOKED_AT             TIMESTAMP,
    REVOKED_ON             DATE,
    REVOKED_BY             VARCHAR(64),
    VERSION                BIGINT        NOT NULL,
    CONSTRAINT ASSIGNMENT_WAIVER_REVOKED_CK CHECK ((REVOKED_AT IS NULL AND REVOKED_ON IS NULL AND REVOKED_BY IS NULL)
        OR (REVOKED_AT IS NOT NULL AND REVOKED_ON IS NOT NULL AND REVOKED_BY IS NOT NULL))
);
CREATE INDEX ASSIGNMENT_WAIVER_PERSON_IX ON ASSIGNMENT_WAIVER (EMPLOYEE_ID);
