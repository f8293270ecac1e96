-- PostgreSQL port of db/derby/V010__content_grants.sql (see db/postgresql/index.txt for the porting rules).
-- Capability grants for course content (issue 16). Packages are served from their own origin, without the
-- learner's session; a request for a file carries a token instead, and this table says which version the
-- token opens and until when. TOKEN_DIGEST is the SHA-256 (hex) of the token, never the token itself. HOLDER
-- names what the grant was made for ("launch <session id>", "preview <user name>"), so that a launch session
-- that ends can end its grant. APPLICATION_ORIGIN is the CareLearn origin that launched the content: the only
-- page allowed to frame it and the one its lessons talk to.

CREATE SEQUENCE CONTENT_GRANT_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE CONTENT_GRANT (
    ID                 BIGINT       NOT NULL PRIMARY KEY,
    TOKEN_DIGEST       CHAR(64)     NOT NULL,
    VERSION_ID         BIGINT       NOT NULL,
    HOLDER             VARCHAR(100) NOT NULL,
    APPLICATION_ORIGIN VARCHAR(300) NOT NULL,
    ISSUED_AT          TIMESTAMP    NOT NULL,
    EXPIRES_AT         TIMESTAMP    NOT NULL,
    CONSTRAINT CONTENT_GRANT_TOKEN_UQ UNIQUE (TOKEN_DIGEST),
    CONSTRAINT CONTENT_GRANT_VERSION_FK FOREIGN KEY (VERSION_ID) REFERENCES COURSE_VERSION (ID)
);

CREATE INDEX CONTENT_GRANT_HOLDER_IX ON CONTENT_GRANT (HOLDER);
CREATE INDEX CONTENT_GRANT_EXPIRES_IX ON CONTENT_GRANT (EXPIRES_AT);
