-- Reporting's copy of waivers (issue 11, compliance over time): a waived course is not required while the waiver
-- covers the day, so a month's end inside a waiver counts neither as required nor as not completed. One row a
-- waiver, from the day it was granted through its last day (its end date, or the day it was ended early); written
-- by org.carelearn.reporting from assignment's TrainingHistory, never its tables.
CREATE TABLE REPORT_WAIVER (
    WAIVER_ID   BIGINT        NOT NULL,
    EMPLOYEE_ID VARCHAR(32)   NOT NULL,
    COURSE_IRI  VARCHAR(1000) NOT NULL,
    FROM_ON     DATE          NOT NULL,
    THROUGH_ON  DATE          NOT NULL,
    CONSTRAINT REPORT_WAIVER_PK PRIMARY KEY (WAIVER_ID)
);
CREATE INDEX REPORT_WAIVER_PERSON_IX ON REPORT_WAIVER (EMPLOYEE_ID);
