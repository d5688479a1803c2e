--liquibase formatted sql

--changeset lis:implementation-1
--comment: Issue 16 item 5: a recommendation version the system proposes by itself when an agreement it rests on is terminated, changed or expires; a buyer confirms it before approval.
ALTER TABLE AGR_REC ADD COLUMN PROPOSED_FOR_AGREEMENT_ID BIGINT;
ALTER TABLE AGR_REC ADD COLUMN CONFIRMED_BY VARCHAR(60);
ALTER TABLE AGR_REC ADD COLUMN CONFIRMED_AT TIMESTAMP;
