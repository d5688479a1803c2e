package no.lis.tender.tendering.application;

/** Publishes a draft tender to suppliers. */
public record PublishTenderCommand(Long tenderId, Long version) {
}
