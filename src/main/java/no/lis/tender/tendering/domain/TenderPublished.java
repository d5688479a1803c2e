package no.lis.tender.tendering.domain;

/** A tender round was published: its documents are to be generated and suppliers can see it. */
public record TenderPublished(Long tenderId, String actor) {
}
