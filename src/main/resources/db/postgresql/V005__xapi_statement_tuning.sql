-- PostgreSQL port of db/derby/V005__xapi_statement_tuning.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 5: the statement store's indexes, tuned at a million statements (bench/LrsBench).
--
-- Queries return the newest statements first, and Derby cannot read an ascending index backwards: with
-- V002's indexes every GET /xapi/statements sorted all its candidate rows, the whole table for the
-- unfiltered query and its "more" pages. The indexes below are descending on the statement position, so
-- a query reads its first page in index order and stops. Ascending queries (ascending=true) sort the
-- positions they find, which stays cheap because the repository selects positions before documents.
--
-- Writes: the link tables lose their foreign keys. Each one kept an extra index on STATEMENT_PK that no
-- query reads, and links are only ever written by the repository in the statement's own transaction
-- (statements are never deleted). One index fewer per link row is about a quarter of the index
-- maintenance of a stored statement.

-- Unfiltered queries and "more" pages walk this index from the newest statement down. VOIDED and
-- VERB_HASH make it cover the check a query driven from a link table does on every candidate.
CREATE INDEX XAPI_STATEMENT_NEWEST_IX ON XAPI_STATEMENT (ID DESC, VOIDED, VERB_HASH);

DROP INDEX XAPI_STATEMENT_VERB_IX;
CREATE INDEX XAPI_STATEMENT_VERB_IX ON XAPI_STATEMENT (VERB_HASH, ID DESC);
DROP INDEX XAPI_STATEMENT_REGISTRATION_IX;
CREATE INDEX XAPI_STATEMENT_REGISTRATION_IX ON XAPI_STATEMENT (REGISTRATION, ID DESC);

-- A link row now also carries its statement's verb (VERB_HASH), and its key is (hash, statement, relation,
-- verb): the statements of one agent or activity in newest-first order, with or without a verb, are one
-- index range, and a probe by (hash, statement) serves a second filter.
ALTER TABLE XAPI_STATEMENT_AGENT DROP CONSTRAINT XAPI_STATEMENT_AGENT_FK;
ALTER TABLE XAPI_STATEMENT_AGENT DROP CONSTRAINT XAPI_STATEMENT_AGENT_PK;
ALTER TABLE XAPI_STATEMENT_AGENT ADD COLUMN VERB_HASH BIGINT;
UPDATE XAPI_STATEMENT_AGENT SET VERB_HASH = (SELECT s.VERB_HASH FROM XAPI_STATEMENT s
    WHERE s.ID = XAPI_STATEMENT_AGENT.STATEMENT_PK);
ALTER TABLE XAPI_STATEMENT_AGENT ALTER COLUMN VERB_HASH SET NOT NULL;
CREATE UNIQUE INDEX XAPI_STATEMENT_AGENT_IX ON XAPI_STATEMENT_AGENT (AGENT_HASH, STATEMENT_PK DESC, RELATION,
    VERB_HASH);

ALTER TABLE XAPI_STATEMENT_ACTIVITY DROP CONSTRAINT XAPI_STATEMENT_ACTIVITY_FK;
ALTER TABLE XAPI_STATEMENT_ACTIVITY DROP CONSTRAINT XAPI_STATEMENT_ACTIVITY_PK;
ALTER TABLE XAPI_STATEMENT_ACTIVITY ADD COLUMN VERB_HASH BIGINT;
UPDATE XAPI_STATEMENT_ACTIVITY SET VERB_HASH = (SELECT s.VERB_HASH FROM XAPI_STATEMENT s
    WHERE s.ID = XAPI_STATEMENT_ACTIVITY.STATEMENT_PK);
ALTER TABLE XAPI_STATEMENT_ACTIVITY ALTER COLUMN VERB_HASH SET NOT NULL;
CREATE UNIQUE INDEX XAPI_STATEMENT_ACTIVITY_IX ON XAPI_STATEMENT_ACTIVITY (ACTIVITY_HASH, STATEMENT_PK DESC,
    RELATION, VERB_HASH);
