-- Reporting's read model of required training over time (issue 11): every course a rule required of a person
-- (ended ones kept, with when it reached them, was first due and ended, and how often it recertifies), every
-- completion, and where each person sat since reporting has known them (a row each time their department or active
-- service changed). Leadership's compliance over time reconstructs each month's end from these rows; written by
-- org.carelearn.reporting from assignment's, learning's and staff's application services, never their tables.
CREATE TABLE REPORT_TRAINING (
    ASSIGNMENT_ID BIGINT        NOT NULL,
    EMPLOYEE_ID   VARCHAR(32)   NOT NULL,
    COURSE_IRI    VARCHAR(1000) NOT NULL,
    REACHED_ON    DATE          NOT NULL,
    DUE_ON        DATE,
    ENDED_ON      DATE,
    RECUR_MONTHS  INTEGER,
    CONSTRAINT REPORT_TRAINING_PK PRIMARY KEY (ASSIGNMENT_ID)
);
CREATE INDEX REPORT_TRAINING_PERSON_IX ON REPORT_TRAINING (EMPLOYEE_ID);

CREATE TABLE REPORT_COMPLETION (
    ENROLMENT_ID BIGINT        NOT NULL,
    EMPLOYEE_ID  VARCHAR(32)   NOT NULL,
    COURSE_IRI   VARCHAR(1000) NOT NULL,
    COMPLETED_ON DATE          NOT NULL,
    CONSTRAINT REPORT_COMPLETION_PK PRIMARY KEY (ENROLMENT_ID)
);
CREATE INDEX REPORT_COMPLETION_PERSON_IX ON REPORT_COMPLETION (EMPLOYEE_ID);

CREATE TABLE REPORT_PLACEMENT (
    EMPLOYEE_ID     VARCHAR(32)  NOT NULL,
    FROM_ON         DATE         NOT NULL,
    DEPARTMENT_CODE VARCHAR(32)  NOT NULL,
    DEPARTMENT_NAME VARCHAR(120) NOT NULL,
    ACTIVE          BOOLEAN      NOT NULL,
    CONSTRAINT REPORT_PLACEMENT_PK PRIMARY KEY (EMPLOYEE_ID, FROM_ON)
);
