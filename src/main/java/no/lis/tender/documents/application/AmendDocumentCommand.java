package no.lis.tender.documents.application;

/** A buyer's new version of a tender document: the PDF and what changed. */
public record AmendDocumentCommand(Long documentId, String changeNote, String fileName, byte[] content) {
}
