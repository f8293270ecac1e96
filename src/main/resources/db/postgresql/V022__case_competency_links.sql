-- PostgreSQL port of db/derby/V022__case_competency_links.sql (see db/postgresql/index.txt for the porting rules).
-- Casework's competency links (issue 10, item 3). CASE_COMPETENCY_LINK: which competencies a case needs, by
-- category code or, for APPLIES_TO = '*GRIEVANCE', by any grievance (the competencies its owner must currently
-- hold). COMPETENCY_IDENTIFIER is the competency's CASE identifier as the competency context publishes it; casework
-- keeps no copy of competency's tables. Seeded with the demo framework's identifiers
-- (demo/patient-relations.case.json): communication and listening need empathetic communication (PR.1), language
-- access needs cultural sensitivity and language access (PR.5), any grievance needs complaint and grievance
-- handling (PR.4). An installation without that framework simply has links to nothing it publishes: they are
-- shown as unknown and may be removed.
-- CASE_OWNER_OVERRIDE: a grievance given to an owner not competent in what every grievance needs, by a manager,
-- with the reason (shown on the case). CASE_COMPETENCY_GAP: a case review's competency gap for a person the case
-- names, its approval and the requirement it became (an assignment rule's id or a validation request's id).
-- Plain SQL types only, so the same script serves PostgreSQL.

CREATE TABLE CASE_COMPETENCY_LINK (
    APPLIES_TO             VARCHAR(40) NOT NULL,
    COMPETENCY_IDENTIFIER  VARCHAR(36) NOT NULL,
    CONSTRAINT CASE_COMPETENCY_LINK_PK PRIMARY KEY (APPLIES_TO, COMPETENCY_IDENTIFIER)
);

INSERT INTO CASE_COMPETENCY_LINK (APPLIES_TO, COMPETENCY_IDENTIFIER) VALUES
    ('COMMUNICATION', '18ffcc5d-a164-5eb7-b13d-5de6362d6772'),
    ('LISTENING', '18ffcc5d-a164-5eb7-b13d-5de6362d6772'),
    ('LANGUAGE_ACCESS', '81824fe3-0b2e-57f9-b3b3-93c69436ec83'),
    ('*GRIEVANCE', '3b9895c7-609a-5a00-a505-9e27ff3e5cc7');

CREATE TABLE CASE_OWNER_OVERRIDE (
    CASE_ID            BIGINT       NOT NULL,
    OWNER_EMPLOYEE_ID  VARCHAR(32)  NOT NULL,
    NOT_HELD           VARCHAR(500) NOT NULL,
    REASON             VARCHAR(500) NOT NULL,
    OVERRIDDEN_AT      TIMESTAMP    NOT NULL,
    OVERRIDDEN_BY      VARCHAR(64)  NOT NULL,
    CONSTRAINT CASE_OWNER_OVERRIDE_CASE_FK FOREIGN KEY (CASE_ID) REFERENCES CASE_RECORD (ID)
);

CREATE SEQUENCE CASE_COMPETENCY_GAP_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE CASE_COMPETENCY_GAP (
    ID                     BIGINT        NOT NULL PRIMARY KEY,
    CASE_ID                BIGINT        NOT NULL,
    EMPLOYEE_ID            VARCHAR(32)   NOT NULL,
    COMPETENCY_IDENTIFIER  VARCHAR(36)   NOT NULL,
    REMEDY                 VARCHAR(16)   NOT NULL,
    COURSE_IRI             VARCHAR(500),
    NOTE                   VARCHAR(1000) NOT NULL,
    RECORDED_AT            TIMESTAMP     NOT NULL,
    RECORDED_BY            VARCHAR(32)   NOT NULL,
    APPROVED_AT            TIMESTAMP,
    APPROVED_BY            VARCHAR(32),
    REQUIREMENT_ID         BIGINT,
    VERSION                BIGINT        NOT NULL,
    CONSTRAINT CASE_COMPETENCY_GAP_CASE_FK FOREIGN KEY (CASE_ID) REFERENCES CASE_RECORD (ID),
    CONSTRAINT CASE_COMPETENCY_GAP_REMEDY_CK CHECK ((REMEDY = 'COURSE' AND COURSE_IRI IS NOT NULL)
        OR (REMEDY = 'VALIDATION' AND COURSE_IRI IS NULL))
);
-- (CASE_ID, ID), not CASE_ID alone: Derby takes an index on exactly the columns of a foreign key as a duplicate of
-- the index behind the key and makes none, and PostgreSQL (no index behind a foreign key) needs one
CREATE INDEX CASE_COMPETENCY_GAP_CASE_IX ON CASE_COMPETENCY_GAP (CASE_ID, ID);

-- A validation observed from inside a case (its service recovery) carries the case's opaque IRI into the
-- validation's xAPI statement ({lms}/cases/{opaque id}); the request keeps it until then.
ALTER TABLE COMPETENCY_VALIDATION_REQUEST ADD COLUMN CONTEXT_IRI VARCHAR(200);
