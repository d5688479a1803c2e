--liquibase formatted sql

--changeset lis:ranking-pages-1
--comment: Issue 14: a ranking is stored as pages of 50 lots in lot number order, each page one compressed value (its lots' outcomes and ranked offers), instead of one row per lot: a 2 000-lot tender is 40 rows instead of 2 000. The rankings stored before are moved into pages by ranking-pages-move.xml, and only then is their table dropped.
CREATE TABLE EVA_RANKING_PAGE (
    TENDER_ID BIGINT NOT NULL,
    PAGE_NUMBER INTEGER NOT NULL,
    FIRST_LOT INTEGER NOT NULL,
    LAST_LOT INTEGER NOT NULL,
    LOT_COUNT INTEGER NOT NULL,
    CONTENT ${blob.type} NOT NULL,
    CONSTRAINT PK_EVA_RANKING_PAGE PRIMARY KEY (TENDER_ID, PAGE_NUMBER)
);
