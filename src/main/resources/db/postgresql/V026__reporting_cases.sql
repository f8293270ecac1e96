-- Reporting's read model of cases (issue 11, complaints against training): one row per case with its opaque id,
-- complaint or grievance, department and the day received, and its category codes. Nothing of the patient. Written
-- by org.carelearn.reporting from casework's published query (CaseFacts) after a case changes or an import
-- commits, never read from casework's tables; leadership counts cases per department, category and month from it.
CREATE TABLE REPORT_CASE (
    CASE_ID         VARCHAR(36) NOT NULL,
    KIND            VARCHAR(16) NOT NULL,
    DEPARTMENT_CODE VARCHAR(32) NOT NULL,
    RECEIVED_ON     DATE        NOT NULL,
    CONSTRAINT REPORT_CASE_PK PRIMARY KEY (CASE_ID)
);
CREATE INDEX REPORT_CASE_DEPARTMENT_IX ON REPORT_CASE (DEPARTMENT_CODE, RECEIVED_ON);

CREATE TABLE REPORT_CASE_CATEGORY (
    CASE_ID       VARCHAR(36) NOT NULL,
    CATEGORY_CODE VARCHAR(40) NOT NULL,
    CONSTRAINT REPORT_CASE_CATEGORY_PK PRIMARY KEY (CASE_ID, CATEGORY_CODE)
);
