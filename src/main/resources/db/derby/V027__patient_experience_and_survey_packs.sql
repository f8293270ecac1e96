-- Leadership's patient experience scores and survey-ready packs (issue 11, items 6 and 7), kept by
-- org.carelearn.reporting.
--
-- PATIENT_EXPERIENCE_MEASURE: the survey measures an import may name, each optionally mapped to the competency whose
-- coverage the scores are shown beside. The HCAHPS measures are listed here as CMS names them (hcahpsonline.org,
-- "HCAHPS Survey" and "Summary of HCAHPS Survey Results"; the 2025 survey's new measures from the CMS FY 2025
-- IPPS/LTCH PPS final rule); a hospital adds the measures of its other patient-experience surveys on the page.
CREATE TABLE PATIENT_EXPERIENCE_MEASURE (
    NAME                  VARCHAR(120) NOT NULL,
    COMPETENCY_IDENTIFIER VARCHAR(36),
    POSITION              INTEGER      NOT NULL,
    CONSTRAINT PATIENT_EXPERIENCE_MEASURE_PK PRIMARY KEY (NAME)
);
INSERT INTO PATIENT_EXPERIENCE_MEASURE (NAME, POSITION) VALUES
    ('Communication with Nurses', 1),
    ('Communication with Doctors', 2),
    ('Responsiveness of Hospital Staff', 3),
    ('Communication about Medicines', 4),
    ('Discharge Information', 5),
    ('Care Transition', 6),
    ('Care Coordination', 7),
    ('Information about Symptoms', 8),
    ('Cleanliness of Hospital Environment', 9),
    ('Quietness of Hospital Environment', 10),
    ('Restfulness of Hospital Environment', 11),
    ('Overall Hospital Rating', 12),
    ('Recommend the Hospital', 13);

-- One department's result for one measure in one quarter ('2026-Q3'): the top-box share in percent (exact, two
-- decimals) and how many surveys it rests on. Imported from CSV; the same file twice changes nothing.
CREATE TABLE PATIENT_EXPERIENCE_SCORE (
    DEPARTMENT_CODE VARCHAR(32)  NOT NULL,
    QUARTER         VARCHAR(7)   NOT NULL,
    MEASURE         VARCHAR(120) NOT NULL,
    TOP_BOX_PERCENT DECIMAL(5,2) NOT NULL,
    SURVEYS         INTEGER      NOT NULL,
    IMPORTED_AT     TIMESTAMP    NOT NULL,
    CONSTRAINT PATIENT_EXPERIENCE_SCORE_PK PRIMARY KEY (DEPARTMENT_CODE, QUARTER, MEASURE)
);

-- A survey-ready pack asked for by leadership: a department or a list of people, built in the background by the
-- node holding the job lease 'survey-pack-builder' (BUILDER names the holder that is building it, so a pack left
-- half-built by a node that stopped is taken up again), kept as PDF and XLSX in the database so that every node
-- serves it, and deleted by the job 'survey-pack-cleanup' once EXPIRES_AT has passed (a day after it was built).
CREATE TABLE SURVEY_PACK (
    ID              VARCHAR(36)   NOT NULL,
    REQUESTED_BY    VARCHAR(64)   NOT NULL,
    REQUESTED_AT    TIMESTAMP     NOT NULL,
    DEPARTMENT_CODE VARCHAR(32),
    EMPLOYEE_IDS    CLOB,
    TITLE           VARCHAR(300)  NOT NULL,
    STATUS          VARCHAR(16)   NOT NULL,
    BUILDER         VARCHAR(200),
    PEOPLE_DONE     INTEGER       NOT NULL,
    PEOPLE_TOTAL    INTEGER       NOT NULL,
    FINISHED_AT     TIMESTAMP,
    EXPIRES_AT      TIMESTAMP,
    FAILURE         VARCHAR(1000),
    PDF             BLOB(1G),
    XLSX            BLOB(1G),
    CONSTRAINT SURVEY_PACK_PK PRIMARY KEY (ID)
);
CREATE INDEX SURVEY_PACK_STATUS_IX ON SURVEY_PACK (STATUS, REQUESTED_AT);

-- What the pack's page lists of a built pack, one row per person in the pack's order (the XLSX's summary sheet
-- holds the same rows).
CREATE TABLE SURVEY_PACK_PERSON (
    PACK_ID             VARCHAR(36)  NOT NULL,
    POSITION            INTEGER      NOT NULL,
    EMPLOYEE_ID         VARCHAR(32)  NOT NULL,
    DISPLAY_NAME        VARCHAR(300) NOT NULL,
    JOB_ROLE_TITLE      VARCHAR(120) NOT NULL,
    COMPETENCIES_HELD   INTEGER      NOT NULL,
    COMPETENCIES_NEEDED INTEGER      NOT NULL,
    TRAINING_COMPLETED  INTEGER      NOT NULL,
    TRAINING_REQUIRED   INTEGER      NOT NULL,
    CONSTRAINT SURVEY_PACK_PERSON_PK PRIMARY KEY (PACK_ID, POSITION),
    CONSTRAINT SURVEY_PACK_PERSON_PACK_FK FOREIGN KEY (PACK_ID) REFERENCES SURVEY_PACK (ID) ON DELETE CASCADE
);
