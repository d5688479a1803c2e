package no.lis.tender.documents.application;

import no.lis.tender.shared.domain.CheckedPdf;

import no.lis.tender.documents.domain.DocumentKind;

/** A buyer's upload of a further document (contract draft, requirement specification, ...) to a tender. */
public record AttachDocumentCommand(Long tenderId, DocumentKind kind, String title, CheckedPdf file) {
}
