package no.lis.tender.tendering.application;

/**
 * Changes what a draft tender is about and how it is run. {@code marketPhase} is 0 to 6;
 * {@code instrument} names a {@link no.lis.tender.tendering.domain.ProcurementInstrument}.
 */
public record ReviseTenderDetailsCommand(Long tenderId, Long version, String title, Long therapeuticAreaId,
                                         Long specialistGroupId, Integer marketPhase, String instrument,
                                         boolean severalRankedSuppliersAllowed) {
}
