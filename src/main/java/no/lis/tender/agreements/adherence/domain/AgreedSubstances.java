package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.tendering.domain.MarketPhase;

import java.util.Collection;
import java.util.List;

/** The substances (ATC codes) of the lots of tenders behind agreements, read for many tenders at once. */
public interface AgreedSubstances {

    /** Each lot's ATC codes of the tenders {@code tenderIds}, with the tender's market phase; one read. */
    List<LotSubstance> ofTenders(Collection<Long> tenderIds);

    /** ATC code {@code atcCode} on lot {@code lotNumber} of tender {@code tenderId}, tendered in {@code marketPhase}. */
    record LotSubstance(Long tenderId, int lotNumber, String atcCode, MarketPhase marketPhase) {
    }
}
