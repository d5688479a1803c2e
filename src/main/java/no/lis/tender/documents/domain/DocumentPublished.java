package no.lis.tender.documents.domain;

/**
 * A document of a tender was published to its suppliers: a new document (version 1) or a new version of
 * one. Fired in the transaction that stores it, for whoever tells the suppliers outside the application.
 */
public record DocumentPublished(Long tenderId, Long documentId, DocumentKind kind, String title, int versionNumber) {
}
