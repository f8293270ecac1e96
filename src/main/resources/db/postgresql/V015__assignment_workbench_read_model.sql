-- The workbench's read model: what the manager's (and the administrator's) workbench lists, kept by assignment
-- so that filtering, ordering and paging are done by the database, a page at a time, instead of building every
-- row of a line in memory. Written from the same code that decides requirements (assignment's Requirements and
-- learning's enrolment snapshots, through learning's application service) each time a person's requirements are
-- evaluated again, a waiver changes or their enrolment progresses; never read by another context.
-- Plain SQL types only, so the same script serves PostgreSQL.

-- One row per person in active service and course required of them, or one row with no course (COURSE_IRI
-- null, STANDING 'NONE_ASSIGNED') for someone with nothing required. STANDING is the state apart from the
-- calendar (NOT_STARTED, IN_PROGRESS, WAIVED, COMPLETED, NONE_ASSIGNED); the query makes an open one Overdue or
-- Due soon from DUE_ON and the day (assignment.application.WorkbenchState generates that CASE). SORT_NAME,
-- DEPARTMENT_NAME and JOB_ROLE_TITLE are the person's as the staff directory named them when the row was written.
CREATE TABLE ASSIGNMENT_WORKBENCH_ROW (
    EMPLOYEE_ID       VARCHAR(32)   NOT NULL,
    SORT_NAME         VARCHAR(300)  NOT NULL,
    DEPARTMENT_NAME   VARCHAR(200),
    JOB_ROLE_TITLE    VARCHAR(200),
    COURSE_IRI        VARCHAR(1000),
    COURSE_TITLE      VARCHAR(500),
    STANDING          VARCHAR(16)   NOT NULL,
    DUE_ON            DATE,
    LAST_COMPLETED_ON DATE,
    PROGRESS          INTEGER       NOT NULL,
    RULES             VARCHAR(4000) NOT NULL
);
CREATE INDEX ASSIGNMENT_WORKBENCH_ROW_PERSON_IX ON ASSIGNMENT_WORKBENCH_ROW (EMPLOYEE_ID);
CREATE INDEX ASSIGNMENT_WORKBENCH_ROW_NAME_IX ON ASSIGNMENT_WORKBENCH_ROW (SORT_NAME, EMPLOYEE_ID);

-- One row per person in active service with the same name and placement, how many workbench rows they have
-- (ROW_COUNT, at least 1) and how many of those are open training (OPEN_COUNT): what a view that filters or
-- orders by person only needs (its count, the people of its first page, whom to remind, the departments and job
-- roles to choose from), read from a line's people rather than from every row of the line.
CREATE TABLE ASSIGNMENT_WORKBENCH_PERSON (
    EMPLOYEE_ID     VARCHAR(32)  NOT NULL PRIMARY KEY,
    SORT_NAME       VARCHAR(300) NOT NULL,
    DEPARTMENT_NAME VARCHAR(200),
    JOB_ROLE_TITLE  VARCHAR(200),
    ROW_COUNT       INTEGER      NOT NULL,
    OPEN_COUNT      INTEGER      NOT NULL
);

-- Who is in whose line: one row for each person in active service and each manager above them (their manager,
-- that manager's manager, and so on), so that a manager's line is one indexed join, not an IN list of thousands
-- of ids (Derby compares such a list with every row). Written with the person's workbench rows, from the chain
-- of managers staff's directory gives for them.
CREATE TABLE ASSIGNMENT_WORKBENCH_LINE (
    MANAGER_ID  VARCHAR(32) NOT NULL,
    EMPLOYEE_ID VARCHAR(32) NOT NULL,
    CONSTRAINT ASSIGNMENT_WORKBENCH_LINE_PK PRIMARY KEY (MANAGER_ID, EMPLOYEE_ID)
);
CREATE INDEX ASSIGNMENT_WORKBENCH_LINE_PERSON_IX ON ASSIGNMENT_WORKBENCH_LINE (EMPLOYEE_ID);
