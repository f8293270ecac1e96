-- PostgreSQL port of db/derby/V009__launch_session_documents_read.sql (see db/postgresql/index.txt for the porting rules).
-- cmi5 10.2.1 and 11: an AU reads LMS.LaunchData and the learner preferences before it sends initialized.
-- The LMS remembers when each session's AU first read them, to refuse an initialized that comes too early.
ALTER TABLE LAUNCH_SESSION ADD COLUMN LAUNCH_DATA_READ_AT TIMESTAMP;
ALTER TABLE LAUNCH_SESSION ADD COLUMN PREFERENCES_READ_AT TIMESTAMP;
