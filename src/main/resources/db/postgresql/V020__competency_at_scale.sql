-- The competency context at hospital scale (issue 9; measured by bench CompetencyBench, README "Benchmarks").
-- Plain SQL, so the same script serves PostgreSQL.
--
-- 1. What the status rule reads of a person's evidence, in one index: a recompute reads 50 pieces of evidence
--    a person for 20,000 people from the index alone, in person order, never from the table's rows (the
--    documents, comments and statement ids stay out of it). It replaces the index on (EMPLOYEE_ID,
--    COMPETENCY_IDENTIFIER), of which it is an extension.
DROP INDEX COMPETENCY_EVIDENCE_PERSON_IX;
CREATE INDEX COMPETENCY_EVIDENCE_SHOWN_IX ON COMPETENCY_EVIDENCE
    (EMPLOYEE_ID, COMPETENCY_IDENTIFIER, KIND, LEVEL_SHOWN, GIVEN_ON, FRAMEWORK_VERSION, GIVEN_BY);

-- 2. One row per person of the standings (name and place as the directory had them when written): the
--    manager's grid counts and pages a line of 2,000 people here, instead of grouping their 80,000 standings.
CREATE TABLE COMPETENCY_PERSON (
    EMPLOYEE_ID     VARCHAR(32)  NOT NULL PRIMARY KEY,
    SORT_NAME       VARCHAR(300) NOT NULL,
    DEPARTMENT_CODE VARCHAR(32),
    JOB_ROLE_CODE   VARCHAR(32)
);
CREATE INDEX COMPETENCY_PERSON_NAME_IX ON COMPETENCY_PERSON (SORT_NAME, EMPLOYEE_ID);
INSERT INTO COMPETENCY_PERSON (EMPLOYEE_ID, SORT_NAME, DEPARTMENT_CODE, JOB_ROLE_CODE)
    SELECT EMPLOYEE_ID, MIN(SORT_NAME), MIN(DEPARTMENT_CODE), MIN(JOB_ROLE_CODE)
    FROM COMPETENCY_STANDING GROUP BY EMPLOYEE_ID;

-- The grid now sorts people in COMPETENCY_PERSON; the standings' own name index only cost every write.
DROP INDEX COMPETENCY_STANDING_NAME_IX;
