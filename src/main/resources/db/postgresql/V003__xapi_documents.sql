-- PostgreSQL port of db/derby/V003__xapi_documents.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 3: the built-in LRS's documents (xAPI 1.0.3, Part Three, 2.2): activity states,
-- activity profiles and agent profiles.
--
-- A document is any bytes with the content type they came with. KIND says which resource it belongs to
-- (0 state, 1 activity profile, 2 agent profile); the other key parts are null where that resource has none.
-- Keys can be long, so a document is found by KEY_HASH, the first 8 bytes of the SHA-256 of its whole key,
-- and listed by SCOPE_HASH, that of its key without the document id; the parts themselves are kept and
-- compared exactly after the lookup. ETAG is the SHA-1 of the content in hex, as the specification asks;
-- every change is made on condition that ETAG is still the one read, which is the optimistic concurrency
-- control of Part Three, 3.1.

CREATE TABLE XAPI_DOCUMENT (
    KEY_HASH     BIGINT        NOT NULL PRIMARY KEY,
    SCOPE_HASH   BIGINT        NOT NULL,
    KIND         SMALLINT      NOT NULL,
    ACTIVITY_ID  VARCHAR(2048),
    AGENT_KEY    VARCHAR(2048),
    REGISTRATION CHAR(36),
    DOCUMENT_ID  VARCHAR(2048) NOT NULL,
    CONTENT_TYPE VARCHAR(255)  NOT NULL,
    CONTENT      BYTEA         NOT NULL,
    ETAG         CHAR(40)      NOT NULL,
    UPDATED      TIMESTAMP     NOT NULL
);
CREATE INDEX XAPI_DOCUMENT_SCOPE_IX ON XAPI_DOCUMENT (SCOPE_HASH, UPDATED);
