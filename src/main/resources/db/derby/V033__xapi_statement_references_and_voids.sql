-- CareLearn schema, version 33: StatementRefs and voids in tables of their own (issue 12, item 2).
--
-- A GET /xapi/statements filtered by agent spent most of its time on two checks made for every candidate, in
-- indexes as large as the statement table (a plain JDBC program on the million-statement LrsBench database,
-- 100 random learners, warm medians): whether the statement is voided (a probe into XAPI_STATEMENT_NEWEST_IX
-- for each link row: 5.3 to 6.0 ms of a page) and whether a statement targets it through a StatementRef (xAPI
-- 1.0.3, Part Three, 2.1.3; two probes a row into the table's indexes, 4.6 to 5.8 ms, although almost no
-- statement is a StatementRef). Both facts concern few statements, so they move into small tables that stay in
-- Derby's page cache, keyed by statement position. Same program and database after the change: the voided check
-- 0.5 ms with 5,000 voided statements, the StatementRef branch 0.6 ms with 20,000 StatementRefs.
--
-- XAPI_STATEMENT_REFERENCE: one row for each statement whose object is a StatementRef. TARGET_ID is the id it
-- names; TARGET_PK the target's position, set when the referring statement is stored if the target already
-- is, or when the target is stored later (writes take XAPI_POSITION's lock in turn, so one of the two sees the
-- other). A StatementRef to a statement never stored keeps a null TARGET_PK and matches no filter.
CREATE TABLE XAPI_STATEMENT_REFERENCE (
    REFERRER_PK BIGINT   NOT NULL,
    TARGET_ID   CHAR(36) NOT NULL,
    TARGET_PK   BIGINT,
    CONSTRAINT XAPI_STATEMENT_REFERENCE_PK PRIMARY KEY (REFERRER_PK)
);
CREATE INDEX XAPI_STATEMENT_REFERENCE_TARGET_IX ON XAPI_STATEMENT_REFERENCE (TARGET_PK, REFERRER_PK DESC);
CREATE INDEX XAPI_STATEMENT_REFERENCE_ID_IX ON XAPI_STATEMENT_REFERENCE (TARGET_ID);
INSERT INTO XAPI_STATEMENT_REFERENCE (REFERRER_PK, TARGET_ID, TARGET_PK)
    SELECT s.ID, s.OBJECT_REF, t.ID FROM XAPI_STATEMENT s LEFT JOIN XAPI_STATEMENT t ON t.STATEMENT_ID = s.OBJECT_REF
    WHERE s.OBJECT_REF IS NOT NULL;

-- XAPI_STATEMENT_VOIDED: the positions of the voided statements, the only record of it.
CREATE TABLE XAPI_STATEMENT_VOIDED (
    STATEMENT_PK BIGINT NOT NULL,
    CONSTRAINT XAPI_STATEMENT_VOIDED_PK PRIMARY KEY (STATEMENT_PK)
);
INSERT INTO XAPI_STATEMENT_VOIDED (STATEMENT_PK) SELECT ID FROM XAPI_STATEMENT WHERE VOIDED = TRUE;

-- The columns they replace, and the indexes that carried them: XAPI_STATEMENT_NEWEST_IX keeps the order of
-- positions, which unfiltered queries and "more" pages walk; no query reads VERB_HASH or STATEMENT_ID from it
-- any longer (link rows carry the verb; the StatementRef branch no longer needs the target's id).
DROP INDEX XAPI_STATEMENT_NEWEST_IX;
DROP INDEX XAPI_STATEMENT_OBJECT_REF_IX;
ALTER TABLE XAPI_STATEMENT DROP COLUMN VOIDED;
ALTER TABLE XAPI_STATEMENT DROP COLUMN OBJECT_REF;
CREATE INDEX XAPI_STATEMENT_NEWEST_IX ON XAPI_STATEMENT (ID DESC);
