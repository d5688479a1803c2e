package no.lis.tender.tendering.application;

/** Cancels a tender round before its agreement is active, for the reason given. */
public record CancelTenderCommand(Long tenderId, Long version, String reason) {
}
