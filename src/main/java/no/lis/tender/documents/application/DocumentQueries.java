package no.lis.tender.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.lis.tender.documents.domain.DocumentDownloadRepository;
import no.lis.tender.documents.domain.DownloadRecord;
import no.lis.tender.documents.domain.Notice;
import no.lis.tender.documents.domain.NoticeRepository;
import no.lis.tender.documents.domain.TenderDocument;
import no.lis.tender.documents.domain.TenderDocumentRepository;

import java.util.List;
import java.util.Optional;

/**
 * What the pages and the API read about tender documents, downloads and notices; changes nothing.
 * The content of a document is handed out by {@link RecordDownload} only, so that every download is recorded.
 */
@ApplicationScoped
@Transactional
public class DocumentQueries {

    private final TenderDocumentRepository documents;
    private final DocumentDownloadRepository downloads;
    private final NoticeRepository notices;

    @Inject
    public DocumentQueries(TenderDocumentRepository documents, DocumentDownloadRepository downloads,
                           NoticeRepository notices) {
        this.documents = documents;
        this.downloads = downloads;
        this.notices = notices;
    }

    /** For the CDI proxy. */
    protected DocumentQueries() {
        this(null, null, null);
    }

    /** Every version of every document of the tender, replaced ones included: by kind, series and version. */
    public List<TenderDocument> documentsOf(Long tenderId) {
        return documents.findByTender(tenderId);
    }

    /** The version in force of each document of the tender. */
    public List<TenderDocument> currentDocumentsOf(Long tenderId) {
        return documents.findCurrentByTender(tenderId);
    }

    public Optional<TenderDocument> document(Long id) {
        return id == null ? Optional.empty() : documents.find(id);
    }

    /** Who downloaded which version of the tender's documents, and when; the latest first. */
    public List<DownloadRecord> downloadsOf(Long tenderId) {
        return downloads.findByTender(tenderId);
    }

    /** The supplier's notices, unread first, then the newest first. */
    public List<Notice> noticesOf(Long supplierId) {
        return notices.findBySupplier(supplierId);
    }
}
