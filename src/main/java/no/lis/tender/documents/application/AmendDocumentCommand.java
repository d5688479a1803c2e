package no.lis.tender.documents.application;

import no.lis.tender.shared.domain.CheckedPdf;

/** A buyer's new version of a tender document: the PDF and what changed. */
public record AmendDocumentCommand(Long documentId, String changeNote, CheckedPdf file) {
}
