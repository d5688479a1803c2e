package no.lis.tender.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.documents.domain.DocumentPublished;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.documents.domain.NoticeRepository;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;

import java.time.Instant;

/**
 * Publishes documents to a tender's suppliers, for the use cases that make or amend them: stores
 * the new document or version with its content, and gives every supplier that has downloaded any
 * document of the tender a notice of it, and fires {@link DocumentPublished}. Runs in the transaction of the use case that calls it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DocumentStore {

    private final TenderDocumentRepository documents;
    private final DocumentDownloadRepository downloads;
    private final NoticeRepository notices;
    private final Event<DocumentPublished> published;

    @Inject
    public DocumentStore(TenderDocumentRepository documents, DocumentDownloadRepository downloads,
                         NoticeRepository notices, Event<DocumentPublished> published) {
        this.documents = documents;
        this.downloads = downloads;
        this.notices = notices;
        this.published = published;
    }

    /** For the CDI proxy. */
    protected DocumentStore() {
        this(null, null, null, null);
    }

    /** Stores {@code document}, made from {@code file}, and notifies the suppliers that have downloaded from its tender. */
    public TenderDocument publish(TenderDocument document, DocumentFile file) {
        TenderDocument stored = documents.add(document, file);
        downloads.findSupplierIdsByTender(stored.getTenderId())
                .forEach(supplierId -> notices.save(Notice.documentPublished(supplierId, stored, stored.getCreatedAt())));
        published.fire(new DocumentPublished(stored.getTenderId(), stored.getId(), stored.getKind(), stored.getTitle(),
                stored.getVersionNumber()));
        return stored;
    }

    /**
     * Publishes a document the system made of the tender {@code reference}: version 1 of the
     * kind's series, or, where the series exists, its next version explained by {@code changeNote}.
     */
    public TenderDocument publishGenerated(Long tenderId, String reference, DocumentKind kind, byte[] pdf,
                                           String changeNote, String actor, Instant at) {
        DocumentFile file = DocumentFile.of(kind.generatedFileName(reference), pdf);
        TenderDocument document = documents.findCurrentInSeries(tenderId, kind.generatedSeriesKey())
                .map(current -> current.nextVersion(changeNote, file, actor, at))
                .orElseGet(() -> TenderDocument.first(tenderId, kind, kind.generatedSeriesKey(), Texts.label(kind),
                        file, actor, at));
        return publish(document, file);
    }
}
