--liquibase formatted sql

--changeset lis:submission-gates-drop-1
--comment: Issue 10: submissions take the tender's row lock again (docs/domain.md, "One lock per tender"); the gates of submission-gates-1 are no longer used.
DROP TABLE TND_SUBMISSION_GATE;
