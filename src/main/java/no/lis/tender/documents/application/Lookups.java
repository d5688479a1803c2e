package no.lis.tender.documents.application;

import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;

import java.util.Optional;

/** Loads what a command names, refused as {@code not.found} if there is no such thing. */
final class Lookups {

    private Lookups() {
    }

    static Tender tender(TenderRepository tenders, Long id) {
        return Optional.ofNullable(id).flatMap(tenders::find)
                .orElseThrow(() -> new DomainException(null, "not.found", "Anbudet " + id));
    }

    static TenderDocument document(TenderDocumentRepository documents, Long id) {
        return Optional.ofNullable(id).flatMap(documents::find)
                .orElseThrow(() -> new DomainException(null, "not.found", "Dokumentet " + id));
    }
}
