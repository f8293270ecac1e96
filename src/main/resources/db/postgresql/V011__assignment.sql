-- PostgreSQL port of db/derby/V011__assignment.sql (see db/postgresql/index.txt for the porting rules).
-- The assignment context: standing rules that require a course or a curriculum of whoever their target
-- reaches, and the assignments each rule holds on each person (ended ones kept as history). What is required,
-- and by when, moves here from learning's ENROLMENT, whose REQUIREMENT, DUE_ON and REASON columns go: every
-- enrolment that was required becomes a rule for its one person, due on the day it was due.
-- Plain SQL types only, so the same script serves PostgreSQL.

CREATE SEQUENCE ASSIGNMENT_CURRICULUM_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ASSIGNMENT_RULE_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ASSIGNMENT_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

-- A named, ordered set of courses; with UNLOCK_IN_ORDER each opens once the one before it is complete.
CREATE TABLE ASSIGNMENT_CURRICULUM (
    ID              BIGINT       NOT NULL PRIMARY KEY,
    NAME            VARCHAR(200) NOT NULL,
    UNLOCK_IN_ORDER BOOLEAN      NOT NULL,
    CREATED_AT      TIMESTAMP    NOT NULL,
    CREATED_BY      VARCHAR(64)  NOT NULL,
    VERSION         BIGINT       NOT NULL
);

CREATE TABLE ASSIGNMENT_CURRICULUM_COURSE (
    CURRICULUM_ID BIGINT        NOT NULL,
    POSITION      INTEGER       NOT NULL,
    COURSE_IRI    VARCHAR(1000) NOT NULL,
    CONSTRAINT ASSIGNMENT_CURRICULUM_COURSE_PK PRIMARY KEY (CURRICULUM_ID, POSITION),
    CONSTRAINT ASSIGNMENT_CURRICULUM_COURSE_FK FOREIGN KEY (CURRICULUM_ID) REFERENCES ASSIGNMENT_CURRICULUM (ID)
);

-- One course or one curriculum, for a target (TARGET_KIND with the fields that kind needs), due by a policy
-- (DUE_KIND: NONE, FIXED_DATE with DUE_DATE, DAYS_AFTER_HIRE or DAYS_AFTER_ASSIGNED with DUE_DAYS), and
-- recertified every RECERT_MONTHS with a window of RECERT_WINDOW_DAYS, or taken once (both null).
CREATE TABLE ASSIGNMENT_RULE (
    ID                 BIGINT        NOT NULL PRIMARY KEY,
    NAME               VARCHAR(200)  NOT NULL,
    COURSE_IRI         VARCHAR(1000),
    CURRICULUM_ID      BIGINT,
    TARGET_KIND        VARCHAR(32)   NOT NULL,
    TARGET_EMPLOYEE_ID VARCHAR(32),
    TARGET_DEPARTMENT  VARCHAR(32),
    TARGET_JOB_ROLE    VARCHAR(32),
    DUE_KIND           VARCHAR(32)   NOT NULL,
    DUE_DATE           DATE,
    DUE_DAYS           INTEGER,
    RECERT_MONTHS      INTEGER,
    RECERT_WINDOW_DAYS INTEGER,
    CREATED_AT         TIMESTAMP     NOT NULL,
    CREATED_BY         VARCHAR(64)   NOT NULL,
    ENDED_AT           TIMESTAMP,
    ENDED_BY           VARCHAR(64),
    VERSION            BIGINT        NOT NULL,
    CONSTRAINT ASSIGNMENT_RULE_CURRICULUM_FK FOREIGN KEY (CURRICULUM_ID) REFERENCES ASSIGNMENT_CURRICULUM (ID),
    CONSTRAINT ASSIGNMENT_RULE_WHAT_CK CHECK ((COURSE_IRI IS NULL AND CURRICULUM_ID IS NOT NULL)
        OR (COURSE_IRI IS NOT NULL AND CURRICULUM_ID IS NULL))
);
CREATE INDEX ASSIGNMENT_RULE_ACTIVE_IX ON ASSIGNMENT_RULE (ENDED_AT);

-- One rule's hold on one person for one course. ENDED_AT set: the person left the rule's scope or the rule
-- ended; the row stays as history.
CREATE TABLE ASSIGNMENT (
    ID          BIGINT        NOT NULL PRIMARY KEY,
    RULE_ID     BIGINT        NOT NULL,
    EMPLOYEE_ID VARCHAR(32)   NOT NULL,
    COURSE_IRI  VARCHAR(1000) NOT NULL,
    REACHED_ON  DATE          NOT NULL,
    DUE_ON      DATE,
    ENDED_AT    TIMESTAMP,
    END_REASON  VARCHAR(200),
    VERSION     BIGINT        NOT NULL,
    CONSTRAINT ASSIGNMENT_RULE_FK FOREIGN KEY (RULE_ID) REFERENCES ASSIGNMENT_RULE (ID)
);
CREATE INDEX ASSIGNMENT_PERSON_IX ON ASSIGNMENT (EMPLOYEE_ID, ENDED_AT);
CREATE INDEX ASSIGNMENT_RULE_IX ON ASSIGNMENT (RULE_ID, ENDED_AT);

-- Enrolments required before rules existed become one rule each, for their one person, due when they were
-- due. Their ids are the enrolment's id negated: unique, and never one the sequences (which count up from 50)
-- hand out, so no sequence has to be moved past them.
INSERT INTO ASSIGNMENT_RULE (ID, NAME, COURSE_IRI, TARGET_KIND, TARGET_EMPLOYEE_ID, DUE_KIND, DUE_DATE,
        CREATED_AT, CREATED_BY, VERSION)
    SELECT -ID, COALESCE(REASON, 'Assigned before assignment rules'), COURSE_IRI, 'PERSON', EMPLOYEE_ID,
        CASE WHEN DUE_ON IS NULL THEN 'NONE' ELSE 'FIXED_DATE' END, DUE_ON, ENROLLED_AT, ENROLLED_BY, 0
    FROM ENROLMENT WHERE REQUIREMENT = 'REQUIRED';

INSERT INTO ASSIGNMENT (ID, RULE_ID, EMPLOYEE_ID, COURSE_IRI, REACHED_ON, DUE_ON, VERSION)
    SELECT -ID, -ID, EMPLOYEE_ID, COURSE_IRI, CAST(ENROLLED_AT AS DATE), DUE_ON, 0
    FROM ENROLMENT WHERE REQUIREMENT = 'REQUIRED';

ALTER TABLE ENROLMENT DROP COLUMN REQUIREMENT;
ALTER TABLE ENROLMENT DROP COLUMN DUE_ON;
ALTER TABLE ENROLMENT DROP COLUMN REASON;
