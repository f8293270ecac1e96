-- PostgreSQL port of db/derby/V016__competency.sql (see db/postgresql/index.txt for the porting rules).
-- The competency context: frameworks and their versions, the level each job role needs, which course shows
-- which competency, the evidence people give, who may validate what, validation requests, and the standings
-- read model the profile and the manager's grid list. Competencies are named by their framework's identifier
-- (a UUID, stable across versions and systems: 1EdTech CASE 1.1 "identifier"), never by a database key, so that
-- a requirement, a piece of evidence or an approval given against one version still names the same competency
-- in the next. Plain SQL types only, so the same script serves PostgreSQL.

CREATE SEQUENCE COMPETENCY_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

-- A framework, the same in every version; LATEST_VERSION is the number of its newest version.
CREATE TABLE COMPETENCY_FRAMEWORK (
    ID             BIGINT       NOT NULL PRIMARY KEY,
    IDENTIFIER     VARCHAR(36)  NOT NULL,
    TITLE          VARCHAR(200) NOT NULL,
    LATEST_VERSION INTEGER      NOT NULL,
    CREATED_AT     TIMESTAMP    NOT NULL,
    CREATED_BY     VARCHAR(64)  NOT NULL,
    VERSION        BIGINT       NOT NULL,
    CONSTRAINT COMPETENCY_FRAMEWORK_IDENTIFIER_UQ UNIQUE (IDENTIFIER)
);

-- One version of a framework, never changed once published. CONTENT_JSON is the whole FrameworkDefinition
-- (scale, domains, competencies, indicators, sources and every identifier) as JSON, written and read by
-- competency.infrastructure.FrameworkJson, so that a version reads back as an equal definition.
CREATE TABLE COMPETENCY_FRAMEWORK_VERSION (
    ID             BIGINT       NOT NULL PRIMARY KEY,
    FRAMEWORK_ID   BIGINT       NOT NULL,
    VERSION_NUMBER INTEGER      NOT NULL,
    VERSION_LABEL  VARCHAR(40)  NOT NULL,
    CONTENT_JSON   TEXT         NOT NULL,
    PUBLISHED_AT   TIMESTAMP    NOT NULL,
    PUBLISHED_BY   VARCHAR(64)  NOT NULL,
    CONSTRAINT COMPETENCY_FRAMEWORK_VERSION_FK FOREIGN KEY (FRAMEWORK_ID) REFERENCES COMPETENCY_FRAMEWORK (ID),
    CONSTRAINT COMPETENCY_FRAMEWORK_VERSION_UQ UNIQUE (FRAMEWORK_ID, VERSION_NUMBER)
);

-- The level a job role (within one department, or in every department when DEPARTMENT_CODE is null) needs of
-- a competency, and how many months a showing stays current. A department's own row wins over the hospital's.
CREATE TABLE COMPETENCY_REQUIREMENT (
    ID                    BIGINT      NOT NULL PRIMARY KEY,
    JOB_ROLE_CODE         VARCHAR(32) NOT NULL,
    DEPARTMENT_CODE       VARCHAR(32),
    COMPETENCY_IDENTIFIER VARCHAR(36) NOT NULL,
    LEVEL_NEEDED          INTEGER     NOT NULL,
    MONTHS_CURRENT        INTEGER     NOT NULL,
    SET_AT                TIMESTAMP   NOT NULL,
    SET_BY                VARCHAR(64) NOT NULL,
    VERSION               BIGINT      NOT NULL
);
CREATE INDEX COMPETENCY_REQUIREMENT_ROLE_IX ON COMPETENCY_REQUIREMENT (JOB_ROLE_CODE);

-- A course that, completed, shows a competency at a level on its own.
CREATE TABLE COMPETENCY_COURSE_MAPPING (
    ID                    BIGINT        NOT NULL PRIMARY KEY,
    COURSE_IRI            VARCHAR(1000) NOT NULL,
    COMPETENCY_IDENTIFIER VARCHAR(36)   NOT NULL,
    LEVEL_SHOWN           INTEGER       NOT NULL,
    SET_AT                TIMESTAMP     NOT NULL,
    SET_BY                VARCHAR(64)   NOT NULL,
    VERSION               BIGINT        NOT NULL
);
CREATE INDEX COMPETENCY_COURSE_MAPPING_COURSE_IX ON COMPETENCY_COURSE_MAPPING (COURSE_IRI);

-- One piece of evidence, never changed or deleted: the person, the competency, the framework version it was
-- given against, its kind (COURSE_COMPLETION, OBSERVED_VALIDATION, SELF_ASSESSMENT, PRIOR_LEARNING), the level,
-- the day (hospital calendar) and instant it was given, who gave it, and the statement id of its xAPI record in
-- CareLearn's LRS. SOURCE_REF names what it came from (the learning enrolment of a course completion, the
-- validation request of a validation) so that the same completion never counts twice.
CREATE TABLE COMPETENCY_EVIDENCE (
    ID                    BIGINT        NOT NULL PRIMARY KEY,
    EMPLOYEE_ID           VARCHAR(32)   NOT NULL,
    COMPETENCY_IDENTIFIER VARCHAR(36)   NOT NULL,
    FRAMEWORK_ID          BIGINT        NOT NULL,
    FRAMEWORK_VERSION     INTEGER       NOT NULL,
    KIND                  VARCHAR(24)   NOT NULL,
    LEVEL_SHOWN           INTEGER       NOT NULL,
    GIVEN_ON              DATE          NOT NULL,
    GIVEN_AT              TIMESTAMP     NOT NULL,
    GIVEN_BY              VARCHAR(64)   NOT NULL,
    COMMENT_TEXT          VARCHAR(2000),
    SOURCE_REF            VARCHAR(1000),
    STATEMENT_ID          VARCHAR(36)   NOT NULL,
    CONSTRAINT COMPETENCY_EVIDENCE_FRAMEWORK_FK FOREIGN KEY (FRAMEWORK_ID) REFERENCES COMPETENCY_FRAMEWORK (ID)
);
CREATE INDEX COMPETENCY_EVIDENCE_PERSON_IX ON COMPETENCY_EVIDENCE (EMPLOYEE_ID, COMPETENCY_IDENTIFIER);

-- An observed validation's verdict on each indicator of the competency: met or not, with a comment.
CREATE TABLE COMPETENCY_EVIDENCE_INDICATOR (
    EVIDENCE_ID          BIGINT       NOT NULL,
    INDICATOR_IDENTIFIER VARCHAR(36)  NOT NULL,
    MET                  BOOLEAN      NOT NULL,
    COMMENT_TEXT         VARCHAR(1000),
    CONSTRAINT COMPETENCY_EVIDENCE_INDICATOR_PK PRIMARY KEY (EVIDENCE_ID, INDICATOR_IDENTIFIER),
    CONSTRAINT COMPETENCY_EVIDENCE_INDICATOR_FK FOREIGN KEY (EVIDENCE_ID) REFERENCES COMPETENCY_EVIDENCE (ID)
);

-- The document a record of prior learning rests on, in the database (never on a node's disk, so that every
-- node of a cluster serves it), with the media type its content was found to have.
CREATE TABLE COMPETENCY_EVIDENCE_DOCUMENT (
    EVIDENCE_ID BIGINT       NOT NULL PRIMARY KEY,
    FILE_NAME   VARCHAR(255) NOT NULL,
    MEDIA_TYPE  VARCHAR(100) NOT NULL,
    BYTE_SIZE   BIGINT       NOT NULL,
    SHA256      VARCHAR(64)  NOT NULL,
    CONTENT     BYTEA        NOT NULL,
    CONSTRAINT COMPETENCY_EVIDENCE_DOCUMENT_FK FOREIGN KEY (EVIDENCE_ID) REFERENCES COMPETENCY_EVIDENCE (ID)
);

-- An administrator's approval of a validator for one competency; ended approvals are kept as history.
CREATE TABLE COMPETENCY_VALIDATOR (
    ID                       BIGINT      NOT NULL PRIMARY KEY,
    VALIDATOR_ID             VARCHAR(32) NOT NULL,
    COMPETENCY_IDENTIFIER    VARCHAR(36) NOT NULL,
    MAY_VALIDATE_OWN_MANAGER BOOLEAN     NOT NULL,
    APPROVED_AT              TIMESTAMP   NOT NULL,
    APPROVED_BY              VARCHAR(64) NOT NULL,
    ENDED_AT                 TIMESTAMP,
    ENDED_BY                 VARCHAR(64),
    VERSION                  BIGINT      NOT NULL
);
CREATE INDEX COMPETENCY_VALIDATOR_COMPETENCY_IX ON COMPETENCY_VALIDATOR (COMPETENCY_IDENTIFIER);

-- A request that someone be validated in a competency: who asked, for whom, its state (OPEN, VALIDATED,
-- WITHDRAWN), and the evidence that closed it.
CREATE TABLE COMPETENCY_VALIDATION_REQUEST (
    ID                    BIGINT       NOT NULL PRIMARY KEY,
    EMPLOYEE_ID           VARCHAR(32)  NOT NULL,
    COMPETENCY_IDENTIFIER VARCHAR(36)  NOT NULL,
    REQUESTED_AT          TIMESTAMP    NOT NULL,
    REQUESTED_BY          VARCHAR(64)  NOT NULL,
    NOTE                  VARCHAR(1000),
    STATE                 VARCHAR(16)  NOT NULL,
    CLOSED_AT             TIMESTAMP,
    CLOSED_BY             VARCHAR(64),
    EVIDENCE_ID           BIGINT,
    VERSION               BIGINT       NOT NULL
);
CREATE INDEX COMPETENCY_VALIDATION_REQUEST_STATE_IX ON COMPETENCY_VALIDATION_REQUEST (STATE, COMPETENCY_IDENTIFIER);
CREATE INDEX COMPETENCY_VALIDATION_REQUEST_PERSON_IX ON COMPETENCY_VALIDATION_REQUEST (EMPLOYEE_ID);

-- The standings read model: one row per person in active service and competency of a published framework,
-- as competency.domain.StandingRule decided it on AS_OF (the hospital's day it was computed; a daily sweep
-- moves it on). STATUS is a CompetencyStatus name; LEVEL_SHOWN is null when no current evidence counts;
-- LAPSES_ON as Standing has it. SORT_NAME, DEPARTMENT_* and JOB_ROLE_* are the person's as the directory had
-- them when the row was written, so that the manager's grid filters and pages in the database.
CREATE TABLE COMPETENCY_STANDING (
    EMPLOYEE_ID           VARCHAR(32)  NOT NULL,
    COMPETENCY_IDENTIFIER VARCHAR(36)  NOT NULL,
    SORT_NAME             VARCHAR(300) NOT NULL,
    DEPARTMENT_CODE       VARCHAR(32),
    JOB_ROLE_CODE         VARCHAR(32),
    STATUS                VARCHAR(16)  NOT NULL,
    LEVEL_SHOWN           INTEGER,
    LEVEL_NEEDED          INTEGER      NOT NULL,
    REQUIRED              BOOLEAN      NOT NULL,
    LAPSES_ON             DATE,
    AS_OF                 DATE         NOT NULL,
    CONSTRAINT COMPETENCY_STANDING_PK PRIMARY KEY (EMPLOYEE_ID, COMPETENCY_IDENTIFIER)
);
CREATE INDEX COMPETENCY_STANDING_COMPETENCY_IX ON COMPETENCY_STANDING (COMPETENCY_IDENTIFIER, STATUS);
CREATE INDEX COMPETENCY_STANDING_NAME_IX ON COMPETENCY_STANDING (SORT_NAME, EMPLOYEE_ID);

-- Who is in whose line, for the grid: one row per person in active service and each manager above them, as
-- assignment's workbench keeps its own (a context never reads another's tables).
CREATE TABLE COMPETENCY_LINE (
    MANAGER_ID  VARCHAR(32) NOT NULL,
    EMPLOYEE_ID VARCHAR(32) NOT NULL,
    CONSTRAINT COMPETENCY_LINE_PK PRIMARY KEY (MANAGER_ID, EMPLOYEE_ID)
);
CREATE INDEX COMPETENCY_LINE_PERSON_IX ON COMPETENCY_LINE (EMPLOYEE_ID);
