--liquibase formatted sql

--changeset lis:recommendation-markets-1
--comment: Issue 16 item 4: regional and Nordic markets in the recommendations. A line ranks in one market of a lot split into markets (a health region, Norway or the joint Nordic market; none for all of Norway), so that each trust is judged against its own region's first choice; a line may rest on a direct agreement (phase-1 negotiation) as well as on a framework agreement, and then counts as bought under an agreement in adherence and savings.
ALTER TABLE AGR_REC_LINE ADD COLUMN MARKET_CODE VARCHAR(20);
ALTER TABLE AGR_REC_LINE ADD COLUMN DIRECT_AGREEMENT_ID BIGINT;
