--liquibase formatted sql

--changeset lis:scenarios-1
--comment: Issue 16 item 3: scenario prices. A lot may ask for a price per scenario (e.g. subgroup only, and all patients), in the order the buyer gave them; the evaluation ranks each lot under the scenario the buyer chose (the lot's first scenario until she chooses another).
CREATE TABLE TND_LOT_SCENARIO (
    LOT_ID BIGINT NOT NULL,
    SCENARIO_INDEX INTEGER NOT NULL,
    SCENARIO_NAME VARCHAR(100) NOT NULL,
    CONSTRAINT PK_TND_LOT_SCENARIO PRIMARY KEY (LOT_ID, SCENARIO_INDEX),
    CONSTRAINT FK_TND_LOT_SCENARIO_LOT FOREIGN KEY (LOT_ID) REFERENCES TND_LOT (ID)
);
CREATE TABLE EVA_SCENARIO_CHOICE (
    EVALUATION_ID BIGINT NOT NULL,
    LOT_NUMBER INTEGER NOT NULL,
    SCENARIO_NAME VARCHAR(100) NOT NULL,
    CONSTRAINT PK_EVA_SCENARIO_CHOICE PRIMARY KEY (EVALUATION_ID, LOT_NUMBER),
    CONSTRAINT FK_EVA_SCENARIO_CHOICE_EVAL FOREIGN KEY (EVALUATION_ID) REFERENCES EVA_EVALUATION (ID)
);
