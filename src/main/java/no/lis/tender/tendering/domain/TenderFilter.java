package no.lis.tender.tendering.domain;

/**
 * What the tender list is narrowed to; a null part does not narrow it.
 *
 * @param text a piece of the reference or the title, in any case
 */
public record TenderFilter(MarketPhase phase, TenderStatus status, Long therapeuticAreaId, String text) {

    public TenderFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
