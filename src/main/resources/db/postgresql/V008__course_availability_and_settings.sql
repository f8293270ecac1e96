-- PostgreSQL port of db/derby/V008__course_availability_and_settings.sql (see db/postgresql/index.txt for the porting rules).
-- CareLearn schema, version 8: which courses the learners' catalog offers, and the settings an admin gives at
-- run time (the first-run setup).
--
-- COURSE.AVAILABILITY is OFFERED (in the catalog: staff may enrol themselves), NOT_OFFERED (imported, but only
-- assigned by others; what a new import starts as) or RETIRED (nobody new may enrol; those enrolled keep it and
-- their records). Courses imported before this version were all in the catalog, and stay there.
ALTER TABLE COURSE ADD COLUMN AVAILABILITY VARCHAR(16) NOT NULL DEFAULT 'OFFERED';

-- One row per setting an admin has given, by its property name (carelearn.public-url); a setting without a row
-- falls back to its system property and then to its default.
CREATE TABLE SETTING (
    NAME          VARCHAR(100)  NOT NULL PRIMARY KEY,
    SETTING_VALUE VARCHAR(2000) NOT NULL,
    UPDATED_AT    TIMESTAMP     NOT NULL,
    UPDATED_BY    VARCHAR(64)   NOT NULL
);
