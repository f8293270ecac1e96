-- PostgreSQL port of db/derby/V013__mail.sql (see db/postgresql/index.txt for the porting rules).
-- Reminders and escalation by e-mail (the notification context). Every message is one row, claimed before it is
-- sent: CLAIM_KEY names the person (or manager), the course, the round (its due date) and the milestone, and is
-- unique, so a second server or a run after a restart that computes the same message fails to claim it and sends
-- nothing. The row keeps what was sent, its state, the attempts, the SMTP server's answer or the error.
-- Plain SQL types only, so the same script serves PostgreSQL.

CREATE SEQUENCE OUTGOING_MAIL_SEQ AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE OUTGOING_MAIL (
    ID                 BIGINT         NOT NULL PRIMARY KEY,
    CLAIM_KEY          VARCHAR(200)   NOT NULL,
    KIND               VARCHAR(32)    NOT NULL,
    RECIPIENT_ID       VARCHAR(32)    NOT NULL,
    RECIPIENT_NAME     VARCHAR(200)   NOT NULL,
    RECIPIENT_ADDRESS  VARCHAR(320)   NOT NULL,
    ABOUT_ID           VARCHAR(32),
    ABOUT_NAME         VARCHAR(200),
    COURSE_IRI         VARCHAR(1000),
    DUE_ON             DATE,
    SUBJECT            VARCHAR(300)   NOT NULL,
    BODY               VARCHAR(16000) NOT NULL,
    STATE              VARCHAR(16)    NOT NULL,
    ATTEMPTS           INTEGER        NOT NULL,
    CLAIMED_AT         TIMESTAMP      NOT NULL,
    NEXT_ATTEMPT_AT    TIMESTAMP,
    LAST_ATTEMPT_AT    TIMESTAMP,
    LEASE              VARCHAR(36),
    SMTP_REPLY         VARCHAR(1000),
    VERSION            BIGINT         NOT NULL,
    CONSTRAINT OUTGOING_MAIL_CLAIM_UQ UNIQUE (CLAIM_KEY)
);
-- the sender's question: what waits to be sent by now
CREATE INDEX OUTGOING_MAIL_DUE_IX ON OUTGOING_MAIL (STATE, NEXT_ATTEMPT_AT);
CREATE INDEX OUTGOING_MAIL_LEASE_IX ON OUTGOING_MAIL (LEASE);

-- A person who switched reminders off (account page). No row: reminders on.
CREATE TABLE MAIL_PREFERENCE (
    EMPLOYEE_ID   VARCHAR(32) NOT NULL PRIMARY KEY,
    REMINDERS_OFF BOOLEAN     NOT NULL,
    CHANGED_AT    TIMESTAMP   NOT NULL
);
