-- Which server runs each background job (platform.jobs.JobLeases). Every node of a cluster schedules every job,
-- and a job's run goes ahead only on the node whose name is in HOLDER while EXPIRES_AT lies ahead. The holder
-- renews its lease every few seconds; a node that dies stops renewing, and the first other node to find the lease
-- ended takes it with one conditional UPDATE (a row lock until commit on Derby and PostgreSQL alike, so two nodes
-- cannot both win). One row per job, made by the first node that asks for it. Plain SQL types only, so the same
-- script serves PostgreSQL.

CREATE TABLE JOB_LEASE (
    JOB_NAME      VARCHAR(100) NOT NULL PRIMARY KEY,
    HOLDER        VARCHAR(255) NOT NULL,
    ACQUIRED_AT   TIMESTAMP NOT NULL,
    RENEWED_AT    TIMESTAMP NOT NULL,
    EXPIRES_AT    TIMESTAMP NOT NULL
);
