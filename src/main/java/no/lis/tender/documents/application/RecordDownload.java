package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.documents.domain.DocumentDownload;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.documents.domain.DocumentFile;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;
import no.lis.tender.shared.application.Existing;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Thing;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;

/**
 * Hands out one version of a tender document and records who downloaded it and when: the record
 * of who saw which version, and the list of suppliers told of amendments. A supplier gets the
 * documents of a published tender only.
 */
@UseCase
public class RecordDownload {

    private final TenderDocumentRepository documents;
    private final DocumentDownloadRepository downloads;
    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public RecordDownload(TenderDocumentRepository documents, DocumentDownloadRepository downloads,
                          TenderRepository tenders, Clock clock) {
        this.documents = documents;
        this.downloads = downloads;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected RecordDownload() {
        this(null, null, null, null);
    }

    /**
     * The file of the document version {@code documentId}, downloaded by {@code username} acting
     * for {@code supplierId} (null for a buyer); refused to a supplier before the tender is
     * published as {@code documents.download.notPublished}.
     */
    public DocumentFile record(Long documentId, String username, Long supplierId) {
        TenderDocument document = Existing.require(documentId, documents::find, Thing.DOCUMENT);
        if (supplierId != null && Existing.require(document.getTenderId(), tenders::find, Thing.TENDER).getPublishedAt() == null) {
            throw new DomainException(null, "documents.download.notPublished");
        }
        byte[] content = documents.findContent(documentId).orElseThrow().getBytes();
        downloads.save(new DocumentDownload(document, username, supplierId, clock.instant()));
        return DocumentFile.of(document.getFileName(), content);
    }
}
