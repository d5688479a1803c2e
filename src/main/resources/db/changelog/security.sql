--liquibase formatted sql

--changeset lis:security-1
--comment: The tamper-evident security log: a hash chain of security events, and its head.
-- Entries are only ever added. Each holds the SHA-256 of the entry before it (PREVIOUS_HASH) and its
-- own (ENTRY_HASH) over all its fields, so that a change, deletion or reordering is found by walking
-- the chain (see docs/security-log.md). The time is kept as microseconds since the epoch, not as a
-- TIMESTAMP, so that it reads back exactly whatever the server's time zone.
CREATE TABLE SEC_LOG_ENTRY (
    SEQUENCE_NUMBER BIGINT NOT NULL PRIMARY KEY,
    RECORDED_AT_MICROS BIGINT NOT NULL,
    KIND VARCHAR(30) NOT NULL,
    ACTOR VARCHAR(60) NOT NULL,
    SUBJECT VARCHAR(200) NOT NULL,
    DETAIL VARCHAR(1000) NOT NULL,
    PREVIOUS_HASH VARCHAR(64) NOT NULL,
    ENTRY_HASH VARCHAR(64) NOT NULL,
    CONSTRAINT CK_SEC_LOG_ENTRY_SEQUENCE CHECK (SEQUENCE_NUMBER >= 1)
);

-- Lists by kind and by actor, newest first.
CREATE INDEX IX_SEC_LOG_ENTRY_KIND ON SEC_LOG_ENTRY (KIND, SEQUENCE_NUMBER);
CREATE INDEX IX_SEC_LOG_ENTRY_ACTOR ON SEC_LOG_ENTRY (ACTOR, SEQUENCE_NUMBER);

-- The head: one row with the number and hash of the last entry. Every append locks this row
-- (SELECT ... FOR UPDATE), which serialises appends across threads and across servers sharing the
-- database. It starts at 0 with the all-zero hash that the first entry points to.
CREATE TABLE SEC_LOG_HEAD (
    ID INTEGER NOT NULL PRIMARY KEY,
    LAST_SEQUENCE BIGINT NOT NULL,
    LAST_HASH VARCHAR(64) NOT NULL,
    CONSTRAINT CK_SEC_LOG_HEAD_ONE_ROW CHECK (ID = 1)
);

INSERT INTO SEC_LOG_HEAD (ID, LAST_SEQUENCE, LAST_HASH)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
