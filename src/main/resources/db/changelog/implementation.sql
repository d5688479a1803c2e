--liquibase formatted sql

--changeset lis:implementation-1
--comment: Issue 16 item 5: a recommendation version the system proposes by itself when an agreement it rests on is terminated, changed or expires; a buyer confirms it before approval.
ALTER TABLE AGR_REC ADD COLUMN PROPOSED_FOR_AGREEMENT_ID BIGINT;
ALTER TABLE AGR_REC ADD COLUMN CONFIRMED_BY VARCHAR(60);
ALTER TABLE AGR_REC ADD COLUMN CONFIRMED_AT TIMESTAMP;

--changeset lis:implementation-2
--comment: Issue 16 item 5: consumption per department and indication where the file has them (empty text where not, so that the unique key of trust, drug, month, department and indication holds on both databases).
ALTER TABLE AGR_CONSUMPTION ADD COLUMN DEPARTMENT VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE AGR_CONSUMPTION ADD COLUMN INDICATION VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE AGR_CONSUMPTION DROP CONSTRAINT UQ_AGR_CONSUMPTION;
ALTER TABLE AGR_CONSUMPTION ADD CONSTRAINT UQ_AGR_CONSUMPTION UNIQUE (HOSPITAL_TRUST, VARENUMMER, CONSUMPTION_MONTH, DEPARTMENT, INDICATION);

--changeset lis:implementation-3
--comment: Issue 16 item 5: the reasons of a version proposed after an agreement was terminated or expired.
ALTER TABLE AGR_REC DROP CONSTRAINT CK_AGR_REC_REASON;
ALTER TABLE AGR_REC ADD CONSTRAINT CK_AGR_REC_REASON CHECK (CHANGE_REASON IS NULL OR CHANGE_REASON IN ('NEW_TENDER',
    'OPTION_DECLINED', 'SUPPLIER_CANNOT_DELIVER', 'AGREEMENT_CHANGED', 'AGREEMENT_TERMINATED', 'AGREEMENT_EXPIRED',
    'CLINICAL_REVISION'));
