package no.lis.tender.tendering.domain;

import java.io.Serializable;

/**
 * What the tender page shows of a tender above its tabs and in its details tab, and the version its saves
 * must match: one row, read without the lots, criteria, timeline and log (issue 14: the page read the whole
 * tender on every request to show its head and the details tab).
 */
public record TenderHeader(Long id, TenderReference reference, String title, Long therapeuticAreaId,
                           Long specialistGroupId, MarketPhase marketPhase, ProcurementInstrument instrument,
                           TenderStatus status, boolean severalRankedSuppliersAllowed, long version) implements Serializable {

    /** The header of a tender already read. */
    public static TenderHeader of(Tender tender) {
        return new TenderHeader(tender.getId(), tender.getReference(), tender.getTitle(), tender.getTherapeuticAreaId(),
                tender.getSpecialistGroupId(), tender.getMarketPhase(), tender.getInstrument(), tender.getStatus(),
                tender.isSeveralRankedSuppliersAllowed(), tender.getVersion());
    }

    /** Whether the buyer may still change the tender (a draft). */
    public boolean editable() {
        return status.isEditable();
    }
}
