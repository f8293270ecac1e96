-- PostgreSQL port of db/derby/V002__xapi_statements_and_clients.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 2: the built-in xAPI Learning Record Store's statements and its clients.
--
-- A statement is kept as the JSON the LRS stored (with id, stored, authority and version filled in), plus
-- indexed columns for every query parameter. IRIs and agent identifiers can be long, so they are indexed
-- through a 64-bit hash (the first 8 bytes of their SHA-256) and compared exactly after the index lookup.
-- ID grows with every stored statement and is handed out from XAPI_POSITION, whose single row each writing
-- transaction locks until it commits: ids are therefore committed in order, so paging by ID ("more")
-- never skips a statement that committed late, on one server or several.

CREATE SEQUENCE XAPI_CLIENT_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE XAPI_POSITION (
    ONLY_ROW      SMALLINT NOT NULL PRIMARY KEY,
    NEXT_POSITION BIGINT   NOT NULL
);
INSERT INTO XAPI_POSITION (ONLY_ROW, NEXT_POSITION) VALUES (1, 1);

CREATE TABLE XAPI_STATEMENT (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    STATEMENT_ID    CHAR(36)      NOT NULL,
    STORED          TIMESTAMP     NOT NULL,
    VERB_HASH       BIGINT        NOT NULL,
    VERB_ID         VARCHAR(2048) NOT NULL,
    REGISTRATION    CHAR(36),
    VOIDED          BOOLEAN       NOT NULL,
    OBJECT_REF      CHAR(36),
    STATEMENT_JSON  TEXT          NOT NULL,
    CONSTRAINT XAPI_STATEMENT_ID_UQ UNIQUE (STATEMENT_ID)
);
CREATE INDEX XAPI_STATEMENT_VERB_IX ON XAPI_STATEMENT (VERB_HASH, ID);
CREATE INDEX XAPI_STATEMENT_REGISTRATION_IX ON XAPI_STATEMENT (REGISTRATION, ID);
-- Statements whose object is a StatementRef: queries also return the statements that target a match.
CREATE INDEX XAPI_STATEMENT_OBJECT_REF_IX ON XAPI_STATEMENT (OBJECT_REF);

-- Agents a statement is about. RELATION 0: its actor, or its object when that is an agent or group
-- (the plain "agent" filter); 1: related only (authority, instructor, team, group members, sub-statement),
-- which "related_agents=true" adds.
CREATE TABLE XAPI_STATEMENT_AGENT (
    STATEMENT_PK BIGINT   NOT NULL,
    AGENT_HASH   BIGINT   NOT NULL,
    RELATION     SMALLINT NOT NULL,
    CONSTRAINT XAPI_STATEMENT_AGENT_PK PRIMARY KEY (AGENT_HASH, RELATION, STATEMENT_PK),
    CONSTRAINT XAPI_STATEMENT_AGENT_FK FOREIGN KEY (STATEMENT_PK) REFERENCES XAPI_STATEMENT (ID)
);

-- Activities a statement is about. RELATION 0: its object (the plain "activity" filter); 1: related only
-- (context activities, sub-statement), which "related_activities=true" adds.
CREATE TABLE XAPI_STATEMENT_ACTIVITY (
    STATEMENT_PK  BIGINT   NOT NULL,
    ACTIVITY_HASH BIGINT   NOT NULL,
    RELATION      SMALLINT NOT NULL,
    CONSTRAINT XAPI_STATEMENT_ACTIVITY_PK PRIMARY KEY (ACTIVITY_HASH, RELATION, STATEMENT_PK),
    CONSTRAINT XAPI_STATEMENT_ACTIVITY_FK FOREIGN KEY (STATEMENT_PK) REFERENCES XAPI_STATEMENT (ID)
);

-- Attachment content sent with statements (multipart/mixed), kept once per SHA-2 hash however many
-- statements carry it.
CREATE TABLE XAPI_ATTACHMENT (
    SHA2         VARCHAR(128) NOT NULL PRIMARY KEY,
    CONTENT_TYPE VARCHAR(255) NOT NULL,
    CONTENT      BYTEA        NOT NULL
);

-- Systems allowed to talk to the LRS with HTTP Basic: the key is public, the secret is shown once and
-- kept only as its SHA-256 (secrets are 256 random bits, so a slow hash adds nothing but latency).
CREATE TABLE XAPI_CLIENT (
    ID          BIGINT       NOT NULL PRIMARY KEY,
    CLIENT_KEY  VARCHAR(64)  NOT NULL,
    NAME        VARCHAR(120) NOT NULL,
    SECRET_HASH CHAR(64)     NOT NULL,
    CAN_READ    BOOLEAN      NOT NULL,
    CAN_WRITE   BOOLEAN      NOT NULL,
    ACTIVE      BOOLEAN      NOT NULL,
    CREATED_AT  TIMESTAMP    NOT NULL,
    VERSION     BIGINT       NOT NULL,
    CONSTRAINT XAPI_CLIENT_KEY_UQ UNIQUE (CLIENT_KEY)
);
