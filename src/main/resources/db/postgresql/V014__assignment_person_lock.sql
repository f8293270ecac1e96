-- PostgreSQL port of db/derby/V014__assignment_person_lock.sql (see db/postgresql/index.txt for the porting rules).
-- One row per person whose assignments have ever been evaluated: the lock that re-evaluations of the same
-- person take before they read what the person holds. Without it, two re-evaluations at once (the HR import,
-- a completion and the round sweep) could each see no assignment of a rule's course and each add one.
-- Re-evaluation updates the row first (UPDATE takes an exclusive row lock until commit in Derby and
-- PostgreSQL alike), so the second waits and then reads what the first stored. The row is made, in a
-- transaction of its own, the first time the person is evaluated; the people who hold assignments already
-- get theirs here. Plain SQL types only, so the same script serves PostgreSQL.

CREATE TABLE ASSIGNMENT_PERSON (
    EMPLOYEE_ID      VARCHAR(32) NOT NULL PRIMARY KEY,
    REEVALUATED_AT   TIMESTAMP
);

INSERT INTO ASSIGNMENT_PERSON (EMPLOYEE_ID)
    SELECT DISTINCT EMPLOYEE_ID FROM ASSIGNMENT;
