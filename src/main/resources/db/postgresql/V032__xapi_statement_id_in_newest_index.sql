-- PostgreSQL port of db/derby/V032__xapi_statement_id_in_newest_index.sql (see db/postgresql/index.txt for the
-- porting rules). CareLearn schema, version 32: the statement id in XAPI_STATEMENT_NEWEST_IX, so that the
-- StatementRef branch of a filtered statement query finds each match's id in the index (an index-only scan)
-- instead of in the table's row.
DROP INDEX XAPI_STATEMENT_NEWEST_IX;
CREATE INDEX XAPI_STATEMENT_NEWEST_IX ON XAPI_STATEMENT (ID DESC, VOIDED, VERB_HASH, STATEMENT_ID);
