--liquibase formatted sql

--changeset lis:schema-stamp-1
--comment: Issue 14 (server start under 10 s): the SHA-256 of the change log that last brought the schema up to date. At start-up the server compares it with its own change log and runs Liquibase only when they differ; on an up-to-date database Liquibase parsed 40-odd change sets and read its history at every start.
CREATE TABLE SYS_SCHEMA_STAMP (
    ID INTEGER NOT NULL,
    CHANGELOG_SHA256 VARCHAR(64) NOT NULL,
    STAMPED_AT TIMESTAMP NOT NULL,
    CONSTRAINT PK_SYS_SCHEMA_STAMP PRIMARY KEY (ID)
);
