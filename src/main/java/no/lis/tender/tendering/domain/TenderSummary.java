package no.lis.tender.tendering.domain;

import java.io.Serializable;
import java.time.Instant;

/** A row of the tender list. */
public record TenderSummary(Long id, TenderReference reference, String title, Long therapeuticAreaId,
                            Long specialistGroupId, MarketPhase marketPhase, ProcurementInstrument instrument,
                            TenderStatus status, Instant submissionDeadline, long version) implements Serializable {
}
