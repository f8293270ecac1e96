-- PostgreSQL port of db/derby/V006__catalog.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 6: the course catalog (cmi5 courses and their versions).
--
-- A course is known by its IRI (the id in its cmi5.xml) and keeps the number and title of its latest version.
-- A version is written once and never changed: it keeps the cmi5.xml as imported, so that learners who started
-- it keep exactly it when a newer version arrives. The files of a package are stored here too, not on disk, so
-- that an import is one transaction (a refused package leaves nothing) and every server of a cluster serves the
-- same bytes; SHA256 is the hex SHA-256 of CONTENT and serves as its ETag. KIND is PACKAGE (a zip, files in
-- COURSE_FILE) or EXTERNAL (a cmi5.xml on its own, AUs elsewhere).

CREATE SEQUENCE COURSE_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE COURSE_VERSION_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE COURSE (
    ID            BIGINT        NOT NULL PRIMARY KEY,
    IRI           VARCHAR(1000) NOT NULL,
    TITLE         VARCHAR(1000) NOT NULL,
    LATEST_NUMBER INT           NOT NULL,
    VERSION       BIGINT        NOT NULL,
    CONSTRAINT COURSE_IRI_UQ UNIQUE (IRI)
);

CREATE TABLE COURSE_VERSION (
    ID             BIGINT        NOT NULL PRIMARY KEY,
    COURSE_ID      BIGINT        NOT NULL,
    VERSION_NUMBER INT           NOT NULL,
    TITLE          VARCHAR(1000) NOT NULL,
    DESCRIPTION    TEXT          NOT NULL,
    STRUCTURE_XML  TEXT          NOT NULL,
    KIND           VARCHAR(16)   NOT NULL,
    FILE_NAME      VARCHAR(255),
    IMPORTED_AT    TIMESTAMP     NOT NULL,
    IMPORTED_BY    VARCHAR(64)   NOT NULL,
    PACKAGE_SHA256 CHAR(64)      NOT NULL,
    PACKAGE_SIZE   BIGINT        NOT NULL,
    AU_COUNT       INT           NOT NULL,
    CONSTRAINT COURSE_VERSION_COURSE_FK FOREIGN KEY (COURSE_ID) REFERENCES COURSE (ID),
    CONSTRAINT COURSE_VERSION_NUMBER_UQ UNIQUE (COURSE_ID, VERSION_NUMBER)
);

CREATE TABLE COURSE_FILE (
    VERSION_ID BIGINT       NOT NULL,
    PATH       VARCHAR(500) NOT NULL,
    MEDIA_TYPE VARCHAR(100) NOT NULL,
    BYTE_SIZE  BIGINT       NOT NULL,
    SHA256     CHAR(64)     NOT NULL,
    CONTENT    BYTEA        NOT NULL,
    CONSTRAINT COURSE_FILE_PK PRIMARY KEY (VERSION_ID, PATH),
    CONSTRAINT COURSE_FILE_VERSION_FK FOREIGN KEY (VERSION_ID) REFERENCES COURSE_VERSION (ID)
);
