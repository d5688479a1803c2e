package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * A buyer attaches a PDF to a tender as a new document (version 1 of its own series). The file
 * must be a real PDF of at most {@value DocumentFile#MAX_UPLOAD_MEGABYTES} MB; the generated kinds
 * cannot be uploaded. Every broken rule is reported at once. Suppliers that have downloaded from
 * the tender are notified.
 */
@UseCase
public class AttachDocument {

    private final TenderRepository tenders;
    private final TenderDocumentRepository documents;
    private final DocumentStore store;
    private final Clock clock;

    @Inject
    public AttachDocument(TenderRepository tenders, TenderDocumentRepository documents, DocumentStore store,
                          Clock clock) {
        this.tenders = tenders;
        this.documents = documents;
        this.store = store;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected AttachDocument() {
        this(null, null, null, null);
    }

    /** Returns the id of the new document. */
    public Long attach(AttachDocumentCommand command, String actor) {
        Long tenderId = command.tenderId();
        Existing.require(tenderId, tenders::find, Thing.TENDER);
        Validation validation = new Validation();
        DocumentKind kind = command.kind();
        if (validation.required(kind, "kind")) {
            validation.check(!kind.isGenerated(), "kind", "documents.upload.generatedKind", kind);
        }
        String title = TenderDocument.checkTitle(validation, command.title());
        DocumentFile file = validation.field("file",
                () -> DocumentFile.upload(command.file().fileName(), command.file().content(), command.file()));
        validation.throwIfInvalid();
        long series = documents.findByTender(tenderId).stream().filter(d -> d.getKind() == kind)
                .map(TenderDocument::getSeriesKey).distinct().count();
        TenderDocument document = TenderDocument.first(tenderId, kind, kind.uploadedSeriesKey((int) series + 1), title,
                file, actor, clock.instant());
        return store.publish(document, file).getId();
    }
}
