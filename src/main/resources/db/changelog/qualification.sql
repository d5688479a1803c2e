--liquibase formatted sql

--changeset lis:qualification-1
--comment: Qualification requirements (kvalifikasjonskrav) of a tender (issue 13): one per kind (kept by the domain: an index-ordered collection is rewritten row by row), in the buyer's order, with a threshold where the kind takes one. The suppliers' ESPD answers are part of the sealed offer content and have no table.
CREATE TABLE TND_QUALIFICATION_REQUIREMENT (
    TENDER_ID BIGINT NOT NULL,
    REQUIREMENT_INDEX INTEGER NOT NULL,
    KIND VARCHAR(40) NOT NULL,
    DESCRIPTION VARCHAR(2000) NOT NULL,
    THRESHOLD DECIMAL(16, 2),
    CONSTRAINT PK_TND_QUALIFICATION_REQ PRIMARY KEY (TENDER_ID, REQUIREMENT_INDEX),
    CONSTRAINT FK_TND_QUALIFICATION_REQ_TENDER FOREIGN KEY (TENDER_ID) REFERENCES TND_TENDER (ID),
    CONSTRAINT CK_TND_QUALIFICATION_REQ_THRESHOLD CHECK (THRESHOLD IS NULL OR THRESHOLD > 0)
);
