-- Leadership's coverage matrix and compliance over time read from small pre-aggregated tables (issue 11), kept up to
-- date by org.carelearn.reporting from the same writes that keep V024's and V025's rows, and counted again from
-- those rows by the rebuild command. A load reads a few hundred rows, not every person's evidence and history.
--
-- REPORT_STANDING: each person's status with each competency their job needs on REPORT_AGGREGATE_DAY's day, and the
-- first later day on which the status may change by time alone (evidence lapsing or entering the expiring window),
-- when the day's roll decides it again. REPORT_COVERAGE_GROUP: how many people of each department and job role are
-- reported on (a department row shows even when nobody in it needs a competency). REPORT_COVERAGE_CELL: how many of
-- them stand in each status with each competency.
CREATE TABLE REPORT_STANDING (
    EMPLOYEE_ID           VARCHAR(32) NOT NULL,
    COMPETENCY_IDENTIFIER VARCHAR(36) NOT NULL,
    DEPARTMENT_CODE       VARCHAR(32) NOT NULL,
    JOB_ROLE_CODE         VARCHAR(32) NOT NULL,
    STATUS                VARCHAR(16) NOT NULL,
    CHANGES_ON            DATE,
    CONSTRAINT REPORT_STANDING_PK PRIMARY KEY (EMPLOYEE_ID, COMPETENCY_IDENTIFIER)
);
CREATE INDEX REPORT_STANDING_CHANGES_IX ON REPORT_STANDING (CHANGES_ON);

CREATE TABLE REPORT_COVERAGE_GROUP (
    DEPARTMENT_CODE VARCHAR(32)  NOT NULL,
    JOB_ROLE_CODE   VARCHAR(32)  NOT NULL,
    DEPARTMENT_NAME VARCHAR(120) NOT NULL,
    JOB_ROLE_TITLE  VARCHAR(120) NOT NULL,
    PEOPLE          INTEGER      NOT NULL,
    CONSTRAINT REPORT_COVERAGE_GROUP_PK PRIMARY KEY (DEPARTMENT_CODE, JOB_ROLE_CODE)
);

CREATE TABLE REPORT_COVERAGE_CELL (
    DEPARTMENT_CODE       VARCHAR(32) NOT NULL,
    JOB_ROLE_CODE         VARCHAR(32) NOT NULL,
    COMPETENCY_IDENTIFIER VARCHAR(36) NOT NULL,
    STATUS                VARCHAR(16) NOT NULL,
    PEOPLE                INTEGER     NOT NULL,
    CONSTRAINT REPORT_COVERAGE_CELL_PK PRIMARY KEY (DEPARTMENT_CODE, JOB_ROLE_CODE, COMPETENCY_IDENTIFIER, STATUS)
);

-- REPORT_COMPLIANCE_PERSON: each person's count at the end of each month (the current one up to the day written),
-- in the department they sat in then; CHANGES_ON in REPORT_COMPLIANCE_DUE is the first later day their current
-- month's count may change by time alone (a course falling due, a recertification lapsing). REPORT_COMPLIANCE_MONTH
-- adds them up by department and month.
CREATE TABLE REPORT_COMPLIANCE_PERSON (
    EMPLOYEE_ID     VARCHAR(32) NOT NULL,
    MONTH_START     DATE        NOT NULL,
    DEPARTMENT_CODE VARCHAR(32) NOT NULL,
    REQUIRED        INTEGER     NOT NULL,
    COMPLETED       INTEGER     NOT NULL,
    DUE             INTEGER     NOT NULL,
    ON_TIME         INTEGER     NOT NULL,
    CONSTRAINT REPORT_COMPLIANCE_PERSON_PK PRIMARY KEY (EMPLOYEE_ID, MONTH_START)
);

CREATE TABLE REPORT_COMPLIANCE_DUE (
    EMPLOYEE_ID VARCHAR(32) NOT NULL,
    CHANGES_ON  DATE,
    CONSTRAINT REPORT_COMPLIANCE_DUE_PK PRIMARY KEY (EMPLOYEE_ID)
);
CREATE INDEX REPORT_COMPLIANCE_DUE_CHANGES_IX ON REPORT_COMPLIANCE_DUE (CHANGES_ON);

CREATE TABLE REPORT_COMPLIANCE_MONTH (
    DEPARTMENT_CODE VARCHAR(32)  NOT NULL,
    MONTH_START     DATE         NOT NULL,
    REQUIRED        INTEGER      NOT NULL,
    COMPLETED       INTEGER      NOT NULL,
    DUE             INTEGER      NOT NULL,
    ON_TIME         INTEGER      NOT NULL,
    CONSTRAINT REPORT_COMPLIANCE_MONTH_PK PRIMARY KEY (DEPARTMENT_CODE, MONTH_START)
);

-- The day each aggregate was last brought up to ('coverage', 'compliance'); none yet: never built.
CREATE TABLE REPORT_AGGREGATE_DAY (
    NAME  VARCHAR(16) NOT NULL,
    AS_OF DATE        NOT NULL,
    CONSTRAINT REPORT_AGGREGATE_DAY_PK PRIMARY KEY (NAME)
);
